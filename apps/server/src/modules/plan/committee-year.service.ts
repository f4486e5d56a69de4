import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import { resolveDocumentLabels } from '@styr/shared/domain/document-labels';
import { statusInYear } from '@styr/shared/domain/indicator-values';
import type { Deps } from '../../deps.ts';
import { reportScale } from './assessment-scales.ts';
import { type ExportScope, loadCommitteeYear } from './committee-year.queries.ts';
import { presentDocument } from './documents.service.ts';
import { presentValue } from './indicator-values.service.ts';
import { presentTarget } from './present-target.ts';

/** A committee's year as the web app shows it: the plan, every follow-up's assessments and reports, statuses computed. */
export async function getCommitteeYearView(deps: Deps, scope: ExportScope): Promise<CommitteeYearView> {
  const data = await loadCommitteeYear(deps, scope);
  const monthOf = (period: string) => data.points.find((point) => point.key === period)?.month ?? 13;
  const documentOf = new Map(data.documentRows.map((row) => [row.id, row.document]));

  const indicators = data.exported.map((indicator) => {
    const values = data.values
      .filter((row) => row.indicatorId === indicator.id)
      .sort(
        (a, b) =>
          a.year - b.year || monthOf(a.period) - monthOf(b.period) || a.gender.localeCompare(b.gender),
      )
      .map(presentValue);
    const targets = data.targets
      .filter((row) => row.indicatorId === indicator.id)
      .sort((a, b) => a.year - b.year)
      .map((row) => ({ year: row.year, target: presentTarget(row) }));
    const series = { ...indicator, values, targets };
    return {
      id: indicator.id,
      key: indicator.key,
      name: indicator.name,
      unit: indicator.unit,
      valueKind: indicator.valueKind,
      decimals: indicator.decimals,
      direction: indicator.direction,
      source: indicator.source,
      sourceReference: indicator.sourceReference,
      definition: indicator.definition,
      definitionKey: indicator.definitionKey,
      values,
      targets,
      status: statusInYear(series, scope.year, data.points),
      version: indicator.version,
    };
  });

  return {
    committee: { id: data.committee.id, name: data.committee.name },
    year: scope.year,
    followUpPoints: data.points.map(({ key, name, month }) => ({ key, name, month })),
    assessmentScales: Object.fromEntries(
      data.points.flatMap((point) => {
        const stored = data.documentRows.find((row) => row.document === point.key);
        const scale = reportScale(data.scales, point.key, stored);
        return scale ? [[point.key, scale]] : [];
      }),
    ),
    documents: data.documentRows.map(presentDocument),
    goalAreas: data.areaRows.map((area) => ({
      id: area.id,
      key: area.key,
      name: area.name,
      description: area.description,
      responsible: area.responsible,
      processLead: area.processLead,
      programmes: area.programmes,
      version: area.version,
    })),
    goals: data.goalRows.map((goal) => ({
      id: goal.id,
      key: goal.key,
      kind: goal.kind,
      title: goal.title,
      goalAreaId: goal.goalAreaId,
      parentGoalId: goal.parentGoalId,
      depth: data.goalDepth.get(goal.id) ?? 0,
      focus: goal.focus,
      planText: goal.planText,
      indicatorIds: data.links.filter((link) => link.goalId === goal.id).map((link) => link.indicatorId),
      activities: data.activityRows
        .filter((activity) => activity.goalId === goal.id)
        .map(({ id, title, ownerNodeId, due, status, version }) => ({
          id,
          title,
          ownerNodeId,
          due,
          status,
          version,
        })),
      assessments: data.assessments
        .filter((row) => row.goalId === goal.id)
        .map((row) => ({
          followUp: documentOf.get(row.documentId) ?? '',
          level: row.level,
          analysis: row.analysis,
          version: row.version,
        }))
        .sort((a, b) => monthOf(a.followUp) - monthOf(b.followUp)),
      version: goal.version,
    })),
    indicators,
    assignments: data.assignmentRows.map(({ assignment, yearRow }) => ({
      id: assignment.id,
      key: assignment.key,
      title: assignment.title,
      description: assignment.description,
      source: assignment.source,
      decisionReference: assignment.decisionReference,
      yearGiven: assignment.yearGiven,
      alsoGivenTo: assignment.alsoGivenTo,
      coordinatedBy: assignment.coordinatedBy,
      category: assignment.category,
      labels: assignment.labels,
      goalIds: data.assignmentGoalRows
        .filter((link) => link.assignmentId === assignment.id)
        .map((link) => link.goalId),
      goalAreaId: yearRow.goalAreaId,
      planText: yearRow.planText,
      carriedOver: yearRow.carriedOver,
      reports: data.reports
        .filter((report) => report.assignmentId === assignment.id)
        .sort((a, b) => monthOf(a.followUp) - monthOf(b.followUp))
        .map(({ followUp, status, proposedClosed, comment, version }) => ({
          followUp,
          status,
          proposedClosed,
          comment,
          version,
        })),
      version: assignment.version,
    })),
    labels: resolveDocumentLabels(data.municipality.documentLabels),
  };
}
