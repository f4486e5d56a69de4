import type { ChangeDocumentStatus, PlanDocument } from '@styr/shared/contracts/plan';
import { emptyDocumentProblem } from '@styr/shared/domain/adoption-checklist';
import { adoptionOrderProblem, transitionProblem } from '@styr/shared/domain/document-lifecycle';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/executor.ts';
import { planDocuments } from '../../db/schema/index.ts';
import type { Actor, Deps } from '../../deps.ts';
import { AppError } from '../../errors.ts';
import { assertVersion } from '../../versioning.ts';
import { recordAudit } from '../audit/index.ts';
import { assertMayWrite, lockCommitteeYear, type YearScope } from '../authority/index.ts';
import { renderForAdoption, storeSnapshots } from '../documents/index.ts';
import { ensureDocument, findDocument, presentDocument, scaleToKeep } from '../plan/index.ts';
import { adoptionCounts } from './adoption-checklist.service.ts';

/** A follow-up is adopted after the plan it reports on. */
async function assertAdoptionOrder(tx: Tx, scope: YearScope, document: string): Promise<void> {
  const plan = document === 'plan' ? undefined : await findDocument(tx, scope, 'plan');
  const problem = adoptionOrderProblem(document, plan?.status ?? null, scope.year);
  if (problem)
    throw new AppError('CONFLICT', problem, { details: [{ path: 'body.status', message: problem }] });
}

/** An empty plan or annual report is not adopted; counted inside the adoption's transaction, as it will freeze. */
async function assertNotEmpty(deps: Deps, tx: Tx, scope: YearScope, document: string): Promise<void> {
  const problem = emptyDocumentProblem(await adoptionCounts({ ...deps, db: tx }, scope, document));
  if (problem)
    throw new AppError('UNPROCESSABLE', problem, { details: [{ path: 'body.status', message: problem }] });
}

/**
 * Utkast → Klar för granskning → Fastställd (with the committee's decision); once adopted the document is frozen.
 * Adopting renders the PDF and Word file from the data as this transaction reads it and stores them in it, so the
 * archive and the frozen data agree, and a failed rendering leaves the document unadopted with nothing stored.
 */
export async function changeDocumentStatus(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  document: string,
  input: ChangeDocumentStatus,
): Promise<PlanDocument> {
  return deps.db.transaction(async (tx) => {
    // An import rewriting the year finishes before the adoption reads it, or finds it adopted.
    await lockCommitteeYear(tx, scope);
    // Whether the document may change is the lifecycle's to say (an adopted one answers FROZEN below).
    await assertMayWrite(tx, actor, { ...scope, document: null, permission: 'content.compile' });
    const now = deps.clock.now();
    // Locks the document's row: a write that checked it is not frozen commits before the data is read.
    const stored = await ensureDocument(tx, scope, document, now);
    if (!stored) throw new AppError('INTERNAL', 'Dokumentet kunde inte skapas.');
    if (input.version !== undefined) assertVersion(stored, input.version, presentDocument);
    const problem = transitionProblem(stored.status, input.status, input.decision);
    if (problem) {
      const code = stored.status === 'adopted' ? 'FROZEN' : 'VALIDATION';
      throw new AppError(code, problem, { details: [{ path: 'body.status', message: problem }] });
    }
    const adopting = input.status === 'adopted';
    if (adopting) {
      await assertAdoptionOrder(tx, scope, document);
      await assertNotEmpty(deps, tx, scope, document);
    }
    // transitionProblem refuses an adoption without the decision's date.
    const decided = input.decision?.date;
    const files = adopting && decided ? await renderForAdoption(deps, tx, scope, document, decided) : null;
    const [row] = await tx
      .update(planDocuments)
      .set({
        status: input.status,
        decisionDate: adopting ? (input.decision?.date ?? null) : null,
        decisionParagraph: adopting ? (input.decision?.paragraph ?? null) : null,
        // The adopted report keeps the scale it was assessed on, whatever the municipality's becomes.
        assessmentScale: adopting ? await scaleToKeep(tx, scope.municipalityId, document) : null,
        version: stored.version + 1,
        updatedAt: now,
      })
      .where(and(eq(planDocuments.municipalityId, scope.municipalityId), eq(planDocuments.id, stored.id)))
      .returning();
    if (!row) throw new AppError('INTERNAL', 'Dokumentet kunde inte sparas.');
    if (files) await storeSnapshots(tx, scope, files, now);
    const after = presentDocument(row);
    const before = presentDocument(stored);
    await recordAudit(tx, {
      actor,
      at: now,
      action: 'update',
      entityType: 'plan_document',
      entityId: row.id,
      committeeId: scope.committeeId,
      before: { status: before.status, decision: before.decision },
      after: { status: after.status, decision: after.decision },
    });
    return after;
  });
}
