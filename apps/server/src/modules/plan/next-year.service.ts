import type { nextYearSchema } from '@styr/shared/contracts/plan';
import { carriesOver } from '@styr/shared/domain/assignments';
import { inHierarchyOrder } from '@styr/shared/domain/goal-hierarchy';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '../../db/executor.ts';
import {
  assignmentGoals,
  assignmentReports,
  assignmentYears,
  followUpPoints,
  goalAreas,
  goalIndicators,
  goals,
} from '../../db/schema/index.ts';
import type { Actor, Deps } from '../../deps.ts';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/index.ts';
import { assertMayWrite, lockCommitteeYear, type YearScope } from '../authority/index.ts';
import { assignmentsInYear, goalAreasInYear, goalsInYear } from './plan.queries.ts';

type NextYear = z.infer<typeof nextYearSchema>;

/**
 * A part of the plan that a module above this one keeps (handlingsplaner), carried in the same transaction
 * after the authority has allowed the start, so the start stays one all-or-nothing step.
 */
export interface NextYearPart {
  /** Whether the next year already holds some of this part, which makes its plan started. */
  started: (tx: Tx, next: YearScope) => Promise<boolean>;
  /** Copies what goes on into the next year, with its audit records; answers its counts for the summary. */
  carry: (tx: Tx, actor: Actor, from: YearScope, to: YearScope, now: Date) => Promise<Partial<NextYear>>;
}

/**
 * Starts next year's plan from this year's: goal areas, goals with their
 * indicators and parent goals, and every assignment whose latest status is not
 * Avslutad, with the goals it serves; then the `parts` carry theirs. The
 * assignments keep their identity, so their history runs on across years.
 */
export async function startNextYear(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  parts: readonly NextYearPart[] = [],
): Promise<NextYear> {
  const next = scope.year + 1;
  return deps.db.transaction(async (tx) => {
    const { municipalityId, committeeId } = scope;
    const nextScope = { municipalityId, committeeId, year: next };
    // Both years, in ascending order as every holder takes them: a second start, or an import of either year,
    // waits for this one instead of copying beside it.
    await lockCommitteeYear(tx, scope);
    await lockCommitteeYear(tx, nextScope);
    await assertMayWrite(tx, actor, { ...nextScope, document: 'plan', permission: 'content.compile' });
    // A second start is refused, not repeated: it cannot tell the first start's copies from work begun in the
    // new year since, and copying again would duplicate them.
    const [startedArea] = await goalAreasInYear(tx, nextScope);
    const [started] = await goalsInYear(tx, nextScope);
    const [startedAssignment] = await assignmentsInYear(tx, nextScope);
    let startedPart = false;
    for (const part of parts) startedPart ||= await part.started(tx, nextScope);
    if (startedArea || started || startedAssignment || startedPart) {
      throw new AppError('CONFLICT', `Planen för ${next} är redan påbörjad.`);
    }
    const now = deps.clock.now();
    const areas = await goalAreasInYear(tx, scope);
    const areaIds = new Map<string, string>();
    for (const area of areas) {
      const id = crypto.randomUUID();
      areaIds.set(area.id, id);
      await tx
        .insert(goalAreas)
        .values({ ...area, ...nextScope, id, version: 1, createdAt: now, updatedAt: now });
    }
    const goalRows = await goalsInYear(tx, scope);
    const goalIds = new Map(goalRows.map((goal) => [goal.id, crypto.randomUUID()]));
    // Parents before their children, so each goal's parent is in place when it is inserted.
    const hierarchy = inHierarchyOrder(
      goalRows.map((row) => ({ id: row.id, parent: row.parentGoalId, row })),
    );
    for (const {
      goal: { row: goal },
    } of hierarchy) {
      const id = goalIds.get(goal.id) as string;
      const goalAreaId = goal.goalAreaId ? (areaIds.get(goal.goalAreaId) ?? null) : null;
      const parentGoalId = goal.parentGoalId ? (goalIds.get(goal.parentGoalId) ?? null) : null;
      await tx.insert(goals).values({
        ...goal,
        ...nextScope,
        id,
        goalAreaId,
        parentGoalId,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      const links = await tx
        .select()
        .from(goalIndicators)
        .where(and(eq(goalIndicators.municipalityId, municipalityId), eq(goalIndicators.goalId, goal.id)));
      if (links.length > 0)
        await tx.insert(goalIndicators).values(links.map((link) => ({ ...link, goalId: id })));
    }

    const yearRows = await assignmentsInYear(tx, scope);
    const ids = yearRows.map(({ yearRow }) => yearRow.assignmentId);
    const reports = ids.length
      ? await tx
          .select({
            assignmentId: assignmentReports.assignmentId,
            status: assignmentReports.status,
            month: followUpPoints.month,
          })
          .from(assignmentReports)
          .leftJoin(
            followUpPoints,
            and(
              eq(followUpPoints.municipalityId, assignmentReports.municipalityId),
              eq(followUpPoints.key, assignmentReports.followUp),
            ),
          )
          .where(
            and(
              eq(assignmentReports.municipalityId, municipalityId),
              eq(assignmentReports.year, scope.year),
              inArray(assignmentReports.assignmentId, ids),
            ),
          )
          .orderBy(desc(followUpPoints.month))
      : [];
    const served = goalRows.length
      ? await tx
          .select()
          .from(assignmentGoals)
          .where(
            and(
              eq(assignmentGoals.municipalityId, municipalityId),
              inArray(
                assignmentGoals.goalId,
                goalRows.map((goal) => goal.id),
              ),
            ),
          )
      : [];
    let carried = 0;
    for (const { yearRow } of yearRows) {
      const latest = reports.find((report) => report.assignmentId === yearRow.assignmentId)?.status ?? null;
      if (!carriesOver(latest)) continue;
      carried++;
      const goalAreaId = yearRow.goalAreaId ? (areaIds.get(yearRow.goalAreaId) ?? null) : null;
      await tx
        .insert(assignmentYears)
        .values({ ...yearRow, year: next, goalAreaId, carriedOver: true, version: 1 });
      // A carried assignment goes on serving the same goals, now next year's copies of them.
      const links = served
        .filter((link) => link.assignmentId === yearRow.assignmentId)
        .map((link) => ({ ...link, goalId: goalIds.get(link.goalId) as string }));
      if (links.length > 0) await tx.insert(assignmentGoals).values(links);
    }
    let summary: NextYear = {
      year: next,
      goalAreas: areas.length,
      goals: goalRows.length,
      carriedAssignments: carried,
      carriedActionPlans: 0,
    };
    for (const part of parts)
      summary = { ...summary, ...(await part.carry(tx, actor, scope, nextScope, now)) };
    await recordAudit(tx, {
      actor,
      at: now,
      action: 'create',
      entityType: 'committee_year',
      entityId: `${committeeId}:${next}`,
      committeeId,
      before: null,
      after: { startedFrom: scope.year, ...summary },
    });
    return summary;
  });
}
