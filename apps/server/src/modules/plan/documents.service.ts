import type { ChangeDocumentStatus, PlanDocument } from '@styr/shared/contracts/plan';
import { transitionProblem } from '@styr/shared/domain/document-lifecycle';
import { controlPlanDocument } from '@styr/shared/domain/risk';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/executor.ts';
import { followUpPoints, planDocuments } from '../../db/schema/index.ts';
import type { Actor, Deps } from '../../deps.ts';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { renderForAdoption, storeSnapshots } from '../documents/snapshots.service.ts';
import { documentId } from '../interchange/write-plan.ts';
import { assertVersion } from '../versioning.ts';
import type { YearScope } from './frozen.ts';
import { findDocument } from './plan.queries.ts';

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

/** Utkast → Klar för granskning → Fastställd (with the committee's decision); once adopted the document is frozen. */
export async function changeDocumentStatus(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  document: string,
  input: ChangeDocumentStatus,
): Promise<PlanDocument> {
  // The files to archive are rendered first: the renderer reads through its own connection, not the transaction.
  const adoption = input.status === 'adopted' ? await renderForAdoption(deps, scope, document) : null;
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const stored = await ensureDocument(tx, scope, document, now);
    if (!stored) throw new AppError('INTERNAL', 'Dokumentet kunde inte skapas.');
    if (input.version !== undefined) assertVersion(stored, input.version, presentDocument);
    const problem = transitionProblem(stored.status, input.status, input.decision);
    if (problem) {
      const code = stored.status === 'adopted' ? 'FROZEN' : 'VALIDATION';
      throw new AppError(code, problem, { details: [{ path: 'body.status', message: problem }] });
    }
    const [row] = await tx
      .update(planDocuments)
      .set({
        status: input.status,
        decisionDate: input.status === 'adopted' ? (input.decision?.date ?? null) : null,
        decisionParagraph: input.status === 'adopted' ? (input.decision?.paragraph ?? null) : null,
        version: stored.version + 1,
        updatedAt: now,
      })
      .where(and(eq(planDocuments.municipalityId, scope.municipalityId), eq(planDocuments.id, stored.id)))
      .returning();
    if (!row) throw new AppError('INTERNAL', 'Dokumentet kunde inte sparas.');
    if (adoption && row.status === 'adopted') await storeSnapshots(tx, scope, adoption, now);
    const after = presentDocument(row);
    const before = presentDocument(stored);
    await recordAudit(tx, {
      actor,
      at: now,
      action: 'update',
      entityType: 'plan_document',
      entityId: row.id,
      before: { status: before.status, decision: before.decision },
      after: { status: after.status, decision: after.decision },
    });
    return after;
  });
}
