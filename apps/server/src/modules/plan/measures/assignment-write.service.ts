import type { Assignment } from '@styr/shared/contracts/plan';
import type { CreateAssignment, Move, UpdateAssignmentDetails } from '@styr/shared/contracts/plan-measures';
import { keyFromName, moveTo } from '@styr/shared/domain/object-keys';
import { and, eq, max } from 'drizzle-orm';
import type { Tx } from '../../../db/executor.ts';
import { assignmentGoals, assignments, assignmentYears } from '../../../db/schema/index.ts';
import type { Actor, Deps } from '../../../deps.ts';
import { notFound } from '../../../errors.ts';
import { assertVersion, definedFields } from '../../../versioning.ts';
import { recordAudit, recordUpdate } from '../../audit/index.ts';
import { assertMayWrite, type YearScope } from '../../authority/index.ts';
import { assignmentsInYear } from '../plan.queries.ts';
import { assertGoals, yearGoalIds } from './year-goals.ts';

type Row = typeof assignments.$inferSelect;
const planWrite = (scope: YearScope) => ({ ...scope, document: 'plan', permission: 'content.edit' }) as const;

/** What an assignment is, as its history records it and the edit answers. */
export const presentDetails = (row: Row) => ({
  id: row.id,
  key: row.key,
  title: row.title,
  description: row.description,
  source: row.source,
  decisionReference: row.decisionReference,
  yearGiven: row.yearGiven,
  alsoGivenTo: row.alsoGivenTo,
  coordinatedBy: row.coordinatedBy,
  version: row.version,
});

/** The committee's assignment in the year's plan, locked for the change. */
export async function lockAssignment(tx: Tx, scope: YearScope, assignmentId: string): Promise<Row> {
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
  return row.assignment;
}

/** A new assignment in the year's plan, last in its list, serving the goals named. */
export async function createAssignment(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  body: CreateAssignment,
): Promise<Assignment> {
  return deps.db.transaction(async (tx) => {
    await assertMayWrite(tx, actor, planWrite(scope));
    const goalIds = body.goalIds ?? [];
    assertGoals(goalIds, await yearGoalIds(tx, scope));
    const m = scope.municipalityId;
    const taken = await tx
      .select({ key: assignments.key })
      .from(assignments)
      .where(and(eq(assignments.municipalityId, m), eq(assignments.committeeId, scope.committeeId)));
    const [last] = await tx
      .select({ order: max(assignmentYears.sortOrder) })
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
          eq(assignmentYears.municipalityId, m),
          eq(assignments.committeeId, scope.committeeId),
          eq(assignmentYears.year, scope.year),
        ),
      );
    const now = deps.clock.now();
    const [row] = await tx
      .insert(assignments)
      .values({
        municipalityId: m,
        id: crypto.randomUUID(),
        committeeId: scope.committeeId,
        key: keyFromName(body.title, new Set(taken.map((entry) => entry.key)), 'uppdrag'),
        title: body.title,
        description: body.description || null,
        source: body.source,
        decisionReference: body.decisionReference || null,
        yearGiven: body.yearGiven ?? scope.year,
        alsoGivenTo: body.alsoGivenTo ?? [],
        coordinatedBy: body.coordinatedBy || null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw notFound('Uppdraget');
    await tx.insert(assignmentYears).values({
      municipalityId: m,
      assignmentId: row.id,
      year: scope.year,
      sortOrder: (last?.order ?? -1) + 1,
    });
    if (goalIds.length > 0)
      await tx.insert(assignmentGoals).values(
        goalIds.map((goalId, sortOrder) => ({
          municipalityId: m,
          assignmentId: row.id,
          goalId,
          sortOrder,
        })),
      );
    const details = presentDetails(row);
    await recordAudit(tx, {
      actor,
      at: now,
      action: 'create',
      entityType: 'assignment',
      entityId: row.id,
      committeeId: scope.committeeId,
      before: null,
      after: { ...details, goalIds },
    });
    return {
      ...details,
      category: null,
      labels: [],
      goalIds,
      goalAreaId: null,
      planText: null,
      carriedOver: false,
      reports: [],
    };
  });
}

/** What the assignment is: title, description, where it comes from and which committees share it. */
export async function updateAssignmentDetails(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  assignmentId: string,
  patch: UpdateAssignmentDetails,
) {
  return deps.db.transaction(async (tx) => {
    const stored = await lockAssignment(tx, scope, assignmentId);
    await assertMayWrite(tx, actor, planWrite(scope));
    assertVersion(stored, patch.version, presentDetails);
    const { version: _version, ...fields } = patch;
    const cleared = {
      ...fields,
      description: fields.description === undefined ? undefined : fields.description || null,
      decisionReference:
        fields.decisionReference === undefined ? undefined : fields.decisionReference || null,
      coordinatedBy: fields.coordinatedBy === undefined ? undefined : fields.coordinatedBy || null,
    };
    const now = deps.clock.now();
    const [row] = await tx
      .update(assignments)
      .set({ ...definedFields(cleared), version: stored.version + 1, updatedAt: now })
      .where(and(eq(assignments.municipalityId, scope.municipalityId), eq(assignments.id, assignmentId)))
      .returning();
    if (!row) throw notFound('Uppdraget');
    const after = presentDetails(row);
    await recordUpdate(tx, {
      actor,
      at: now,
      entityType: 'assignment',
      entityId: assignmentId,
      committeeId: scope.committeeId,
      before: presentDetails(stored),
      after,
    });
    return after;
  });
}

/** Moves an assignment within the year's list, the order the plan prints them in. */
export async function moveAssignment(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  assignmentId: string,
  body: Move,
) {
  return deps.db.transaction(async (tx) => {
    const stored = await lockAssignment(tx, scope, assignmentId);
    await assertMayWrite(tx, actor, planWrite(scope));
    assertVersion(stored, body.version, presentDetails);
    const order = (await assignmentsInYear(tx, scope)).map((entry) => entry.assignment.id);
    const moved = moveTo(order, assignmentId, body.position);
    for (const [sortOrder, id] of moved.entries())
      await tx
        .update(assignmentYears)
        .set({ sortOrder })
        .where(
          and(
            eq(assignmentYears.municipalityId, scope.municipalityId),
            eq(assignmentYears.assignmentId, id),
            eq(assignmentYears.year, scope.year),
          ),
        );
    const now = deps.clock.now();
    const [row] = await tx
      .update(assignments)
      .set({ version: stored.version + 1, updatedAt: now })
      .where(and(eq(assignments.municipalityId, scope.municipalityId), eq(assignments.id, assignmentId)))
      .returning();
    if (!row) throw notFound('Uppdraget');
    await recordAudit(tx, {
      actor,
      at: now,
      action: 'update',
      entityType: 'assignment',
      entityId: assignmentId,
      committeeId: scope.committeeId,
      before: { position: order.indexOf(assignmentId) },
      after: { position: moved.indexOf(assignmentId) },
    });
    return { id: row.id, version: row.version };
  });
}
