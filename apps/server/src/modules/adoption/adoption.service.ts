import type { ChangeDocumentStatus, PlanDocument } from '@styr/shared/contracts/plan';
import { transitionProblem } from '@styr/shared/domain/document-lifecycle';
import { and, eq } from 'drizzle-orm';
import { planDocuments } from '../../db/schema/index.ts';
import type { Actor, Deps } from '../../deps.ts';
import { AppError } from '../../errors.ts';
import { assertVersion } from '../../versioning.ts';
import { recordAudit } from '../audit/index.ts';
import type { YearScope } from '../authority/index.ts';
import { renderForAdoption, storeSnapshots } from '../documents/index.ts';
import { ensureDocument, presentDocument } from '../plan/index.ts';

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
      committeeId: scope.committeeId,
