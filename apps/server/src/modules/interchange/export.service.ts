import type { CommitteeYear } from '@styr/shared/contracts/interchange';
import { snapshotOf } from '@styr/shared/domain/assessment';
import type { Deps } from '../../deps.ts';
import { readActionPlans } from '../action-plans/index.ts';
import {
  type ExportScope,
  loadCommitteeYear,
  presentTarget,
  readIndicatorUnits,
  readKeyFigureDefinitions,
} from '../plan/index.ts';
import { exportEconomy } from './export-economy.ts';
import { compareText, inOrder } from './export-order.ts';
import { exportRisks } from './export-risks.ts';
import { readDocumentTexts } from './write-document-texts.ts';

/** The municipality's definitions the measures follow, in its order; nothing when they follow none. */
async function definitionsFollowed(
  deps: Deps,
  municipalityId: string,
  measures: readonly { definitionKey: string | null }[],
) {
  const followed = new Set(
    measures.flatMap((measure) => (measure.definitionKey ? [measure.definitionKey] : [])),
  );
  if (followed.size === 0) return {};
  const all = await readKeyFigureDefinitions(deps.db, municipalityId);
  return { keyFigureDefinitions: all.filter((definition) => followed.has(definition.key)) };
}

/**
 * One committee's year in the open format, with every object's id, in a fixed
 * order, so the same data always gives the same document.
 */
export async function exportCommitteeYear(deps: Deps, scope: ExportScope): Promise<CommitteeYear> {
  const { year } = scope;
  const {
    municipality,
    committee,
    points,
    scales,
    byMonth,
    units,
    areaRows: storedAreas,
    goalRows: storedGoals,
    links,
    activityRows: storedActivities,
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
  } = await loadCommitteeYear(deps, scope);
  // Ties in the stored order are broken by key, so the same data always gives the same document.
  const areaRows = inOrder(storedAreas);
  // Already in hierarchy order, ties broken by key.
  const goalRows = storedGoals;
  const activityRows = inOrder(storedActivities);
  const goalOrder = new Map(goalRows.map((goal, index) => [goal.id, index]));
  const linkOrder = (link: (typeof links)[number]) =>
    [link.sortOrder, keyOfIndicator.get(link.indicatorId) ?? ''] as const;
  const riskPart = await exportRisks(deps, scope, keyOfGoal);
  const economy = await exportEconomy(deps.db, scope);
  return {
    format: 'styr/committee-year',
    formatVersion: 1,
    municipality: {
      id: municipality.id,
      name: municipality.name,
      koladaId: municipality.koladaId,
      followUpPoints: points.map(({ key, name, month }) => ({ key, name, month })),
      indicatorUnits: await readIndicatorUnits(deps.db, scope.municipalityId),
      // Only the definitions the year's measures follow, so the file stands alone without the whole catalogue.
      ...(await definitionsFollowed(deps, scope.municipalityId, exported)),
      assessmentScales: scales.map((scale) => ({
        ...snapshotOf(scale),
        followUpPoints: [...scale.followUpPoints],
      })),
      ...riskPart.settings,
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
      parent: goal.parentGoalId ? (keyOfGoal.get(goal.parentGoalId) ?? null) : null,
      focus: goal.focus,
      planText: goal.planText,
      indicators: links
        .filter((link) => link.goalId === goal.id)
        .map(linkOrder)
        .sort(([a, keyA], [b, keyB]) => a - b || compareText(keyA, keyB))
        .map(([, key]) => key),
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
      ...(indicator.definitionKey !== null && { definitionKey: indicator.definitionKey }),
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
      goalArea: yearRow.goalAreaId ? (keyOfArea.get(yearRow.goalAreaId) ?? null) : null,
      goals: assignmentGoalRows
        .filter((link) => link.assignmentId === assignment.id)
        .map((link) => [link.sortOrder, keyOfGoal.get(link.goalId) as string] as const)
        .sort(([a, keyA], [b, keyB]) => a - b || compareText(keyA, keyB))
        .map(([, key]) => key),
      category: assignment.category,
      labels: assignment.labels,
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
    documents: documentRows.map((row) => ({
      document: row.document,
      status: row.status,
      decision:
        row.decisionDate && row.decisionParagraph
          ? { date: row.decisionDate, paragraph: row.decisionParagraph }
          : null,
      ...(row.status === 'adopted' &&
        row.assessmentScale && { assessmentScale: snapshotOf(row.assessmentScale) }),
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
    risks: riskPart.risks,
    ...(economy && { economy }),
    documentTexts: await readDocumentTexts(deps.db, scope),
    actionPlans: (await readActionPlans(deps.db, scope)).map(
      ({ version: _version, sums: _sums, ...plan }) => plan,
    ),
  };
}
