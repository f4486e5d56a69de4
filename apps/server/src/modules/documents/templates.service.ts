import {
  type DocumentKind,
  type DocumentTemplate,
  documentKinds,
  type UpdateTemplate,
} from '@styr/shared/contracts/documents';
import { defaultTemplate, templateProblem } from '@styr/shared/domain/document-templates';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/executor.ts';
import { documentTemplates } from '../../db/schema/index.ts';
import type { Actor, Deps } from '../../deps.ts';
import { AppError } from '../../errors.ts';
import { sanitizeRichText } from '../../rich-text.ts';
import { assertVersion } from '../../versioning.ts';
import { recordUpdate } from '../audit/index.ts';

type TemplateRow = typeof documentTemplates.$inferSelect;
/**
 * A template never edited (version 1) reads as today's default, so chapters added to the defaults
 * (new section kinds) reach municipalities created before them without a data migration.
 */
const present = (
  row: Pick<TemplateRow, 'documentKind' | 'chapters' | 'frame' | 'labels' | 'version'>,
): DocumentTemplate => ({
  kind: row.documentKind,
  chapters: row.version === 1 ? defaultTemplate(row.documentKind) : row.chapters,
  ...templateExtras(row),
  version: row.version,
});

/** The frame and labels a template row holds, each left out when it has none. */
export const templateExtras = (row: Pick<TemplateRow, 'frame' | 'labels'>) => ({
  ...(row.frame ? { frame: row.frame } : {}),
  ...(row.labels ? { labels: row.labels } : {}),
});

/** Every document's default template, for a new municipality. */
export async function insertDefaultTemplates(tx: Executor, municipalityId: string): Promise<void> {
  await tx
    .insert(documentTemplates)
    .values(
      documentKinds.map((kind) => ({ municipalityId, documentKind: kind, chapters: defaultTemplate(kind) })),
    )
    .onConflictDoNothing();
}

async function findTemplate(db: Executor, municipalityId: string, kind: DocumentKind, forUpdate = false) {
  const query = db
    .select()
    .from(documentTemplates)
    .where(
      and(eq(documentTemplates.municipalityId, municipalityId), eq(documentTemplates.documentKind, kind)),
    );
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

/** The municipality's template; one that came before templates existed reads as the default until edited. */
export async function getTemplate(
  db: Executor,
  municipalityId: string,
  kind: DocumentKind,
): Promise<DocumentTemplate> {
  const row = await findTemplate(db, municipalityId, kind);
  return row ? present(row) : { kind, chapters: defaultTemplate(kind), version: 1 };
}

export async function listTemplates(db: Executor, municipalityId: string): Promise<DocumentTemplate[]> {
  const templates = [];
  for (const kind of documentKinds) templates.push(await getTemplate(db, municipalityId, kind));
  return templates;
}

/** Fixed texts cleaned as every stored rich text is; the editor's save and a template file's import both use it. */
export const sanitizeTree = (chapters: UpdateTemplate['chapters']): UpdateTemplate['chapters'] =>
  chapters.map((chapter) => ({
    ...chapter,
    section:
      chapter.section.kind === 'fixedText'
        ? { kind: 'fixedText', text: sanitizeRichText(chapter.section.text) ?? '' }
        : chapter.section,
    children: sanitizeTree(chapter.children),
  }));

/** Replaces the chapter tree (the administrator's edit), checked against the version it was based on. */
export async function updateTemplate(
  deps: Deps,
  actor: Actor,
  municipalityId: string,
  input: UpdateTemplate,
): Promise<DocumentTemplate> {
  const { kind } = input;
  const problem = templateProblem(input.chapters);
  if (problem) throw new AppError('VALIDATION', problem.message, { details: [problem] });
  return deps.db.transaction(async (tx) => {
    await insertDefaultTemplates(tx, municipalityId);
    const stored = await findTemplate(tx, municipalityId, kind, true);
    if (!stored) throw new AppError('INTERNAL', 'Mallen kunde inte läsas.');
    assertVersion(stored, input.version, present);
    const now = deps.clock.now();
    const [row] = await tx
      .update(documentTemplates)
      .set({
        chapters: sanitizeTree(input.chapters),
        frame: input.frame ?? null,
        labels: input.labels ?? null,
        version: stored.version + 1,
        updatedAt: now,
      })
      .where(
        and(eq(documentTemplates.municipalityId, municipalityId), eq(documentTemplates.documentKind, kind)),
      )
      .returning();
    if (!row) throw new AppError('INTERNAL', 'Mallen kunde inte sparas.');
    await recordUpdate(tx, {
      actor,
      at: now,
      entityType: 'document_template',
      entityId: kind,
      before: { chapters: present(stored).chapters, ...templateExtras(stored) },
      after: { chapters: row.chapters, ...templateExtras(row) },
    });
    return present(row);
  });
}
