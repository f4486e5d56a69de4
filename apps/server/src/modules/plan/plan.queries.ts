import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/executor.ts';
import {
  activities,
  assignments,
  assignmentYears,
  goalAreas,
  goals,
  planDocuments,
} from '../../db/schema/index.ts';
import type { YearScope } from '../authority/index.ts';

export async function findGoal(db: Executor, scope: YearScope, goalId: string, forUpdate = false) {
  const query = db
    .select()
    .from(goals)
    .where(
      and(
        eq(goals.municipalityId, scope.municipalityId),
        eq(goals.committeeId, scope.committeeId),
        eq(goals.year, scope.year),
        eq(goals.id, goalId),
      ),
    );
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function findAssignment(db: Executor, scope: YearScope, assignmentId: string) {
  const [row] = await db
    .select()
    .from(assignments)
    .where(
      and(
        eq(assignments.municipalityId, scope.municipalityId),
        eq(assignments.committeeId, scope.committeeId),
        eq(assignments.id, assignmentId),
      ),
    );
  return row;
}

/** An activity with the goal it belongs to, only when that goal is in the committee's year. */
export async function findActivity(db: Executor, scope: YearScope, activityId: string, forUpdate = false) {
  const query = db
    .select({ activity: activities, goal: goals })
    .from(activities)
    .innerJoin(
      goals,
      and(eq(goals.municipalityId, activities.municipalityId), eq(goals.id, activities.goalId)),
    )
    .where(
      and(
        eq(activities.municipalityId, scope.municipalityId),
        eq(activities.id, activityId),
        eq(goals.committeeId, scope.committeeId),
        eq(goals.year, scope.year),
      ),
    );
  const [row] = forUpdate ? await query.for('update', { of: activities }) : await query;
  return row;
}

export async function findDocument(db: Executor, scope: YearScope, document: string, forUpdate = false) {
  const query = db
    .select()
    .from(planDocuments)
    .where(
      and(
        eq(planDocuments.municipalityId, scope.municipalityId),
        eq(planDocuments.committeeId, scope.committeeId),
        eq(planDocuments.year, scope.year),
        eq(planDocuments.document, document),
      ),
    );
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

/** The assignments in a committee's plan for a year, each with that year's row, in the plan's order. */
export function assignmentsInYear(db: Executor, scope: YearScope) {
  return db
    .select({ assignment: assignments, yearRow: assignmentYears })
    .from(assignmentYears)
    .innerJoin(
      assignments,
      and(
        eq(assignments.municipalityId, assignmentYears.municipalityId),
        eq(assignments.id, assignmentYears.assignmentId),
      ),
    )
    .where(
      and(
        eq(assignmentYears.municipalityId, scope.municipalityId),
        eq(assignments.committeeId, scope.committeeId),
        eq(assignmentYears.year, scope.year),
      ),
    )
    .orderBy(asc(assignmentYears.sortOrder), asc(assignments.key));
}

/** A committee's goal areas in a year, in the plan's order. */
export function goalAreasInYear(db: Executor, scope: YearScope) {
  return db
    .select()
    .from(goalAreas)
    .where(
      and(
        eq(goalAreas.municipalityId, scope.municipalityId),
        eq(goalAreas.committeeId, scope.committeeId),
        eq(goalAreas.year, scope.year),
      ),
    )
    .orderBy(asc(goalAreas.sortOrder));
}

/** A committee's goals in a year, in the plan's order. */
export function goalsInYear(db: Executor, scope: YearScope) {
  return db
    .select()
    .from(goals)
    .where(
      and(
        eq(goals.municipalityId, scope.municipalityId),
        eq(goals.committeeId, scope.committeeId),
        eq(goals.year, scope.year),
      ),
    )
    .orderBy(asc(goals.sortOrder));
}
