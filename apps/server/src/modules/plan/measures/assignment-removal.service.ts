import type { RemovalImpact } from '@styr/shared/contracts/plan-measures';
import { and, count, eq, inArray, ne } from 'drizzle-orm';
import type { Executor } from '../../../db/executor.ts';
import {
  assignmentGoals,
  assignmentReports,
  assignments,
  assignmentYears,
  followUpParts,
} from '../../../db/schema/index.ts';
import type { Actor, Deps } from '../../../deps.ts';
import { notFound } from '../../../errors.ts';
import { assertVersion } from '../../../versioning.ts';
import { recordAudit } from '../../audit/index.ts';
import { assertMayWrite, type YearScope } from '../../authority/index.ts';
import { findAssignment } from '../plan.queries.ts';
import { lockAssignment, presentDetails } from './assignment-write.service.ts';
import { partsOf, yearDocumentIds, yearGoalIds } from './year-goals.ts';

const tally = async (rows: Promise<{ n: number }[]>) => (await rows)[0]?.n ?? 0;

/** The year's statuses, parts and goal links of an assignment, and whether another year's plan holds it. */
async function impactOf(db: Executor, scope: YearScope, assignmentId: string) {
  const m = scope.municipalityId;
  const goals = await yearGoalIds(db, scope);
  const documents = await yearDocumentIds(db, scope);
  const otherYears = await tally(
    db
      .select({ n: count() })
      .from(assignmentYears)
      .where(
        and(
          eq(assignmentYears.municipalityId, m),
          eq(assignmentYears.assignmentId, assignmentId),
          ne(assignmentYears.year, scope.year),
        ),
      ),
  );
  const impact: RemovalImpact = {
    values: 0,
    targets: 0,
    reports: await tally(
      db
        .select({ n: count() })
        .from(assignmentReports)
        .where(
          and(
            eq(assignmentReports.municipalityId, m),
            eq(assignmentReports.assignmentId, assignmentId),
            eq(assignmentReports.year, scope.year),
          ),
        ),
    ),
    parts: await tally(
      db
        .select({ n: count() })
        .from(followUpParts)
        .where(partsOf(scope, 'assignment', assignmentId, documents)),
    ),
    links: await tally(
      db
        .select({ n: count() })
        .from(assignmentGoals)
        .where(
          and(
            eq(assignmentGoals.municipalityId, m),
            eq(assignmentGoals.assignmentId, assignmentId),
            inArray(assignmentGoals.goalId, goals),
          ),
        ),
    ),
    keptElsewhere: otherYears > 0,
    blocker: null,
  };
  return { impact, goals, documents };
}

/** What removing the assignment from the year takes with it, asked before the removal. */
export async function assignmentRemovalImpact(deps: Deps, scope: YearScope, assignmentId: string) {
  const inYear = (await assignmentIdsOfYear(deps.db, scope)).includes(assignmentId);
  if (!inYear || !(await findAssignment(deps.db, scope, assignmentId))) throw notFound('Uppdraget');
  return (await impactOf(deps.db, scope, assignmentId)).impact;
}

async function assignmentIdsOfYear(db: Executor, scope: YearScope) {
  const rows = await db
    .select({ id: assignmentYears.assignmentId })
    .from(assignmentYears)
    .where(
      and(eq(assignmentYears.municipalityId, scope.municipalityId), eq(assignmentYears.year, scope.year)),
    );
  return rows.map((row) => row.id);
}

/**
 * Removes an assignment from the year's plan with the year's statuses, parts and goal links. A year before or
 * after keeps its own; the assignment itself goes when no year's plan holds it any more.
 */
export async function removeAssignment(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  assignmentId: string,
  version: number,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const stored = await lockAssignment(tx, scope, assignmentId);
    await assertMayWrite(tx, actor, { ...scope, document: 'plan', permission: 'content.edit' });
    assertVersion(stored, version, presentDetails);
    const { impact, goals, documents } = await impactOf(tx, scope, assignmentId);
    const m = scope.municipalityId;
    await tx.delete(followUpParts).where(partsOf(scope, 'assignment', assignmentId, documents));
    await tx
      .delete(assignmentGoals)
      .where(
        and(
          eq(assignmentGoals.municipalityId, m),
          eq(assignmentGoals.assignmentId, assignmentId),
          inArray(assignmentGoals.goalId, goals),
        ),
      );
    // The year's row takes its statuses with it (the reports' foreign key cascades).
    await tx
      .delete(assignmentYears)
      .where(
        and(
          eq(assignmentYears.municipalityId, m),
          eq(assignmentYears.assignmentId, assignmentId),
          eq(assignmentYears.year, scope.year),
        ),
      );
    if (!impact.keptElsewhere)
      await tx
        .delete(assignments)
        .where(and(eq(assignments.municipalityId, m), eq(assignments.id, assignmentId)));
    await recordAudit(tx, {
      actor,
      at: deps.clock.now(),
      action: 'delete',
      entityType: 'assignment',
      entityId: assignmentId,
      committeeId: scope.committeeId,
      before: { title: stored.title, year: scope.year, ...impact },
      after: null,
    });
  });
}
