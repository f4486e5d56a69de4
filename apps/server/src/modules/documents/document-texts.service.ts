import type { DocumentKind, DocumentText, SetDocumentText } from '@styr/shared/contracts/documents';
import { chapterTextPlace } from '@styr/shared/domain/chapter-text';
import { flattenChapters } from '@styr/shared/domain/document-templates';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/executor.ts';
import { documentTexts } from '../../db/schema/index.ts';
import type { Actor, Deps } from '../../deps.ts';
import { AppError, notFound } from '../../errors.ts';
import { sanitizeRichText } from '../../rich-text.ts';
import { assertVersion } from '../../versioning.ts';
import { recordAudit, recordUpdate } from '../audit/index.ts';
import { assertMayWrite, type YearScope } from '../authority/index.ts';
import { documentKeyFor } from './document-keys.ts';
import { getTemplate } from './templates.service.ts';

const present = (row: typeof documentTexts.$inferSelect): DocumentText => ({
  chapterKey: row.chapterKey,
  text: row.text,
  version: row.version,
});

const where = (scope: YearScope, kind: DocumentKind) =>
  and(
    eq(documentTexts.municipalityId, scope.municipalityId),
    eq(documentTexts.committeeId, scope.committeeId),
    eq(documentTexts.year, scope.year),
    eq(documentTexts.documentKind, kind),
  );

export async function listDocumentTexts(
  db: Executor,
  scope: YearScope,
  kind: DocumentKind,
): Promise<DocumentText[]> {
  const rows = await db
    .select()
    .from(documentTexts)
    .where(where(scope, kind))
    .orderBy(documentTexts.chapterKey);
  return rows.map(present);
}

/** A chapter's own text in the committee's document; frozen with the plan or follow-up it belongs to. */
export async function setDocumentText(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  kind: DocumentKind,
  chapterKey: string,
  input: SetDocumentText,
): Promise<DocumentText> {
  const template = await getTemplate(deps.db, scope.municipalityId, kind);
  const chapter = flattenChapters(template.chapters).find(
    (entry) => entry.chapter.key === chapterKey,
  )?.chapter;
  if (!chapter) throw notFound('Kapitlet');
  if (chapterTextPlace(chapter) === null) {
    throw new AppError('VALIDATION', 'Kapitlet hämtar sitt innehåll ur mallen eller ur årets uppgifter.', {
      details: [{ path: 'chapterKey', message: 'Kapitlet har ingen egen text' }],
    });
  }
  return deps.db.transaction(async (tx) => {
    await assertMayWrite(tx, actor, {
      ...scope,
      document: await documentKeyFor(tx, scope.municipalityId, kind),
      permission: 'content.compile',
    });
    const [stored] = await tx
      .select()
      .from(documentTexts)
      .where(and(where(scope, kind), eq(documentTexts.chapterKey, chapterKey)))
      .for('update');
    const now = deps.clock.now();
    const text = sanitizeRichText(input.text);
    const entityId = `${scope.committeeId}/${scope.year}/${kind}/${chapterKey}`;
    if (!stored) {
      if (input.version !== undefined && input.version !== 1) {
        throw new AppError('VERSION_CONFLICT', 'Texten finns inte längre. Läs in sidan på nytt.', {
          current: null,
        });
      }
      const [row] = await tx
        .insert(documentTexts)
        .values({ ...scope, documentKind: kind, chapterKey, text, createdAt: now, updatedAt: now })
        .returning();
      if (!row) throw new AppError('INTERNAL', 'Texten kunde inte sparas.');
      await recordAudit(tx, {
        actor,
        at: now,
        action: 'create',
        entityType: 'document_text',
        entityId,
        committeeId: scope.committeeId,
        before: null,
        after: { text },
      });
      return present(row);
    }
    // A write without a version means "the first text": someone else wrote one meanwhile.
    assertVersion(stored, input.version ?? 0, present);
    const [row] = await tx
      .update(documentTexts)
      .set({ text, version: stored.version + 1, updatedAt: now })
      .where(and(where(scope, kind), eq(documentTexts.chapterKey, chapterKey)))
      .returning();
    if (!row) throw new AppError('INTERNAL', 'Texten kunde inte sparas.');
    await recordUpdate(tx, {
      actor,
      at: now,
      entityType: 'document_text',
      entityId,
      committeeId: scope.committeeId,
      before: { text: stored.text },
      after: { text },
    });
    return present(row);
  });
}
