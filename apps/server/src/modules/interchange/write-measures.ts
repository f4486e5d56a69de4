import type { CommitteeYear } from '@styr/shared/contracts/interchange';
import { insertRows } from '../../db/batch.ts';
import type { Tx } from '../../db/executor.ts';
import {
  assignmentGoals,
  assignmentReports,
  assignments,
  assignmentYears,
  indicators,
  indicatorTargets,
  indicatorValues,
} from '../../db/schema/index.ts';
import { sanitizeRichText } from '../../rich-text.ts';
import { targetColumns } from '../plan/index.ts';
import type { Frozen } from './import-frozen.ts';
import { assignmentId, indicatorId } from './import-ids.ts';
import type { YearScope } from './write-plan.ts';

/**
 * Indicators belong to the committee across years: they are updated, and the file's values and targets added or
 * replaced, except those of adopted documents, which the import has checked equal to the stored ones.
 */
export async function writeIndicators(
  tx: Tx,
  scope: YearScope,
  list: CommitteeYear['indicators'],
  now: Date,
  frozen: Frozen,
) {
  const { municipalityId, committeeId } = scope;
  const ids = new Map<string, string>();
  const rows = list.map((indicator) => {
    const id = indicatorId(scope, indicator);
    ids.set(indicator.key, id);
    return {
      municipalityId,
      id,
      committeeId,
      key: indicator.key,
      name: indicator.name,
      unit: indicator.unit,
      decimals: indicator.decimals,
      direction: indicator.direction,
      source: indicator.source,
      sourceReference: indicator.sourceReference ?? null,
      definition: indicator.definition ?? null,
      definitionKey: indicator.definitionKey ?? null,
      createdAt: now,
      updatedAt: now,
    };
  });
  await insertRows(tx, indicators, rows, {
    target: ['municipalityId', 'id'],
    set: [
      'name',
      'unit',
      'decimals',
      'direction',
      'source',
      'sourceReference',
      'definition',
      'definitionKey',
      'updatedAt',
    ],
  });

  const values = list.flatMap((indicator) =>
    indicator.values
      .flatMap((entry) => (frozen.value(entry.year, entry.period) ? [] : [entry]))
      .map((entry) => ({
        municipalityId,
        indicatorId: ids.get(indicator.key) as string,
        year: entry.year,
        period: entry.period,
        gender: entry.gender,
        value: entry.value === null ? null : String(entry.value),
        note: entry.note ?? null,
      })),
  );
  await insertRows(tx, indicatorValues, values, {
    target: ['municipalityId', 'indicatorId', 'year', 'period', 'gender'],
    set: ['value', 'note'],
  });

  const targets = list.flatMap((indicator) =>
    indicator.targets
      .flatMap((entry) => (frozen.target(entry.year) ? [] : [entry]))
      .map(({ year, target }) => ({
        municipalityId,
        indicatorId: ids.get(indicator.key) as string,
        year,
        ...targetColumns(target),
      })),
  );
  await insertRows(tx, indicatorTargets, targets, {
    target: ['municipalityId', 'indicatorId', 'year'],
    set: ['kind', 'value', 'relation', 'baseYear', 'yesNo'],
  });
  return ids;
}

/** Assignments live across years: the assignment is updated, this year's plan text and reports written. */
export async function writeAssignments(
  tx: Tx,
  scope: YearScope,
  list: CommitteeYear['assignments'],
  refs: { areas: Map<string, string>; goals: Map<string, string> },
  now: Date,
) {
  const { municipalityId, committeeId, year } = scope;
  const ids = list.map((assignment) => assignmentId(scope, assignment));
  const rows = list.map((assignment, index) => ({
    municipalityId,
    id: ids[index] as string,
    committeeId,
    key: assignment.key,
    title: assignment.title,
    description: assignment.description ?? null,
    source: assignment.source,
    decisionReference: assignment.decisionReference ?? null,
    yearGiven: assignment.yearGiven,
    alsoGivenTo: assignment.alsoGivenTo ?? [],
    coordinatedBy: assignment.coordinatedBy ?? null,
    category: assignment.category ?? null,
    labels: assignment.labels ?? [],
    createdAt: now,
    updatedAt: now,
  }));
  await insertRows(tx, assignments, rows, {
    target: ['municipalityId', 'id'],
    set: [
      'title',
      'description',
      'source',
      'decisionReference',
      'yearGiven',
      'alsoGivenTo',
      'coordinatedBy',
      'category',
      'labels',
      'updatedAt',
    ],
  });

  const years = list.map((assignment, sortOrder) => ({
    municipalityId,
    assignmentId: ids[sortOrder] as string,
    year,
    planText: sanitizeRichText(assignment.planText ?? null),
    goalAreaId: assignment.goalArea ? (refs.areas.get(assignment.goalArea) ?? null) : null,
    sortOrder,
  }));
  await insertRows(tx, assignmentYears, years, {
    target: ['municipalityId', 'assignmentId', 'year'],
    set: ['planText', 'goalAreaId', 'sortOrder'],
  });

  // The year's goals were written anew with the plan, so their links are gone: the file's are all there are.
  const served = list.flatMap((assignment, index) =>
    (assignment.goals ?? []).map((key, sortOrder) => ({
      municipalityId,
      assignmentId: ids[index] as string,
      goalId: refs.goals.get(key) as string,
      sortOrder,
    })),
  );
  await insertRows(tx, assignmentGoals, served);

  const reports = list.flatMap((assignment, index) =>
    assignment.reports.map((report) => ({
      municipalityId,
      assignmentId: ids[index] as string,
      year,
      followUp: report.followUp,
      status: report.status,
      proposedClosed: report.proposedClosed,
      comment: report.comment ?? null,
    })),
  );
  await insertRows(tx, assignmentReports, reports, {
    target: ['municipalityId', 'assignmentId', 'year', 'followUp'],
    set: ['status', 'proposedClosed', 'comment'],
  });
}
