import {
  type DocumentKind,
  documentKindLabels,
  type TemplateChapter,
} from '@styr/shared/contracts/documents';
import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import { pushAll } from '@styr/shared/domain/arrays';
import { chapterTextPlace } from '@styr/shared/domain/chapter-text';
import { type DocumentFrame, type FrameLogo, resolveFrame } from '@styr/shared/domain/document-frame';
import { type NumberStyle, styleFiguresDeep } from '@styr/shared/format/number-style';

type FollowUpPoint = CommitteeYearView['followUpPoints'][number];

import { numberFootnotes } from '@styr/shared/domain/document-footnotes';
import { type Block, type DocumentModel, heading, numberHeadings } from '@styr/shared/domain/document-model';
import { richTextBlocks } from '@styr/shared/domain/document-rich-text';
import { flattenChapters } from '@styr/shared/domain/document-templates';
import { withoutXmlForbiddenDeep } from '@styr/shared/domain/text-safety';
import { type BuildContext, contentLevel } from './build-context.ts';
import { sectionBuilder } from './section-registry.ts';

/**
 * The plan or follow-up a document kind reports: the plan; the annual report is the year's last
 * follow-up; the delårsrapport the one before it.
 */
export function documentKeyOf(
  kind: DocumentKind,
  points: readonly Pick<FollowUpPoint, 'key' | 'month'>[],
): string {
  if (kind === 'verksamhetsplan') return 'plan';
  const ordered = [...points].sort((a, b) => a.month - b.month);
  const last = ordered.at(-1)?.key ?? 'arsrapport';
  if (kind === 'arsrapport') return last;
  return ordered.at(-2)?.key ?? last;
}

/** "Årsrapport 2022"; a delårsrapport takes the follow-up point's name ("Delårsrapport augusti 2022"). */
export function documentTitle(
  kind: DocumentKind,
  document: string,
  points: readonly FollowUpPoint[],
  year: number,
) {
  const name =
    kind === 'delarsrapport'
      ? (points.find((point) => point.key === document)?.name ?? documentKindLabels[kind])
      : documentKindLabels[kind];
  return `${name} ${year}`;
}

const chapterTitle = (chapter: TemplateChapter, year: number) =>
  chapter.title.replaceAll('{år}', String(year));

function chapterBlocks(context: BuildContext, chapter: TemplateChapter, depth: number): Block[] {
  const place = { key: chapter.key, depth };
  const builder = sectionBuilder(chapter.section);
  if (builder.omitted?.(context, chapter.section)) return [];
  const blocks: Block[] = [];
  if (chapter.pageBreakBefore) blocks.push({ kind: 'pageBreak' });
  const title = {
    // A fourth-level chapter (2.1.1.1) is numbered in the text but stays out of the table of contents.
    ...heading(Math.min(depth + 1, 4), chapterTitle(chapter, context.view.year), true),
    chapterKey: chapter.key,
  };
  blocks.push(chapter.appendix ? { ...title, appendix: true } : title);
  // The committee's own text around what the section generates, where the template places it.
  const ownText = () => richTextBlocks(context.texts.get(chapter.key), contentLevel(place));
  if (chapter.text === 'before') pushAll(blocks, ownText());
  pushAll(blocks, builder.build(context, chapter.section, place));
  if (chapter.text === 'after') pushAll(blocks, ownText());
  for (const child of chapter.children) pushAll(blocks, chapterBlocks(context, child, depth + 1));
  return blocks;
}

/** What the template and the municipality's settings put around and over the chapters. */
export interface DocumentDress {
  frame?: DocumentFrame;
  municipality?: string;
  logo?: FrameLogo | null;
  numberStyle?: NumberStyle;
}

/**
 * The whole document from the template and the year's data: numbered, renderer-independent. Every text passes
 * here on its way into a document, so here it loses the characters XML forbids (a Word file is XML).
 */
export function buildDocument(
  context: BuildContext,
  template: readonly TemplateChapter[],
  dress: DocumentDress = {},
): DocumentModel {
  const title = documentTitle(context.kind, context.document, context.view.followUpPoints, context.view.year);
  const model = withoutXmlForbiddenDeep<DocumentModel>({
    title,
    subtitle: context.view.committee.name,
    footer: `${title} ${context.view.committee.name}`,
    language: 'sv-SE',
    contentsTitle: context.view.labels['frame.contents'],
    blocks: numberFootnotes(
      numberHeadings(template.flatMap((chapter) => chapterBlocks(context, chapter, 0))),
    ),
  });
  const blocks = dress.numberStyle ? styleFiguresDeep(model.blocks, dress.numberStyle) : model.blocks;
  if (!dress.frame) return { ...model, blocks };
  const values = { title, committee: model.subtitle, municipality: dress.municipality ?? '' };
  // After the XML cleaning, which would copy the logo's bytes as a plain object.
  return { ...model, blocks, frame: resolveFrame(withoutXmlForbiddenDeep(dress.frame), values, dress.logo) };
}

/** Each chapter with its number and what it still lacks, for the document page. */
export function chapterStatus(context: BuildContext, template: readonly TemplateChapter[]) {
  const model = buildDocument(context, template);
  const numberOf = new Map(
    model.blocks.flatMap((block) =>
      block.kind === 'heading' && block.chapterKey ? [[block.chapterKey, block.number ?? ''] as const] : [],
    ),
  );
  return flattenChapters(template).map(({ chapter, depth }) => ({
    key: chapter.key,
    number: numberOf.get(chapter.key) ?? '',
    title: chapterTitle(chapter, context.view.year),
    kind: chapter.section.kind,
    text: chapterTextPlace(chapter),
    lacking: sectionBuilder(chapter.section).lacking(context, chapter.section, { key: chapter.key, depth }),
  }));
}
