import type { CommitteeYear } from '@styr/shared/contracts/interchange';
import { pathTo } from '@styr/shared/domain/org';
import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import {
  activities,
  assessmentLevels,
  assignmentReports,
  assignments,
  assignmentYears,
  followUpPoints,
  goalAreas,
  goalAssessments,
  goalIndicators,
  goals,
  indicators,
  indicatorTargets,
  indicatorValues,
  municipalities,
  orgNodes,
  planDocuments,
} from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { notFound } from '../../errors.ts';
import { presentTarget } from './present-target.ts';

export interface ExportScope {
  municipalityId: string;
  committeeId: string;
  year: number;
}

/**
 * One committee's year in the open format, with every object's id, in a fixed
 * order, so the same data always gives the same document.
 */
export async function exportCommitteeYear(deps: Deps, scope: ExportScope): Promise<CommitteeYear> {
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
  const levels = await db
    .select()
    .from(assessmentLevels)
    .where(eq(assessmentLevels.municipalityId, municipalityId))
    .orderBy(asc(assessmentLevels.sortOrder));
  const monthOf = new Map(points.map((point) => [point.key, point.month]));
  const byMonth = (a: string, b: string) =>
    (monthOf.get(a) ?? 13) - (monthOf.get(b) ?? 13) || a.localeCompare(b);

  const byId = new Map(nodes.map((node) => [node.id, node]));
  const units = nodes
    .filter((node) => node.id !== committeeId && pathTo(byId, node.id)[0] === committeeId)
    .map((node) => ({ node, path: pathTo(byId, node.id) }))
    .sort(
      (a, b) =>
        a.path.length - b.path.length ||
        a.node.sortOrder - b.node.sortOrder ||
        a.node.id.localeCompare(b.node.id),
    )
    .map(({ node }) => ({
      id: node.id,
      key: node.id,
      kind: node.kind as 'administration' | 'department' | 'unit',
      name: node.name,
      shortName: node.shortName,
      parent: node.parentId === committeeId ? null : node.parentId,
      validFrom: node.validFrom,
      validTo: node.validTo,
    }));

  const inYear = and(
    eq(goals.municipalityId, municipalityId),
    eq(goals.committeeId, committeeId),
    eq(goals.year, year),
  );
  const areaRows = await db
    .select()
    .from(goalAreas)
    .where(
      and(
        eq(goalAreas.municipalityId, municipalityId),
        eq(goalAreas.committeeId, committeeId),
        eq(goalAreas.year, year),
      ),
    )
    .orderBy(asc(goalAreas.sortOrder));
  const goalRows = await db.select().from(goals).where(inYear).orderBy(asc(goals.sortOrder));
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
  const indicatorRows = await db
    .select()
    .from(indicators)
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
  const exported = indicatorRows.filter(
    (indicator) => linked.has(indicator.id) || usedThisYear.has(indicator.id),
  );
  const keyOfIndicator = new Map(indicatorRows.map((indicator) => [indicator.id, indicator.key]));
  const keyOfArea = new Map(areaRows.map((area) => [area.id, area.key]));
  const keyOfGoal = new Map(goalRows.map((goal) => [goal.id, goal.key]));

  const assignmentRows = await db
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
        eq(assignmentYears.municipalityId, municipalityId),
        eq(assignments.committeeId, committeeId),
        eq(assignmentYears.year, year),
      ),
    )
    .orderBy(asc(assignmentYears.sortOrder), asc(assignments.key));
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
    format: 'styr/committee-year',
    formatVersion: 1,
    municipality: {
      id: municipality.id,
      name: municipality.name,
      koladaId: municipality.koladaId,
      followUpPoints: points.map(({ key, name, month }) => ({ key, name, month })),
      assessmentScale: levels.map(({ key, label, tone }) => ({ key, label, tone })),
    },
    committee: {
      id: committee.id,
      name: committee.name,
      shortName: committee.shortName,
      validFrom: committee.validFrom,
    },
    year,
    units,
    goalAreas: areaRows.map((area) => ({
      id: area.id,
      key: area.key,
      name: area.name,
      description: area.description,
      responsible: area.responsible,
      processLead: area.processLead,
      programmes: area.programmes,
    })),
    goals: goalRows.map((goal) => ({
      id: goal.id,
      key: goal.key,
      kind: goal.kind,
      title: goal.title,
      goalArea: goal.goalAreaId ? (keyOfArea.get(goal.goalAreaId) ?? null) : null,
      focus: goal.focus,
      planText: goal.planText,
      indicators: links
        .filter((link) => link.goalId === goal.id)
        .map((link) => keyOfIndicator.get(link.indicatorId) as string),
      activities: activityRows
        .filter((activity) => activity.goalId === goal.id)
        .map((activity) => ({
          id: activity.id,
          key: activity.key,
          title: activity.title,
          owner: activity.ownerNodeId,
          due: activity.due,
          status: activity.status,
        })),
    })),
    indicators: exported.map((indicator) => ({
      id: indicator.id,
      key: indicator.key,
      name: indicator.name,
      unit: indicator.unit,
      decimals: indicator.decimals,
      direction: indicator.direction,
      source: indicator.source,
      sourceReference: indicator.sourceReference,
      definition: indicator.definition,
      values: values
        .filter((row) => row.indicatorId === indicator.id)
        .sort((a, b) => a.year - b.year || byMonth(a.period, b.period) || a.gender.localeCompare(b.gender))
        .map((row) => ({
          year: row.year,
          period: row.period,
          gender: row.gender,
          value: row.value === null ? null : Number(row.value),
          note: row.note,
        })),
      targets: targets
        .filter((row) => row.indicatorId === indicator.id)
        .sort((a, b) => a.year - b.year)
        .map((row) => ({ year: row.year, target: presentTarget(row) })),
    })),
    assignments: assignmentRows.map(({ assignment, yearRow }) => ({
      id: assignment.id,
      key: assignment.key,
      title: assignment.title,
      description: assignment.description,
      source: assignment.source,
      decisionReference: assignment.decisionReference,
      yearGiven: assignment.yearGiven,
      alsoGivenTo: assignment.alsoGivenTo,
      coordinatedBy: assignment.coordinatedBy,
      planText: yearRow.planText,
      reports: reports
        .filter((report) => report.assignmentId === assignment.id)
        .sort((a, b) => byMonth(a.followUp, b.followUp))
        .map((report) => ({
          followUp: report.followUp,
          status: report.status,
          proposedClosed: report.proposedClosed,
          comment: report.comment,
        })),
    })),
    documents: documentRows
      .sort((a, b) =>
        a.document === 'plan' ? -1 : b.document === 'plan' ? 1 : byMonth(a.document, b.document),
      )
      .map((row) => ({
        document: row.document,
        status: row.status,
        decision:
          row.decisionDate && row.decisionParagraph
            ? { date: row.decisionDate, paragraph: row.decisionParagraph }
            : null,
      })),
    assessments: assessments
      .sort(
        (a, b) =>
          (goalOrder.get(a.goalId) ?? 0) - (goalOrder.get(b.goalId) ?? 0) ||
          byMonth(documentKey.get(a.documentId) ?? '', documentKey.get(b.documentId) ?? ''),
      )
      .map((row) => ({
        goal: keyOfGoal.get(row.goalId) as string,
        followUp: documentKey.get(row.documentId) as string,
        level: row.level,
        analysis: row.analysis,
      })),
  };
}
