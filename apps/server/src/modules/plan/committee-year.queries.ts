import { inHierarchyOrder } from '@styr/shared/domain/goal-hierarchy';
import { fromTheTop } from '@styr/shared/domain/org';
import { and, asc, eq, getTableColumns, inArray, lte } from 'drizzle-orm';
import {
  activities,
  assignmentGoals,
  assignmentReports,
  followUpPoints,
  goalAssessments,
  goalIndicators,
  indicators,
  indicatorTargets,
  indicatorUnits,
  indicatorValues,
  keyFigureRows,
  municipalities,
  orgNodes,
  planDocuments,
} from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { notFound } from '../../errors.ts';
import { findServedCommittees } from '../org/index.ts';
import { readAssessmentScales } from './assessment-scales.ts';
import { assignmentsInYear, goalAreasInYear, goalsInYear } from './plan.queries.ts';

export interface ExportScope {
  municipalityId: string;
  committeeId: string;
  year: number;
}

/** Everything one committee's year consists of, read in a handful of queries, with the orderings the export uses. */
export async function loadCommitteeYear(deps: Deps, scope: ExportScope) {
  const { db } = deps;
  const { municipalityId, committeeId, year } = scope;
  const [municipality] = await db.select().from(municipalities).where(eq(municipalities.id, municipalityId));
  const nodes = await db.select().from(orgNodes).where(eq(orgNodes.municipalityId, municipalityId));
  const committee = nodes.find((node) => node.id === committeeId && node.kind === 'committee');
  if (!municipality || !committee) throw notFound('Nämnden');

  const points = await db
    .select()
    .from(followUpPoints)
    .where(eq(followUpPoints.municipalityId, municipalityId))
    .orderBy(asc(followUpPoints.month), asc(followUpPoints.key));
  const scales = await readAssessmentScales(db, municipalityId);
  const monthOf = new Map(points.map((point) => [point.key, point.month]));
  const byMonth = (a: string, b: string) =>
    (monthOf.get(a) ?? 13) - (monthOf.get(b) ?? 13) || a.localeCompare(b);

  const byId = new Map(nodes.map((node) => [node.id, node]));
  const owner = fromTheTop<string>(byId, (id, parent) => parent ?? id);
  // Seen from this committee, a unit that serves it hangs directly under it.
  const served = await findServedCommittees(db, municipalityId);
  const asSeen = new Map(
    nodes.map((node) => [
      node.id,
      { parentId: served.get(node.id)?.includes(committeeId) ? committeeId : node.parentId },
    ]),
  );
  const place = fromTheTop<{ top: string; depth: number }>(asSeen, (id, parent) => ({
    top: parent?.top ?? id,
    depth: (parent?.depth ?? 0) + 1,
  }));
  const units = nodes
    .filter((node) => node.id !== committeeId && place.get(node.id)?.top === committeeId)
    .map((node) => ({ node, depth: place.get(node.id)?.depth ?? 0 }))
    .sort(
      (a, b) =>
        a.depth - b.depth || a.node.sortOrder - b.node.sortOrder || a.node.id.localeCompare(b.node.id),
    )
    .map(({ node }) => ({
      id: node.id,
      key: node.id,
      kind: node.kind as 'administration' | 'department' | 'unit',
      name: node.name,
      shortName: node.shortName,
      parent: asSeen.get(node.id)?.parentId === committeeId ? null : node.parentId,
      validFrom: node.validFrom,
      validTo: node.validTo,
      ...(owner.get(node.id) !== committeeId && {
        servedFrom: byId.get(owner.get(node.id) ?? '')?.name ?? '',
      }),
    }));

  const areaRows = await goalAreasInYear(db, scope);
  // Parent then its children, everywhere goals are listed; ties in the stored order broken by key (code units),
  // so the same data always gives the same order.
  const storedGoals = (await goalsInYear(db, scope)).sort(
    (a, b) => a.sortOrder - b.sortOrder || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const hierarchy = inHierarchyOrder(
    storedGoals.map((row) => ({ id: row.id, parent: row.parentGoalId, row })),
  );
  const goalRows = hierarchy.map(({ goal }) => goal.row);
  const goalDepth = new Map(hierarchy.map(({ goal, depth }) => [goal.id, depth]));
  const goalIds = goalRows.map((goal) => goal.id);
  const links = goalIds.length
    ? await db
        .select()
        .from(goalIndicators)
        .where(
          and(eq(goalIndicators.municipalityId, municipalityId), inArray(goalIndicators.goalId, goalIds)),
        )
        .orderBy(asc(goalIndicators.sortOrder))
    : [];
  const activityRows = goalIds.length
    ? await db
        .select()
        .from(activities)
        .where(and(eq(activities.municipalityId, municipalityId), inArray(activities.goalId, goalIds)))
        .orderBy(asc(activities.sortOrder))
    : [];
  // Each measure with the kind of values its unit holds, so no view needs the municipality's units.
  const indicatorRows = await db
    .select({ ...getTableColumns(indicators), valueKind: indicatorUnits.valueKind })
    .from(indicators)
    .innerJoin(
      indicatorUnits,
      and(
        eq(indicatorUnits.municipalityId, indicators.municipalityId),
        eq(indicatorUnits.unit, indicators.unit),
      ),
    )
    .where(and(eq(indicators.municipalityId, municipalityId), eq(indicators.committeeId, committeeId)))
    .orderBy(asc(indicators.key));
  const indicatorIds = indicatorRows.map((indicator) => indicator.id);
  const values = indicatorIds.length
    ? await db
        .select()
        .from(indicatorValues)
        .where(
          and(
            eq(indicatorValues.municipalityId, municipalityId),
            inArray(indicatorValues.indicatorId, indicatorIds),
            lte(indicatorValues.year, year),
          ),
        )
    : [];
  const targets = indicatorIds.length
    ? await db
        .select()
        .from(indicatorTargets)
        .where(
          and(
            eq(indicatorTargets.municipalityId, municipalityId),
            inArray(indicatorTargets.indicatorId, indicatorIds),
            lte(indicatorTargets.year, year),
          ),
        )
    : [];
  const linked = new Set(links.map((link) => link.indicatorId));
  const usedThisYear = new Set(
    [...values, ...targets].filter((row) => row.year === year).map((row) => row.indicatorId),
  );
  // An indicator a key figure table shows is part of the year even without a value that year.
  const inKeyFigures = new Set(
    (
      await db
        .select({ indicatorId: keyFigureRows.indicatorId, secondary: keyFigureRows.secondaryIndicatorId })
        .from(keyFigureRows)
        .where(
          and(
            eq(keyFigureRows.municipalityId, municipalityId),
            eq(keyFigureRows.committeeId, committeeId),
            eq(keyFigureRows.year, year),
          ),
        )
    ).flatMap((row) => [row.indicatorId, row.secondary]),
  );
  const exported = indicatorRows.filter(
    (indicator) =>
      linked.has(indicator.id) || usedThisYear.has(indicator.id) || inKeyFigures.has(indicator.id),
  );
  const keyOfIndicator = new Map(indicatorRows.map((indicator) => [indicator.id, indicator.key]));
  const keyOfArea = new Map(areaRows.map((area) => [area.id, area.key]));
  const keyOfGoal = new Map(goalRows.map((goal) => [goal.id, goal.key]));

  const assignmentRows = await assignmentsInYear(db, scope);
  // The goals an assignment serves, this year's only, in the order the assignment lists them.
  const assignmentGoalRows = goalIds.length
    ? await db
        .select()
        .from(assignmentGoals)
        .where(
          and(eq(assignmentGoals.municipalityId, municipalityId), inArray(assignmentGoals.goalId, goalIds)),
        )
        .orderBy(asc(assignmentGoals.sortOrder))
    : [];
  const reports = await db
    .select()
    .from(assignmentReports)
    .where(and(eq(assignmentReports.municipalityId, municipalityId), eq(assignmentReports.year, year)));
  const documentRows = await db
    .select()
    .from(planDocuments)
    .where(
      and(
        eq(planDocuments.municipalityId, municipalityId),
        eq(planDocuments.committeeId, committeeId),
        eq(planDocuments.year, year),
      ),
    );
  // The plan first, then the follow-ups through the year: the order every listing of documents uses.
  documentRows.sort((a, b) =>
    a.document === 'plan' ? -1 : b.document === 'plan' ? 1 : byMonth(a.document, b.document),
  );
  const documentKey = new Map(documentRows.map((row) => [row.id, row.document]));
  const assessments = goalIds.length
    ? await db
        .select()
        .from(goalAssessments)
        .where(
          and(eq(goalAssessments.municipalityId, municipalityId), inArray(goalAssessments.goalId, goalIds)),
        )
    : [];
  const goalOrder = new Map(goalRows.map((goal, index) => [goal.id, index]));

  return {
    municipality,
    committee,
    points,
    scales,
    byMonth,
    units,
    areaRows,
    goalRows,
    goalDepth,
    links,
    activityRows,
    values,
    targets,
    exported,
    keyOfIndicator,
    keyOfArea,
    keyOfGoal,
    assignmentRows,
    assignmentGoalRows,
    reports,
    documentRows,
    documentKey,
    assessments,
    goalOrder,
  };
}
