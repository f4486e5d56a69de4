/**
 * What a document prints around its chapters: the title page, the table of contents and the running footer and
 * header. A template may set each; what it leaves out prints as Styr always has (title page with the document's
 * title and the committee, contents three levels deep, footer "Årsrapport 2022 Socialnämnden 6 (44)").
 */

/** The lines a title page may print, in the order the template lists them. */
export const titlePageLines = ['title', 'committee', 'municipality', 'subtitle'] as const;
export type TitlePageLine = (typeof titlePageLines)[number];

/** The parts of a running footer or header. */
export const runningParts = ['title', 'committee', 'municipality', 'page'] as const;
export type RunningPart = (typeof runningParts)[number];

/** How the page number prints: "6 (44)", "Sida 6 av 44" or "6". */
export const pageStyles = ['parenthesis', 'pageOf', 'plain'] as const;
export type PageStyle = (typeof pageStyles)[number];

export interface TitlePageFrame {
  lines: TitlePageLine[];
  /** The free line printed where `lines` names "subtitle". */
  subtitle?: string;
  /** The municipality's logo above the lines, when it has one. */
  logo?: boolean;
}

export interface RunningFrame {
  parts: RunningPart[];
  /** Between the parts; default one space. */
  separator?: string;
  pageStyle?: PageStyle;
}

/** A template's frame; `false` leaves a part out. */
export interface DocumentFrame {
  titlePage?: TitlePageFrame | false;
  contents?: { depth: number } | false;
  footer?: RunningFrame;
  header?: RunningFrame | false;
}

export const defaultTitlePage: TitlePageFrame = { lines: ['title', 'committee'], logo: false };
export const defaultContents = { depth: 3 };
export const defaultFooter: RunningFrame = {
  parts: ['title', 'committee', 'page'],
  separator: ' ',
  pageStyle: 'parenthesis',
};

/** What the running parts and title lines stand for in one document. */
export interface FrameValues {
  title: string;
  committee: string;
  municipality: string;
}

/** A running line's pieces: texts, and where the page number goes (a field in Word, a figure in the PDF). */
export type RunningSegment = { kind: 'text'; text: string } | { kind: 'page'; style: PageStyle };

/** The frame as renderers draw it: every text resolved, null where the template leaves a part out. */
/** The municipality's logo as a document prints it. */
export interface FrameLogo {
  png: Uint8Array;
  alt: string;
}

export interface FrameModel {
  titlePage: { lines: { text: string; title: boolean }[]; logo: FrameLogo | null } | null;
  /** The deepest heading level the contents list; null: no contents. */
  contentsDepth: number | null;
  footer: RunningSegment[];
  header: RunningSegment[] | null;
}

/** The running line's segments: the parts in order with the separator between them, adjacent texts joined. */
export function runningSegments(frame: RunningFrame, values: FrameValues): RunningSegment[] {
  const separator = frame.separator ?? ' ';
  const segments: RunningSegment[] = [];
  const push = (segment: RunningSegment) => {
    const last = segments.at(-1);
    if (segment.kind === 'text' && last?.kind === 'text') last.text += segment.text;
    else segments.push({ ...segment });
  };
  frame.parts.forEach((part, index) => {
    if (index > 0) push({ kind: 'text', text: separator });
    push(
      part === 'page'
        ? { kind: 'page', style: frame.pageStyle ?? 'parenthesis' }
        : { kind: 'text', text: values[part] },
    );
  });
  return segments;
}

/** "6 (44)", "Sida 6 av 44" or "6". */
export function pageLabel(style: PageStyle, page: number, count: number): string {
  if (style === 'pageOf') return `Sida ${page} av ${count}`;
  if (style === 'plain') return String(page);
  return `${page} (${count})`;
}

/** The running line as printed on one page. */
export const runningText = (segments: readonly RunningSegment[], page: number, count: number) =>
  segments
    .map((segment) => (segment.kind === 'text' ? segment.text : pageLabel(segment.style, page, count)))
    .join('');

/** The frame a template asks for, with today's defaults where it says nothing, resolved for one document. */
export function resolveFrame(
  frame: DocumentFrame | undefined,
  values: FrameValues,
  logo: FrameLogo | null = null,
): FrameModel {
  const titlePage = frame?.titlePage === undefined ? defaultTitlePage : frame.titlePage;
  const contents = frame?.contents === undefined ? defaultContents : frame.contents;
  const header = frame?.header ?? false;
  const lineText = (line: TitlePageLine) =>
    line === 'subtitle' ? (titlePage ? (titlePage.subtitle ?? '') : '') : values[line];
  return {
    titlePage: titlePage
      ? {
          lines: titlePage.lines
            .map((line) => ({ text: lineText(line), title: line === 'title' }))
            .filter((line) => line.text !== ''),
          logo: titlePage.logo ? logo : null,
        }
      : null,
    contentsDepth: contents ? contents.depth : null,
    footer: runningSegments(frame?.footer ?? defaultFooter, values),
    header: header ? runningSegments(header, values) : null,
  };
}

/** The frame a model carries, or the one every document had before templates could set it. */
export const frameOfModel = (model: { title: string; subtitle: string; frame?: FrameModel }): FrameModel =>
  model.frame ?? resolveFrame(undefined, { title: model.title, committee: model.subtitle, municipality: '' });

/** The table of contents' entries down to the frame's depth. */
export const withinDepth = <T extends { level: number }>(entries: readonly T[], depth: number) =>
  entries.filter((entry) => entry.level <= depth);
