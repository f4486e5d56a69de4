import type { assignmentPlaceSchema, UpdateAssignment } from '@styr/shared/contracts/plan';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '../../db/executor.ts';
import { assignmentGoals, assignments, assignmentYears } from '../../db/schema/index.ts';
import type { Actor, Deps } from '../../deps.ts';
import { AppError, type ErrorDetail, notFound } from '../../errors.ts';
import { assertVersion, definedFields } from '../../versioning.ts';
import { recordUpdate } from '../audit/index.ts';
import { assertMayWrite, type YearScope } from '../authority/index.ts';
import { goalsInYear } from './plan.queries.ts';

type AssignmentPlace = z.infer<typeof assignmentPlaceSchema>;

async function servedGoals(tx: Tx, scope: YearScope, assignmentId: string, yearGoals: string[]) {
  if (yearGoals.length === 0) return [];
  const rows = await tx
    .select({ goalId: assignmentGoals.goalId })
    .from(assignmentGoals)
    .where(
      and(
        eq(assignmentGoals.municipalityId, scope.municipalityId),
        eq(assignmentGoals.assignmentId, assignmentId),
        inArray(assignmentGoals.goalId, yearGoals),
      ),
    )
    .orderBy(asc(assignmentGoals.sortOrder));
  return rows.map((row) => row.goalId);
}

/** Each label once, each goal once and of the year: problems with the path of the field. */
function placeProblems(patch: UpdateAssignment, yearGoals: ReadonlySet<string>): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const seen = new Set<string>();
  patch.labels?.forEach((label, index) => {
    if (seen.has(label))
      problems.push({ path: `body.labels[${index}]`, message: `Etiketten ”${label}” står redan i listan` });
    seen.add(label);
  });
  const goals = new Set<string>();
  patch.goalIds?.forEach((goalId, index) => {
    const path = `body.goalIds[${index}]`;
    if (!yearGoals.has(goalId)) problems.push({ path, message: 'Målet finns inte i årets plan' });
    else if (goals.has(goalId)) problems.push({ path, message: 'Målet står redan i listan' });
    goals.add(goalId);
  });
  return problems;
}

/**
 * An assignment's category and labels, and the goals of the year it serves: part of the year's plan, so
 * editable until the plan is adopted.
 */
export async function updateAssignment(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  assignmentId: string,
  patch: UpdateAssignment,
): Promise<AssignmentPlace> {
  return deps.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ assignment: assignments })
      .from(assignments)
      .innerJoin(
        assignmentYears,
        and(
          eq(assignmentYears.municipalityId, assignments.municipalityId),
          eq(assignmentYears.assignmentId, assignments.id),
          eq(assignmentYears.year, scope.year),
        ),
      )
      .where(
        and(
          eq(assignments.municipalityId, scope.municipalityId),
          eq(assignments.committeeId, scope.committeeId),
          eq(assignments.id, assignmentId),
        ),
      )
      .for('update', { of: assignments });
    if (!row) throw notFound('Uppdraget');
    await assertMayWrite(tx, actor, { ...scope, document: 'plan', permission: 'content.edit' });
    const yearGoals = (await goalsInYear(tx, scope)).map((goal) => goal.id);
    const before: AssignmentPlace = {
      id: assignmentId,
      category: row.assignment.category,
      labels: row.assignment.labels,
      goalIds: await servedGoals(tx, scope, assignmentId, yearGoals),
      version: row.assignment.version,
    };
    assertVersion(row.assignment, patch.version, () => before);
    const problems = placeProblems(patch, new Set(yearGoals));
    const [first] = problems;
    if (first) throw new AppError('VALIDATION', first.message, { details: problems });

    const now = deps.clock.now();
    const category = patch.category === undefined ? undefined : patch.category || null;
    const [updated] = await tx
      .update(assignments)
      .set({
        ...definedFields({ category, labels: patch.labels }),
        version: row.assignment.version + 1,
        updatedAt: now,
      })
      .where(and(eq(assignments.municipalityId, scope.municipalityId), eq(assignments.id, assignmentId)))
      .returning();
    if (!updated) throw notFound('Uppdraget');
    if (patch.goalIds && yearGoals.length > 0) {
      await tx
        .delete(assignmentGoals)
        .where(
          and(
            eq(assignmentGoals.municipalityId, scope.municipalityId),
            eq(assignmentGoals.assignmentId, assignmentId),
            inArray(assignmentGoals.goalId, yearGoals),
          ),
        );
      const links = patch.goalIds.map((goalId, sortOrder) => ({
        municipalityId: scope.municipalityId,
        assignmentId,
        goalId,
        sortOrder,
      }));
      if (links.length > 0) await tx.insert(assignmentGoals).values(links);
    }
    const after: AssignmentPlace = {
      id: assignmentId,
      category: updated.category,
      labels: updated.labels,
      goalIds: patch.goalIds ?? before.goalIds,
      version: updated.version,
    };
    await recordUpdate(tx, {
      actor,
      at: now,
      entityType: 'assignment',
      entityId: assignmentId,
      committeeId: scope.committeeId,
      before,
      after,
    });
    return after;
  });
}
