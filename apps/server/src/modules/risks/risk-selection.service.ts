import { controlPlanDocument, type Risk, type RiskSelection } from '@styr/shared/contracts/risks';
import { type NodeKind, nominationProblem, selectionProblem } from '@styr/shared/domain/risk';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/executor.ts';
import { controlActivities, risks } from '../../db/schema/index.ts';
import type { Actor, Deps } from '../../deps.ts';
import { AppError, notFound } from '../../errors.ts';
import { recordUpdate } from '../audit/index.ts';
import { assertMayWrite, type YearScope } from '../authority/index.ts';
import { findNodePath } from '../org/index.ts';
import { auditedRisk } from './risks.presenter.ts';
import { nodesById } from './risks.queries.ts';
import { lockRisk, presentStored } from './risks.service.ts';

async function saveRisk(
  tx: Tx,
  actor: Actor,
  now: Date,
  stored: typeof risks.$inferSelect,
  set: Partial<typeof risks.$inferInsert>,
) {
  const [row] = await tx
    .update(risks)
    .set({ ...set, version: stored.version + 1, updatedAt: now })
    .where(and(eq(risks.municipalityId, stored.municipalityId), eq(risks.id, stored.id)))
    .returning();
  if (!row) throw notFound('Risken');
  await recordUpdate(tx, {
    actor,
    at: now,
    entityType: 'risk',
    entityId: stored.id,
    committeeId: stored.committeeId,
    before: auditedRisk(stored),
    after: auditedRisk(row),
  });
  return row;
}

/** The node a risk stands at now: where it was last nominated to, else its own register. */
export const currentLevelOf = (risk: { nodeId: string; raisedToNodeId: string | null }) =>
  risk.raisedToNodeId ?? risk.nodeId;

/** Raises a risk one level: a unit's to its department, a department's to the administration. */
export async function nominateRisk(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  riskId: string,
  version: number,
): Promise<Risk> {
  return deps.db.transaction(async (tx) => {
    const stored = await lockRisk(tx, scope, riskId, version);
    await assertMayWrite(tx, actor, {
      ...scope,
      document: controlPlanDocument,
      nodeId: currentLevelOf(stored),
      permission: 'content.edit',
    });
    const nodes = await nodesById(tx, scope.municipalityId);
    const current = nodes.get(currentLevelOf(stored));
    const problem = current ? nominationProblem(current.kind as NodeKind) : 'Enheten finns inte.';
    if (problem || !current?.parentId) {
      throw new AppError('VALIDATION', problem ?? 'Enheten har ingen nivå ovanför sig.');
    }
    // Seen from this committee, the level above a unit it is served by is the committee itself.
    const path = await findNodePath(tx, scope.municipalityId, current.id, scope.committeeId);
    const raisedToNodeId = path.at(-2) ?? current.parentId;
    const row = await saveRisk(tx, actor, deps.clock.now(), stored, { raisedToNodeId });
    return presentStored(tx, scope, row);
  });
}

/** Control activities would be lost with their results, so they are removed one by one first. */
async function assertNoControls(tx: Tx, municipalityId: string, riskId: string) {
  const [control] = await tx
    .select({ id: controlActivities.id })
    .from(controlActivities)
    .where(and(eq(controlActivities.municipalityId, municipalityId), eq(controlActivities.riskId, riskId)))
    .limit(1);
  if (control) {
    throw new AppError(
      'CONFLICT',
      'Risken har kontrollmoment i internkontrollplanen. Ta bort dem innan risken tas från planen.',
    );
  }
}

/**
 * Management takes a risk into, or out of, the committee's samlad riskbild and
 * says whether it goes to the internal control plan. Taking it out leaves it in
 * its origin's register; once the control plan is adopted its risks stay.
 */
export async function selectRisk(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  riskId: string,
  input: RiskSelection,
): Promise<Risk> {
  return deps.db.transaction(async (tx) => {
    const stored = await lockRisk(tx, scope, riskId, input.version);
    const selection = {
      selected: input.selected,
      reason: input.selected ? (input.reason ?? null) : null,
      toControlPlan: input.toControlPlan ?? false,
    };
    const problem = selectionProblem(selection);
    if (problem) {
      const path = selection.selected ? 'body.reason' : 'body.toControlPlan';
      throw new AppError('VALIDATION', problem, { details: [{ path, message: problem }] });
    }
    await assertMayWrite(tx, actor, {
      ...scope,
      document: controlPlanDocument,
      permission: 'content.compile',
    });
    if (stored.toControlPlan && !selection.toControlPlan)
      await assertNoControls(tx, scope.municipalityId, riskId);
    const row = await saveRisk(tx, actor, deps.clock.now(), stored, {
      selected: selection.selected,
      selectionReason: selection.reason,
      toControlPlan: selection.toControlPlan,
    });
    return presentStored(tx, scope, row);
  });
}
