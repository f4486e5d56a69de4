import type { CommitteeYear } from '@styr/shared/contracts/interchange';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/executor.ts';
import { documentTexts } from '../../db/schema/index.ts';
import { sanitizeRichText } from '../../rich-text.ts';
import type { YearScope } from '../authority/index.ts';

/** The year's chapter texts as the file has them: the ones it leaves out are removed. */
export async function writeDocumentTexts(
  tx: Executor,
  scope: YearScope,
  texts: CommitteeYear['documentTexts'],
  now: Date,
): Promise<void> {
  await tx
    .delete(documentTexts)
    .where(
      and(
        eq(documentTexts.municipalityId, scope.municipalityId),
        eq(documentTexts.committeeId, scope.committeeId),
        eq(documentTexts.year, scope.year),
      ),
    );
  const rows = texts.map((entry) => ({
    ...scope,
    documentKind: entry.document,
    chapterKey: entry.chapter,
    text: sanitizeRichText(entry.text),
    createdAt: now,
    updatedAt: now,
  }));
  if (rows.length > 0) await tx.insert(documentTexts).values(rows);
}

/** The year's chapter texts for an export, in a fixed order so that exports repeat. */
export async function readDocumentTexts(
  db: Executor,
  scope: YearScope,
): Promise<CommitteeYear['documentTexts']> {
  const rows = await db
    .select()
    .from(documentTexts)
    .where(
      and(
        eq(documentTexts.municipalityId, scope.municipalityId),
        eq(documentTexts.committeeId, scope.committeeId),
        eq(documentTexts.year, scope.year),
      ),
    );
  return rows
    .flatMap((row) =>
      row.text ? [{ document: row.documentKind, chapter: row.chapterKey, text: row.text }] : [],
    )
    .sort((a, b) => a.document.localeCompare(b.document) || a.chapter.localeCompare(b.chapter));
}
