import type { riskNextYearSchema } from '@styr/shared/contracts/risks';
import { controlPlanDocument } from '@styr/shared/domain/risk';
import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { goals, risks } from '../../db/schema/index.ts';
import type { Actor, Deps } from '../../deps.ts';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/index.ts';
import { assertMayWrite, lockCommitteeYear, type YearScope } from '../authority/index.ts';
import { listRisks } from './risks.queries.ts';

type RiskNextYear = z.infer<typeof riskNextYearSchema>;

/**
 * Starts next year's registers from this year's. Each risk keeps this year's
 * assessment as its previous one, so re-assessing it shows the change; the
 * nomination and selection start over, since the samlad riskbild is made anew
 * each year. Goal links follow the goals with the same key in next year's plan.
 */
export async function startNextRiskYear(deps: Deps, actor: Actor, scope: YearScope): Promise<RiskNextYear> {
  const nextScope = { ...scope, year: scope.year + 1 };
  return deps.db.transaction(async (tx) => {
    // Both years, in ascending order as every holder takes them: a second start waits for this one and then
    // finds the registers started. It is refused, not repeated: it cannot tell the copies from risks added since.
    await lockCommitteeYear(tx, scope);
    await lockCommitteeYear(tx, nextScope);
    await assertMayWrite(tx, actor, {
      ...nextScope,
      document: controlPlanDocument,
      permission: 'content.compile',
    });
    if ((await listRisks(tx, nextScope)).length > 0) {
      throw new AppError('CONFLICT', `Riskregistren för ${nextScope.year} är redan påbörjade.`);
    }
    const rows = await listRisks(tx, scope);
    const linked = [...new Set(rows.flatMap((row) => row.goalIds))];
    const goalKeys = linked.length
      ? await tx
          .select({ id: goals.id, key: goals.key })
          .from(goals)
          .where(and(eq(goals.municipalityId, scope.municipalityId), inArray(goals.id, linked)))
      : [];
    const nextGoals = await tx
      .select({ id: goals.id, key: goals.key })
      .from(goals)
      .where(
        and(
          eq(goals.municipalityId, scope.municipalityId),
          eq(goals.committeeId, scope.committeeId),
          eq(goals.year, nextScope.year),
        ),
      );
    const keyOf = new Map(goalKeys.map((goal) => [goal.id, goal.key]));
    const nextIdOf = new Map(nextGoals.map((goal) => [goal.key, goal.id]));
    const now = deps.clock.now();
    if (rows.length > 0) {
      await tx.insert(risks).values(
        rows.map((row) => ({
          ...row,
          ...nextScope,
          id: crypto.randomUUID(),
          previousProbability: row.probability,
          previousConsequence: row.consequence,
          actions: row.actions.filter((action) => action.status !== 'done'),
          goalIds: row.goalIds.flatMap((id) => nextIdOf.get(keyOf.get(id) ?? '') ?? []),
          raisedToNodeId: null,
          selected: false,
          selectionReason: null,
          toControlPlan: false,
          version: 1,
          createdAt: now,
          updatedAt: now,
        })),
      );
    }
    await recordAudit(tx, {
      actor,
      at: now,
      action: 'create',
      entityType: 'risk_year',
      entityId: `${scope.committeeId}:${nextScope.year}`,
      committeeId: scope.committeeId,
      before: null,
      after: { startedFrom: scope.year, risks: rows.length },
    });
    return { year: nextScope.year, risks: rows.length };
  });
}
