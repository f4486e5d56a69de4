import type { CommitteeYear } from '@styr/shared/contracts/interchange';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/connect.ts';
import {
  assignmentReports,
  assignments,
  assignmentYears,
  indicators,
  indicatorTargets,
  indicatorValues,
} from '../../db/schema/index.ts';
import { sanitizeRichText } from '../../rich-text.ts';
import { stableId } from './stable-ids.ts';
import type { YearScope } from './write-plan.ts';

const excluded = (column: string) => sql.raw(`excluded.${column}`);

/** Indicators belong to the committee across years: they are updated, and the file's values and targets added or replaced. */
export async function writeIndicators(
  tx: Tx,
  scope: YearScope,
  list: CommitteeYear['indicators'],
  now: Date,
) {
  const { municipalityId, committeeId } = scope;
  const ids = new Map<string, string>();
  for (const indicator of list) {
    const id = indicator.id ?? stableId(municipalityId, committeeId, 'indicator', indicator.key);
    ids.set(indicator.key, id);
    const fields = {
      name: indicator.name,
      unit: indicator.unit,
      decimals: indicator.decimals,
      direction: indicator.direction,
      source: indicator.source,
      sourceReference: indicator.sourceReference ?? null,
      definition: indicator.definition ?? null,
      updatedAt: now,
    };
    await tx
      .insert(indicators)
      .values({ municipalityId, id, committeeId, key: indicator.key, ...fields, createdAt: now })
      .onConflictDoUpdate({ target: [indicators.municipalityId, indicators.id], set: fields });
    if (indicator.values.length > 0) {
      await tx
        .insert(indicatorValues)
        .values(
          indicator.values.map((entry) => ({
            municipalityId,
            indicatorId: id,
            year: entry.year,
            period: entry.period,
            gender: entry.gender,
            value: entry.value === null ? null : String(entry.value),
            note: entry.note ?? null,
          })),
        )
        .onConflictDoUpdate({
          target: [
            indicatorValues.municipalityId,
            indicatorValues.indicatorId,
            indicatorValues.year,
            indicatorValues.period,
            indicatorValues.gender,
          ],
          set: { value: excluded('value'), note: excluded('note') },
        });
    }
    for (const { year, target } of indicator.targets) {
      const row = {
        kind: target.kind,
        value: target.kind === 'numeric' ? String(target.value) : null,
        relation: target.kind === 'relative' ? target.relation : null,
        baseYear: target.kind === 'relative' ? target.baseYear : null,
        yesNo: target.kind === 'yesNo' ? target.value : null,
      };
      await tx
        .insert(indicatorTargets)
        .values({ municipalityId, indicatorId: id, year, ...row })
        .onConflictDoUpdate({
          target: [indicatorTargets.municipalityId, indicatorTargets.indicatorId, indicatorTargets.year],
          set: row,
        });
    }
  }
  return ids;
}

/** Assignments live across years: the assignment is updated, this year's plan text and reports written. */
export async function writeAssignments(
  tx: Tx,
  scope: YearScope,
  list: CommitteeYear['assignments'],
  areaIds: Map<string, string>,
  now: Date,
) {
  const { municipalityId, committeeId, year } = scope;
  for (const [sortOrder, assignment] of list.entries()) {
    const id = assignment.id ?? stableId(municipalityId, committeeId, 'assignment', assignment.key);
    const fields = {
      title: assignment.title,
      description: assignment.description ?? null,
      source: assignment.source,
      decisionReference: assignment.decisionReference ?? null,
      yearGiven: assignment.yearGiven,
      alsoGivenTo: assignment.alsoGivenTo ?? [],
      coordinatedBy: assignment.coordinatedBy ?? null,
      updatedAt: now,
    };
    await tx
      .insert(assignments)
      .values({ municipalityId, id, committeeId, key: assignment.key, ...fields, createdAt: now })
      .onConflictDoUpdate({ target: [assignments.municipalityId, assignments.id], set: fields });
    const yearFields = {
      planText: sanitizeRichText(assignment.planText ?? null),
      goalAreaId: assignment.goalArea ? (areaIds.get(assignment.goalArea) ?? null) : null,
      sortOrder,
    };
    await tx
      .insert(assignmentYears)
      .values({ municipalityId, assignmentId: id, year, ...yearFields })
      .onConflictDoUpdate({
        target: [assignmentYears.municipalityId, assignmentYears.assignmentId, assignmentYears.year],
        set: yearFields,
      });
    for (const report of assignment.reports) {
      const reportFields = {
        status: report.status,
        proposedClosed: report.proposedClosed,
        comment: report.comment ?? null,
      };
      await tx
        .insert(assignmentReports)
        .values({ municipalityId, assignmentId: id, year, followUp: report.followUp, ...reportFields })
        .onConflictDoUpdate({
          target: [
            assignmentReports.municipalityId,
            assignmentReports.assignmentId,
            assignmentReports.year,
            assignmentReports.followUp,
          ],
          set: reportFields,
        });
    }
  }
}
