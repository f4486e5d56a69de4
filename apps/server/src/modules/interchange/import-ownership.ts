import type { CommitteeYear } from '@styr/shared/contracts/interchange';
import { fromTheTop } from '@styr/shared/domain/org';
import type { Problem } from '@styr/shared/domain/problem';
import { and, eq, ne, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/executor.ts';
import {
  actionPlans,
  activities,
  assignments,
  controlActivities,
  goalAreas,
  goals,
  indicators,
  orgNodes,
  risks,
} from '../../db/schema/index.ts';
import type { YearScope } from '../authority/index.ts';
import {
  actionPlanId,
  activityId,
  assignmentId,
  controlId,
  goalAreaId,
  goalId,
  indicatorId,
  riskId,
  unitId,
} from './import-ids.ts';

/** An id the file writes under, with where it stands in the file. */
interface Named {
  path: string;
  id: string;
}

/** Where a stored row with one of the file's ids lives. */
interface Owner {
  municipalityId: string;
  id: string;
  committeeId: string;
  year: number | null;
}

type Kind =
  | 'unit'
  | 'area'
  | 'goal'
  | 'activity'
  | 'indicator'
  | 'assignment'
  | 'risk'
  | 'control'
  | 'actionPlan';

const what: Record<Kind, string> = {
  unit: 'Enheten',
  area: 'Målområdet',
  goal: 'Målet',
  activity: 'Aktiviteten',
  indicator: 'Indikatorn',
  assignment: 'Uppdraget',
  risk: 'Risken',
  control: 'Kontrollmomentet',
  actionPlan: 'Handlingsplanen',
};

/** Objects that live across years: the committee's own in any year. The rest belong to one year. */
const acrossYears: ReadonlySet<Kind> = new Set(['indicator', 'assignment']);

/** The path of an object's id: its `id` when the file gives one, else its `key`, from which the id is derived. */
const at = (path: string, given: string | null | undefined) => `${path}.${given ? 'id' : 'key'}`;

/** Every id the file writes under, per kind, in the order of the file. */
function namedIds(scope: YearScope, document: CommitteeYear): Record<Kind, Named[]> {
  const named: Record<Kind, Named[]> = {
    unit: [],
    area: [],
    goal: [],
    activity: [],
    indicator: [],
    assignment: [],
    risk: [],
    control: [],
    actionPlan: [],
  };
  // Units another committee owns and only serves this one are found, not written (see served-units.ts).
  document.units.forEach((unit, i) => {
    if (!unit.servedFrom) named.unit.push({ path: at(`units[${i}]`, unit.id), id: unitId(scope, unit) });
  });
  document.goalAreas.forEach((area, i) => {
    named.area.push({ path: at(`goalAreas[${i}]`, area.id), id: goalAreaId(scope, area) });
  });
  document.goals.forEach((goal, i) => {
    const id = goalId(scope, goal);
    named.goal.push({ path: at(`goals[${i}]`, goal.id), id });
    goal.activities?.forEach((activity, j) => {
      named.activity.push({
        path: at(`goals[${i}].activities[${j}]`, activity.id),
        id: activityId(id, activity),
      });
    });
  });
  document.indicators.forEach((indicator, i) => {
    named.indicator.push({ path: at(`indicators[${i}]`, indicator.id), id: indicatorId(scope, indicator) });
  });
  document.assignments.forEach((assignment, i) => {
    named.assignment.push({
      path: at(`assignments[${i}]`, assignment.id),
      id: assignmentId(scope, assignment),
    });
  });
  document.risks.forEach((risk, i) => {
    const id = riskId(scope, risk);
    named.risk.push({ path: at(`risks[${i}]`, risk.id), id });
    risk.controls.forEach((control, j) => {
      named.control.push({
        path: at(`risks[${i}].controls[${j}]`, control.id),
        id: controlId(scope, id, control),
      });
    });
  });
  document.actionPlans.forEach((plan, i) => {
    named.actionPlan.push({ path: at(`actionPlans[${i}]`, plan.id), id: actionPlanId(scope, plan) });
  });
  return named;
}

/** `column` is one of the ids, passed as one JSON parameter however many there are. */
const among = (column: AnyPgColumn, ids: readonly string[]): SQL =>
  sql`${column} in (select value::uuid from json_array_elements_text(${JSON.stringify(ids)}::json))`;

/** The stored rows, in any municipality, that carry one of the ids; the units are judged separately. */
async function owners(tx: Tx, kind: Exclude<Kind, 'unit'>, ids: string[]): Promise<Owner[]> {
  if (ids.length === 0) return [];
  switch (kind) {
    case 'area':
    case 'goal':
    case 'risk':
    case 'actionPlan': {
      const table = { area: goalAreas, goal: goals, risk: risks, actionPlan: actionPlans }[kind];
      return tx
        .select({
          municipalityId: table.municipalityId,
          id: table.id,
          committeeId: table.committeeId,
          year: table.year,
        })
        .from(table)
        .where(among(table.id, ids));
    }
    case 'indicator':
    case 'assignment': {
      const table = kind === 'indicator' ? indicators : assignments;
      return tx
        .select({
          municipalityId: table.municipalityId,
          id: table.id,
          committeeId: table.committeeId,
          year: sql<null>`null`,
        })
        .from(table)
        .where(among(table.id, ids));
    }
    case 'activity':
      return tx
        .select({
          municipalityId: activities.municipalityId,
          id: activities.id,
          committeeId: goals.committeeId,
          year: goals.year,
        })
        .from(activities)
        .innerJoin(
          goals,
          and(eq(goals.municipalityId, activities.municipalityId), eq(goals.id, activities.goalId)),
        )
        .where(among(activities.id, ids));
    case 'control':
      return tx
        .select({
          municipalityId: controlActivities.municipalityId,
          id: controlActivities.id,
          committeeId: risks.committeeId,
          year: risks.year,
        })
        .from(controlActivities)
        .innerJoin(
          risks,
          and(
            eq(risks.municipalityId, controlActivities.municipalityId),
            eq(risks.id, controlActivities.riskId),
          ),
        )
        .where(among(controlActivities.id, ids));
  }
}

/** Why a unit id is not the committee's own, or null when it is (or is new). */
async function unitProblems(tx: Tx, scope: YearScope, named: Named[]): Promise<Problem[]> {
  if (named.length === 0) return [];
  const ids = named.map((entry) => entry.id);
  const elsewhere = await tx
    .select({ id: orgNodes.id })
    .from(orgNodes)
    .where(and(ne(orgNodes.municipalityId, scope.municipalityId), among(orgNodes.id, ids)));
  const inOtherMunicipality = new Set(elsewhere.map((row) => row.id));
  const nodes = await tx
    .select({ id: orgNodes.id, parentId: orgNodes.parentId })
    .from(orgNodes)
    .where(eq(orgNodes.municipalityId, scope.municipalityId));
  const top = fromTheTop<string>(new Map(nodes.map((node) => [node.id, node])), (id, parent) => parent ?? id);
  return named.flatMap(({ path, id }): Problem[] => {
    if (inOtherMunicipality.has(id)) return [{ path, message: 'Id:t finns redan i en annan kommun' }];
    if (id === scope.committeeId)
      return [{ path, message: 'Id:t är nämndens eget; en enhet i filen kan inte vara nämnden själv' }];
    const committee = top.get(id);
    if (committee !== undefined && committee !== scope.committeeId)
      return [{ path, message: 'Enheten med detta id hör till en annan nämnd' }];
    return [];
  });
}

function duplicateProblems(named: Named[]): Problem[] {
  const first = new Map<string, string>();
  const problems: Problem[] = [];
  for (const { path, id } of named) {
    const earlier = first.get(id);
    if (earlier) problems.push({ path, message: `Samma id som ${earlier}` });
    else first.set(id, path);
  }
  return problems;
}

/**
 * Every id of the file must name the file's own committee's object, or nothing yet. What "own" is follows the
 * schema: a unit is a node below the committee; indicators and assignments belong to the committee across
 * years (an assignment's plan text and reports per year are rows of their own, keyed by the assignment and
 * year), so one of the committee's from another year is its own; goal areas, goals and risks belong to the
 * committee's year, and activities and control activities to a goal or risk of that year. An id stored
 * anywhere else (another committee, another year, another municipality) is refused rather than updated or
 * collided with, so an import never writes outside its committee's year.
 */
export async function ownershipProblems(
  tx: Tx,
  scope: YearScope,
  document: CommitteeYear,
): Promise<Problem[]> {
  const named = namedIds(scope, document);
  const problems: Problem[] = [];
  for (const list of Object.values(named)) problems.push(...duplicateProblems(list));
  problems.push(...(await unitProblems(tx, scope, named.unit)));
  for (const kind of [
    'area',
    'goal',
    'activity',
    'indicator',
    'assignment',
    'risk',
    'control',
    'actionPlan',
  ] as const) {
    const list = named[kind];
    const stored = new Map(
      (await owners(tx, kind, [...new Set(list.map((entry) => entry.id))])).map((row) => [
        `${row.municipalityId}:${row.id}`,
        row,
      ]),
    );
    if (stored.size === 0) continue;
    const elsewhere = new Set([...stored.values()].map((row) => row.id));
    for (const { path, id } of list) {
      const own = stored.get(`${scope.municipalityId}:${id}`);
      if (!own) {
        if (elsewhere.has(id)) problems.push({ path, message: 'Id:t finns redan i en annan kommun' });
      } else if (own.committeeId !== scope.committeeId) {
        problems.push({ path, message: `${what[kind]} med detta id hör till en annan nämnd` });
      } else if (!acrossYears.has(kind) && own.year !== scope.year) {
        problems.push({ path, message: `${what[kind]} med detta id hör till nämndens år ${own.year}` });
      }
    }
  }
  return problems;
}
