import type { IndicatorFacts } from '@styr/shared/contracts/plan';
import type { CreateIndicator, IndicatorGoals, Move } from '@styr/shared/contracts/plan-measures';
import { unitList } from '@styr/shared/domain/indicator-units';
import { keyFromName, moveTo } from '@styr/shared/domain/object-keys';
import { and, asc, eq, inArray, max } from 'drizzle-orm';
import type { Tx } from '../../../db/executor.ts';
import { goalIndicators, indicators, indicatorTargets } from '../../../db/schema/index.ts';
import type { Actor, Deps } from '../../../deps.ts';
import { notFound } from '../../../errors.ts';
import { assertVersion } from '../../../versioning.ts';
import { recordAudit } from '../../audit/index.ts';
import { assertMayWrite, type YearScope } from '../../authority/index.ts';
import { readIndicatorUnits } from '../indicator-units.ts';
import { presentIndicatorFacts } from '../indicators.service.ts';
import {
  assertTarget,
  findIndicator,
  invalid,
  planWrite,
  targetRow,
  touch,
  valueKindOf,
} from './indicator-rows.ts';
import { assertGoals, yearGoalIds } from './year-goals.ts';

/** Links a measure last under each goal, after the goal's measures. */
async function linkLast(tx: Tx, scope: YearScope, indicatorId: string, goalIds: readonly string[]) {
  for (const goalId of goalIds) {
    const [last] = await tx
      .select({ order: max(goalIndicators.sortOrder) })
      .from(goalIndicators)
      .where(and(eq(goalIndicators.municipalityId, scope.municipalityId), eq(goalIndicators.goalId, goalId)));
    await tx.insert(goalIndicators).values({
      municipalityId: scope.municipalityId,
      goalId,
      indicatorId,
      sortOrder: (last?.order ?? -1) + 1,
    });
  }
}

/** A new measure of the committee, part of the year through its goals or its target for the year. */
export async function createIndicator(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  body: CreateIndicator,
): Promise<IndicatorFacts> {
  return deps.db.transaction(async (tx) => {
    await assertMayWrite(tx, actor, planWrite(scope));
    const units = await readIndicatorUnits(tx, scope.municipalityId);
    const unit = units.find((entry) => entry.unit === body.unit);
    if (!unit)
      throw invalid(
        'body.unit',
        `Enheten ”${body.unit}” finns inte bland kommunens enheter (${unitList(units)})`,
      );
    const goalIds = body.goalIds ?? [];
    const target = body.target ?? null;
    assertGoals(goalIds, await yearGoalIds(tx, scope));
    if (target) assertTarget(unit.valueKind, target, scope.year, 'body.target');
    if (goalIds.length === 0 && !target)
      throw invalid(
        'body.goalIds',
        `Välj minst ett mål som måttet mäter eller ange ett målvärde för ${scope.year}`,
      );
    const taken = await tx
      .select({ key: indicators.key })
      .from(indicators)
      .where(
        and(
          eq(indicators.municipalityId, scope.municipalityId),
          eq(indicators.committeeId, scope.committeeId),
        ),
      );
    const now = deps.clock.now();
    const [row] = await tx
      .insert(indicators)
      .values({
        municipalityId: scope.municipalityId,
        id: crypto.randomUUID(),
        committeeId: scope.committeeId,
        key: keyFromName(body.name, new Set(taken.map((entry) => entry.key)), 'matt'),
        name: body.name,
        unit: unit.unit,
        decimals: body.decimals ?? unit.decimals,
        direction: body.direction,
        source: body.source ?? 'manual',
        sourceReference: body.sourceReference || null,
        definition: body.definition || null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw notFound('Måttet');
    await linkLast(tx, scope, row.id, goalIds);
    if (target) await tx.insert(indicatorTargets).values(targetRow(scope, row.id, scope.year, target));
    const after = presentIndicatorFacts(row, unit.valueKind);
    await recordAudit(tx, {
      actor,
      at: now,
      action: 'create',
      entityType: 'indicator',
      entityId: row.id,
      committeeId: scope.committeeId,
      before: null,
      after: { ...after, goalIds, target },
    });
    return after;
  });
}

/** The goals of the year the measure follows: links to removed goals go, new ones come last under their goal. */
export async function setIndicatorGoals(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  indicatorId: string,
  body: IndicatorGoals,
) {
  return deps.db.transaction(async (tx) => {
    const stored = await findIndicator(tx, scope, indicatorId, true);
    await assertMayWrite(tx, actor, planWrite(scope));
    const valueKind = await valueKindOf(tx, scope, stored.unit);
    assertVersion(stored, body.version, (row) => presentIndicatorFacts(row, valueKind));
    const yearGoals = await yearGoalIds(tx, scope);
    assertGoals(body.goalIds, yearGoals);
    const ownLinks = and(
      eq(goalIndicators.municipalityId, scope.municipalityId),
      eq(goalIndicators.indicatorId, indicatorId),
      inArray(goalIndicators.goalId, yearGoals),
    );
    const before = (await tx.select().from(goalIndicators).where(ownLinks)).map((link) => link.goalId);
    if (body.goalIds.length === 0) {
      const [target] = await tx
        .select()
        .from(indicatorTargets)
        .where(
          and(
            eq(indicatorTargets.municipalityId, scope.municipalityId),
            eq(indicatorTargets.indicatorId, indicatorId),
            eq(indicatorTargets.year, scope.year),
          ),
        );
      if (!target)
        throw invalid(
          'body.goalIds',
          `Måttet behöver mäta minst ett mål eller ha ett målvärde för ${scope.year}`,
        );
    }
    const removed = before.filter((goalId) => !body.goalIds.includes(goalId));
    if (removed.length > 0)
      await tx
        .delete(goalIndicators)
        .where(
          and(
            eq(goalIndicators.municipalityId, scope.municipalityId),
            eq(goalIndicators.indicatorId, indicatorId),
            inArray(goalIndicators.goalId, removed),
          ),
        );
    await linkLast(
      tx,
      scope,
      indicatorId,
      body.goalIds.filter((goalId) => !before.includes(goalId)),
    );
    const { row, now } = await touch(tx, deps, stored);
    await recordAudit(tx, {
      actor,
      at: now,
      action: 'update',
      entityType: 'indicator',
      entityId: indicatorId,
      committeeId: scope.committeeId,
      before: { goalIds: before },
      after: { goalIds: body.goalIds },
    });
    return { id: row.id, version: row.version };
  });
}

/** Moves a measure among the measures that follow one goal of the year, the order the plan prints them in. */
export async function moveIndicator(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  goalId: string,
  indicatorId: string,
  body: Move,
) {
  return deps.db.transaction(async (tx) => {
    const stored = await findIndicator(tx, scope, indicatorId, true);
    await assertMayWrite(tx, actor, planWrite(scope));
    const valueKind = await valueKindOf(tx, scope, stored.unit);
    assertVersion(stored, body.version, (row) => presentIndicatorFacts(row, valueKind));
    if (!(await yearGoalIds(tx, scope)).includes(goalId)) throw notFound('Målet');
    const links = await tx
      .select({ indicatorId: goalIndicators.indicatorId })
      .from(goalIndicators)
      .innerJoin(
        indicators,
        and(
          eq(indicators.municipalityId, goalIndicators.municipalityId),
          eq(indicators.id, goalIndicators.indicatorId),
        ),
      )
      .where(and(eq(goalIndicators.municipalityId, scope.municipalityId), eq(goalIndicators.goalId, goalId)))
      .orderBy(asc(goalIndicators.sortOrder), asc(indicators.key));
    const order = links.map((link) => link.indicatorId);
    if (!order.includes(indicatorId)) throw notFound('Måttet under målet');
    const moved = moveTo(order, indicatorId, body.position);
    for (const [sortOrder, id] of moved.entries())
      await tx
        .update(goalIndicators)
        .set({ sortOrder })
        .where(
          and(
            eq(goalIndicators.municipalityId, scope.municipalityId),
            eq(goalIndicators.goalId, goalId),
            eq(goalIndicators.indicatorId, id),
          ),
        );
    const { row, now } = await touch(tx, deps, stored);
    await recordAudit(tx, {
      actor,
      at: now,
      action: 'update',
      entityType: 'indicator',
      entityId: indicatorId,
      committeeId: scope.committeeId,
      before: { goalId, position: order.indexOf(indicatorId) },
      after: { goalId, position: moved.indexOf(indicatorId) },
    });
    return { id: row.id, version: row.version };
  });
}
