import type { Completeness } from '@styr/shared/contracts/plan';
import { eq } from 'drizzle-orm';
import { orgNodes } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { notFound } from '../../errors.ts';
import { lastFollowUp, type YearScope } from '../authority/index.ts';
import { loadCommitteeYear } from './committee-year.queries.ts';
import { assertDocumentName } from './documents.service.ts';

function progress<T>(items: readonly T[], done: (item: T) => boolean) {
  return { done: items.filter(done).length, total: items.length };
}

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

  const goals = data.goalRows.map((goal) => {
    const assessment = data.assessments.find(
      (row) => row.goalId === goal.id && row.documentId === documentId,
    );
    return {
      id: goal.id,
      title: goal.title,
      goalArea: goal.goalAreaId ? (areaName.get(goal.goalAreaId) ?? null) : null,
      assessed: assessment !== undefined,
      level: assessment?.level ?? null,
    };
  });
  const assignments = data.assignmentRows.map(({ assignment }) => ({
    id: assignment.id,
    title: assignment.title,
    status:
      data.reports.find((row) => row.assignmentId === assignment.id && row.followUp === followUp)?.status ??
      null,
  }));
  const indicators = data.exported.map((indicator) => {
    const value = data.values.find(
      (row) =>
        row.indicatorId === indicator.id &&
        row.year === scope.year &&
        row.period === period &&
        row.gender === 'T',
    );
    return {
      id: indicator.id,
      name: indicator.name,
      reported: value !== undefined,
      value: value?.value == null ? null : Number(value.value),
    };
  });
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
    summary: {
      goals: progress(goals, (goal) => goal.assessed),
      assignments: progress(assignments, (assignment) => assignment.status !== null),
      indicators: progress(indicators, (indicator) => indicator.reported),
      activities: progress(activities, (activity) => activity.status === 'done'),
    },
  };
}
