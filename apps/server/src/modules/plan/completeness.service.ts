import type { Completeness } from '@styr/shared/contracts/plan';
import { followUpProgress, isAssessedIn, outcomeIn, outcomeRowIn } from '@styr/shared/domain/plan-counts';
import { eq } from 'drizzle-orm';
import { orgNodes } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { notFound } from '../../errors.ts';
import { lastFollowUp, type YearScope } from '../authority/index.ts';
import { loadCommitteeYear } from './committee-year.queries.ts';
import { assertDocumentName } from './documents.service.ts';
import { presentValue } from './indicator-values.service.ts';

/**
 * What a follow-up holds and lacks, item by item: assessed goals, reported
 * assignments, indicator values for the follow-up's period, and where every
 * activity stands and when it last changed.
 */
export async function getCompleteness(deps: Deps, scope: YearScope, followUp: string): Promise<Completeness> {
  if (followUp === 'plan') throw notFound('Uppföljningen');
  await assertDocumentName(deps.db, scope.municipalityId, followUp);
  const data = await loadCommitteeYear(deps, scope);
  const period = followUp === (await lastFollowUp(deps.db, scope.municipalityId)) ? 'year' : followUp;
  const documentId = data.documentRows.find((row) => row.document === followUp)?.id;
  const areaName = new Map(data.areaRows.map((area) => [area.id, area.name]));
  const goalTitle = new Map(data.goalRows.map((goal) => [goal.id, goal.title]));
  const units = await deps.db
    .select({ id: orgNodes.id, name: orgNodes.name })
    .from(orgNodes)
    .where(eq(orgNodes.municipalityId, scope.municipalityId));
  const unitName = new Map(units.map((unit) => [unit.id, unit.name]));

  // The objects in the shape the shared counting rules read, so this page counts as the overview does.
  const set = {
    goals: data.goalRows.map((goal) => ({
      goal,
      assessments: data.assessments
        .filter((row) => row.goalId === goal.id && row.documentId === documentId)
        .map((row) => ({ followUp, level: row.level })),
      activities: data.activityRows.filter((activity) => activity.goalId === goal.id),
    })),
    indicators: data.exported.map((indicator) => ({
      indicator,
      values: data.values.filter((row) => row.indicatorId === indicator.id).map(presentValue),
    })),
    assignments: data.assignmentRows.map(({ assignment }) => ({
      assignment,
      reports: data.reports.filter((row) => row.assignmentId === assignment.id),
    })),
  };

  const goals = set.goals.map(({ goal, assessments }) => ({
    id: goal.id,
    title: goal.title,
    goalArea: goal.goalAreaId ? (areaName.get(goal.goalAreaId) ?? null) : null,
    assessed: isAssessedIn({ assessments }, followUp),
    level: assessments[0]?.level ?? null,
  }));
  const assignments = set.assignments.map(({ assignment, reports }) => ({
    id: assignment.id,
    title: assignment.title,
    status: reports.find((row) => row.followUp === followUp)?.status ?? null,
  }));
  const indicators = set.indicators.map(({ indicator, values }) => ({
    id: indicator.id,
    name: indicator.name,
    outcome: outcomeIn(values, scope.year, period),
    value: outcomeRowIn(values, scope.year, period)?.value ?? null,
  }));
  const activities = data.activityRows.map((activity) => ({
    id: activity.id,
    title: activity.title,
    goal: goalTitle.get(activity.goalId) ?? '',
    owner: activity.ownerNodeId
      ? { id: activity.ownerNodeId, name: unitName.get(activity.ownerNodeId) ?? '' }
      : null,
    status: activity.status,
    updatedAt: activity.updatedAt.toISOString(),
  }));
  return {
    followUp,
    period,
    goals,
    assignments,
    indicators,
    activities,
    summary: followUpProgress(set, { followUp, year: scope.year, period }),
  };
}
