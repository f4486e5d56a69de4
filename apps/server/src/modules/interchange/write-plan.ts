import type { CommitteeYear } from '@styr/shared/contracts/interchange';
import type { MunicipalitySettings } from '@styr/shared/domain/interchange';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { insertRows, lastByKey } from '../../db/batch.ts';
import type { Tx } from '../../db/executor.ts';
import {
  activities,
  assignmentYears,
  goalAreas,
  goalAssessments,
  goalIndicators,
  goals,
  planDocuments,
} from '../../db/schema/index.ts';
import { sanitizeRichText } from '../../rich-text.ts';
import { documentId, reportScale } from '../plan/index.ts';
import { activityId, goalAreaId, goalId } from './import-ids.ts';

export interface YearScope {
  municipalityId: string;
  committeeId: string;
  year: number;
}

/**
 * The year's plan is replaced as a whole: goal areas and goals not in the file
 * are removed with their activities and assessments, the rest written as given.
 * Returns the ids of the goals and of the goal areas, by key.
 */
export async function writePlan(
  tx: Tx,
  scope: YearScope,
  document: CommitteeYear,
  refs: { units: Map<string, string>; indicators: Map<string, string> },
  now: Date,
): Promise<{ goals: Map<string, string>; areas: Map<string, string> }> {
  const { municipalityId, committeeId, year } = scope;
  const inYear = (table: typeof goals | typeof goalAreas) =>
    and(eq(table.municipalityId, municipalityId), eq(table.committeeId, committeeId), eq(table.year, year));
  // Assignments are written after the plan and link to the goal areas again.
  await tx
    .update(assignmentYears)
    .set({ goalAreaId: null })
    .where(
      and(
        eq(assignmentYears.municipalityId, municipalityId),
        inArray(
          assignmentYears.goalAreaId,
          tx.select({ id: goalAreas.id }).from(goalAreas).where(inYear(goalAreas)),
        ),
      ),
    );
  await tx.delete(goals).where(inYear(goals));
  await tx.delete(goalAreas).where(inYear(goalAreas));

  const areaIds = new Map<string, string>();
  const areaRows = document.goalAreas.map((area, sortOrder) => {
    const id = goalAreaId(scope, area);
    areaIds.set(area.key, id);
    return {
      municipalityId,
      id,
      committeeId,
      year,
      key: area.key,
      name: area.name,
      description: area.description ?? null,
      responsible: area.responsible ?? null,
      processLead: area.processLead ?? null,
      programmes: area.programmes ?? [],
      sortOrder,
      createdAt: now,
      updatedAt: now,
    };
  });
  await insertRows(tx, goalAreas, areaRows);

  const goalIds = new Map(document.goals.map((goal) => [goal.key, goalId(scope, goal)]));
  // One statement inserts every goal, so a parent listed after its child is in place when the key is checked.
  const goalRows = document.goals.map((goal, sortOrder) => {
    const id = goalIds.get(goal.key) as string;
    return {
      municipalityId,
      id,
      committeeId,
      year,
      key: goal.key,
      kind: goal.kind,
      title: goal.title,
      goalAreaId: goal.goalArea ? (areaIds.get(goal.goalArea) ?? null) : null,
      parentGoalId: goal.parent ? (goalIds.get(goal.parent) ?? null) : null,
      focus: goal.focus ?? null,
      planText: sanitizeRichText(goal.planText ?? null),
      sortOrder,
      createdAt: now,
      updatedAt: now,
    };
  });
  await insertRows(tx, goals, goalRows);

  const links = document.goals.flatMap((goal) =>
    lastByKey(goal.indicators ?? [], (key) => key).map((key, position) => ({
      municipalityId,
      goalId: goalIds.get(goal.key) as string,
      indicatorId: refs.indicators.get(key) as string,
      sortOrder: position,
    })),
  );
  await insertRows(tx, goalIndicators, links);

  const activityRows = document.goals.flatMap((entry) => {
    const goal = goalIds.get(entry.key) as string;
    return (entry.activities ?? []).map((activity, position) => ({
      municipalityId,
      id: activityId(goal, activity),
      goalId: goal,
      key: activity.key,
      title: activity.title,
      ownerNodeId: activity.owner ? (refs.units.get(activity.owner) ?? null) : null,
      due: activity.due ?? null,
      status: activity.status ?? 'notStarted',
      sortOrder: position,
      createdAt: now,
      updatedAt: now,
    }));
  });
  await insertRows(tx, activities, activityRows);
  return { goals: goalIds, areas: areaIds };
}

/**
 * Documents the file lists, plus a draft for every follow-up it assesses goals in but does not list. An adopted
 * follow-up keeps the scale the file says it was adopted with, else the one its assessments are read by now.
 */
export async function writeDocuments(
  tx: Tx,
  scope: YearScope,
  document: CommitteeYear,
  settings: MunicipalitySettings,
  now: Date,
): Promise<Map<string, string>> {
  const kept = (entry: CommitteeYear['documents'][number]) => {
    if (entry.status !== 'adopted') return null;
    if (entry.assessmentScale) return entry.assessmentScale;
    return settings.followUpKeys.has(entry.document)
      ? reportScale(settings.scales, entry.document, undefined)
      : null;
  };
  const listed = new Map(document.documents.map((entry) => [entry.document, entry]));
  for (const assessment of document.assessments) {
    if (!listed.has(assessment.followUp))
      listed.set(assessment.followUp, { document: assessment.followUp, status: 'draft' });
  }
  const rows = [...listed.values()].map((entry) => ({
    ...scope,
    id: documentId(scope, entry.document),
    document: entry.document,
    status: entry.status,
    decisionDate: entry.decision?.date ?? null,
    decisionParagraph: entry.decision?.paragraph ?? null,
    assessmentScale: kept(entry),
    createdAt: now,
    updatedAt: now,
  }));
  const ids = new Map<string, string>();
  if (rows.length === 0) return ids;
  // A document first written by the web keeps its id: the stored id is what the upsert returns.
  const stored = await tx
    .insert(planDocuments)
    .values(rows)
    .onConflictDoUpdate({
      target: [
        planDocuments.municipalityId,
        planDocuments.committeeId,
        planDocuments.year,
        planDocuments.document,
      ],
      set: {
        status: sql`excluded.status`,
        decisionDate: sql`excluded.decision_date`,
        decisionParagraph: sql`excluded.decision_paragraph`,
        // A scale once kept by an adopted report stays; the frozen checks keep such a report from changing.
        assessmentScale: sql`case when excluded.status = 'adopted' then coalesce(${planDocuments.assessmentScale}, excluded.assessment_scale) end`,
        updatedAt: sql`excluded.updated_at`,
      },
    })
    .returning({ id: planDocuments.id, document: planDocuments.document });
  for (const row of stored) ids.set(row.document, row.id);
  return ids;
}

export async function writeAssessments(
  tx: Tx,
  municipalityId: string,
  document: CommitteeYear,
  refs: { goals: Map<string, string>; documents: Map<string, string> },
  now: Date,
): Promise<void> {
  const rows = document.assessments.map((assessment) => ({
    municipalityId,
    goalId: refs.goals.get(assessment.goal) as string,
    documentId: refs.documents.get(assessment.followUp) as string,
    level: assessment.level,
    analysis: sanitizeRichText(assessment.analysis ?? null),
    createdAt: now,
    updatedAt: now,
  }));
  await insertRows(tx, goalAssessments, rows);
}
