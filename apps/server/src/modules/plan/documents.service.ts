import type { PlanDocument } from '@styr/shared/contracts/plan';
import { controlPlanDocument } from '@styr/shared/domain/risk';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/executor.ts';
import { followUpPoints, planDocuments } from '../../db/schema/index.ts';
import { stableId } from '../../db/stable-ids.ts';
import { AppError } from '../../errors.ts';
import type { YearScope } from '../authority/index.ts';
import { findDocument } from './plan.queries.ts';

/** A year's document has one id wherever it is first written: by an import or by the first write to it. */
export const documentId = (scope: YearScope, document: string) =>
  stableId(scope.municipalityId, scope.committeeId, String(scope.year), 'document', document);

export function presentDocument(row: typeof planDocuments.$inferSelect): PlanDocument {
  return {
    id: row.id,
    document: row.document,
    status: row.status,
    decision:
      row.decisionDate && row.decisionParagraph
        ? { date: row.decisionDate, paragraph: row.decisionParagraph }
        : null,
    deadline: row.deadline,
    version: row.version,
  };
}

/** "plan", the internal control plan or one of the municipality's follow-up points; nothing else is a document of the year. */
export async function assertDocumentName(
  tx: Executor,
  municipalityId: string,
  document: string,
): Promise<void> {
  if (document === 'plan' || document === controlPlanDocument) return;
  const [point] = await tx
    .select({ key: followUpPoints.key })
    .from(followUpPoints)
    .where(and(eq(followUpPoints.municipalityId, municipalityId), eq(followUpPoints.key, document)));
  if (!point) throw new AppError('NOT_FOUND', `Kommunen har ingen uppföljning som heter ${document}.`);
}

/** The year's document, started as a draft the first time anything is written to it. */
export async function ensureDocument(tx: Executor, scope: YearScope, document: string, now: Date) {
  const existing = await findDocument(tx, scope, document, true);
  if (existing) return existing;
  await assertDocumentName(tx, scope.municipalityId, document);
  const [row] = await tx
    .insert(planDocuments)
    .values({
      ...scope,
      id: documentId(scope, document),
      document,
      status: 'draft',
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing()
    .returning();
  return row ?? (await findDocument(tx, scope, document, true));
}
