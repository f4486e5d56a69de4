import type { PartKind } from '@styr/shared/contracts/workflow';
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/executor.ts';
import { assignments, followUpParts, goals, indicators, orgNodes } from '../../db/schema/index.ts';
import type { YearScope } from '../authority/index.ts';
import { assignmentsInYear, findGoal } from '../plan/index.ts';

/** The title of a goal, assignment or indicator of the committee's year, or undefined when it is not one. */
export async function partTitle(db: Executor, scope: YearScope, kind: PartKind, objectId: string) {
  if (kind === 'goal') return (await findGoal(db, scope, objectId))?.title;
  if (kind === 'assignment') {
    const rows = await assignmentsInYear(db, scope);
    return rows.find((row) => row.assignment.id === objectId)?.assignment.title;
  }
  const [row] = await db
    .select({ title: indicators.name })
    .from(indicators)
    .where(
      and(
        eq(indicators.municipalityId, scope.municipalityId),
        eq(indicators.committeeId, scope.committeeId),
        eq(indicators.id, objectId),
      ),
    );
  return row?.title;
}

/** Titles for many parts at once, by kind and id. */
export async function titlesOf(
  db: Executor,
  municipalityId: string,
  parts: { kind: PartKind; objectId: string }[],
) {
  const ids = (kind: PartKind) => parts.filter((part) => part.kind === kind).map((part) => part.objectId);
  const titles = new Map<string, string>();
  const goalIds = ids('goal');
  const assignmentIds = ids('assignment');
  const indicatorIds = ids('indicator');
  if (goalIds.length) {
    const rows = await db
      .select({ id: goals.id, title: goals.title })
      .from(goals)
      .where(and(eq(goals.municipalityId, municipalityId), inArray(goals.id, goalIds)));
    for (const row of rows) titles.set(`goal:${row.id}`, row.title);
  }
  if (assignmentIds.length) {
    const rows = await db
      .select({ id: assignments.id, title: assignments.title })
      .from(assignments)
      .where(and(eq(assignments.municipalityId, municipalityId), inArray(assignments.id, assignmentIds)));
    for (const row of rows) titles.set(`assignment:${row.id}`, row.title);
  }
  if (indicatorIds.length) {
    const rows = await db
      .select({ id: indicators.id, title: indicators.name })
      .from(indicators)
      .where(and(eq(indicators.municipalityId, municipalityId), inArray(indicators.id, indicatorIds)));
    for (const row of rows) titles.set(`indicator:${row.id}`, row.title);
  }
  return (kind: PartKind, objectId: string) => titles.get(`${kind}:${objectId}`) ?? '';
}

export async function nodeNames(db: Executor, municipalityId: string) {
  const rows = await db
    .select({ id: orgNodes.id, name: orgNodes.name })
    .from(orgNodes)
    .where(eq(orgNodes.municipalityId, municipalityId));
  return new Map(rows.map((row) => [row.id, row.name]));
}

export async function findPart(
  db: Executor,
  municipalityId: string,
  documentId: string,
  kind: PartKind,
  objectId: string,
) {
  const [row] = await db
    .select()
    .from(followUpParts)
    .where(
      and(
        eq(followUpParts.municipalityId, municipalityId),
        eq(followUpParts.documentId, documentId),
        eq(followUpParts.kind, kind),
        eq(followUpParts.objectId, objectId),
      ),
    )
    .for('update');
  return row;
}
