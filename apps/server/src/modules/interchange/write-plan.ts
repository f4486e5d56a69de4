import type { CommitteeYear } from '@styr/shared/contracts/interchange';
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/connect.ts';
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
import { stableId } from './stable-ids.ts';

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
  for (const [sortOrder, area] of document.goalAreas.entries()) {
    const id = area.id ?? stableId(municipalityId, committeeId, String(year), 'goalArea', area.key);
    areaIds.set(area.key, id);
    await tx.insert(goalAreas).values({
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
    });
  }

  const goalIds = new Map<string, string>();
  for (const [sortOrder, goal] of document.goals.entries()) {
    const id = goal.id ?? stableId(municipalityId, committeeId, String(year), 'goal', goal.key);
    goalIds.set(goal.key, id);
    await tx.insert(goals).values({
      municipalityId,
      id,
      committeeId,
      year,
      key: goal.key,
      kind: goal.kind,
      title: goal.title,
      goalAreaId: goal.goalArea ? (areaIds.get(goal.goalArea) ?? null) : null,
      focus: goal.focus ?? null,
      planText: sanitizeRichText(goal.planText ?? null),
      sortOrder,
      createdAt: now,
      updatedAt: now,
    });
    for (const [position, key] of (goal.indicators ?? []).entries()) {
      const indicatorId = refs.indicators.get(key) as string;
      await tx
        .insert(goalIndicators)
        .values({ municipalityId, goalId: id, indicatorId, sortOrder: position });
    }
    for (const [position, activity] of (goal.activities ?? []).entries()) {
      await tx.insert(activities).values({
        municipalityId,
        id: activity.id ?? stableId(id, 'activity', activity.key),
        goalId: id,
        key: activity.key,
        title: activity.title,
        ownerNodeId: activity.owner ? (refs.units.get(activity.owner) ?? null) : null,
        due: activity.due ?? null,
        status: activity.status ?? 'notStarted',
        sortOrder: position,
        createdAt: now,
        updatedAt: now,
      });
    }
  }
  return { goals: goalIds, areas: areaIds };
}

/** A year's document has one id wherever it is first written: by an import or by the first write to it. */
export const documentId = (scope: YearScope, document: string) =>
  stableId(scope.municipalityId, scope.committeeId, String(scope.year), 'document', document);

/** Documents the file lists, plus a draft for every follow-up it assesses goals in but does not list. */
export async function writeDocuments(
  tx: Tx,
  scope: YearScope,
  document: CommitteeYear,
  now: Date,
): Promise<Map<string, string>> {
  const listed = new Map(document.documents.map((entry) => [entry.document, entry]));
  for (const assessment of document.assessments) {
    if (!listed.has(assessment.followUp))
      listed.set(assessment.followUp, { document: assessment.followUp, status: 'draft' });
  }
  const ids = new Map<string, string>();
  for (const entry of listed.values()) {
    const id = documentId(scope, entry.document);
    const values = {
      status: entry.status,
      decisionDate: entry.decision?.date ?? null,
      decisionParagraph: entry.decision?.paragraph ?? null,
      updatedAt: now,
    };
    const stored = await tx
      .insert(planDocuments)
      .values({ ...scope, id, document: entry.document, ...values, createdAt: now })
      .onConflictDoUpdate({
        target: [
          planDocuments.municipalityId,
          planDocuments.committeeId,
          planDocuments.year,
          planDocuments.document,
        ],
        set: values,
      })
      .returning({ id: planDocuments.id });
    ids.set(entry.document, stored[0]?.id ?? id);
  }
  return ids;
}

export async function writeAssessments(
  tx: Tx,
  municipalityId: string,
  document: CommitteeYear,
  refs: { goals: Map<string, string>; documents: Map<string, string> },
  now: Date,
): Promise<void> {
  for (const assessment of document.assessments) {
    await tx.insert(goalAssessments).values({
      municipalityId,
      goalId: refs.goals.get(assessment.goal) as string,
      documentId: refs.documents.get(assessment.followUp) as string,
      level: assessment.level,
      analysis: sanitizeRichText(assessment.analysis ?? null),
      createdAt: now,
      updatedAt: now,
    });
  }
}
