import type { AdoptionChecklistView } from '@styr/shared/contracts/adoption';
import { type AdoptionCounts, adoptionChecklist } from '@styr/shared/domain/adoption-checklist';
import { controlPlanDocument } from '@styr/shared/domain/risk';
import type { Deps } from '../../deps.ts';
import { lastFollowUp, type YearScope } from '../authority/index.ts';
import { documentKindFor, getDocumentOverview } from '../documents/index.ts';
import { assertDocumentName, getCompleteness, loadCommitteeYear } from '../plan/index.ts';

const none = { done: 0, total: 0 };

/**
 * What the plan or follow-up holds, counted the way the follow-up's completeness counts it. `readers` reads from
 * `deps.db`, which the adoption hands its transaction so the refusal and the frozen data agree.
 */
export async function adoptionCounts(
  readers: Deps,
  scope: YearScope,
  document: string,
): Promise<AdoptionCounts> {
  await assertDocumentName(readers.db, scope.municipalityId, document);
  const annualReport = document === (await lastFollowUp(readers.db, scope.municipalityId));
  const base = { document, annualReport };
  // The internal control plan holds risks and their controls, which the checklist does not count.
  if (document === controlPlanDocument)
    return { ...base, goalAreas: 0, goals: none, indicators: none, assignments: none, activities: 0 };
  if (document === 'plan') {
    const data = await loadCommitteeYear(readers, scope);
    const all = (total: number) => ({ done: 0, total });
    return {
      ...base,
      goalAreas: data.areaRows.length,
      goals: all(data.goalRows.length),
      indicators: all(data.exported.length),
      assignments: all(data.assignmentRows.length),
      activities: data.activityRows.length,
    };
  }
  const completeness = await getCompleteness(readers, scope, document);
  return {
    ...base,
    goalAreas: new Set(completeness.goals.flatMap((goal) => (goal.goalArea ? [goal.goalArea] : []))).size,
    goals: completeness.summary.goals,
    indicators: completeness.summary.indicators,
    assignments: completeness.summary.assignments,
    activities: completeness.activities.length,
  };
}

/** The checklist the adoption dialog shows: what blocks, what is missing, and what the document will hold. */
export async function getAdoptionChecklist(
  deps: Deps,
  scope: YearScope,
  document: string,
): Promise<AdoptionChecklistView> {
  const counts = await adoptionCounts(deps, scope, document);
  const kind = await documentKindFor(deps.db, scope.municipalityId, document);
  const chapters = kind ? (await getDocumentOverview(deps, scope, kind)).chapters : [];
  const emptyChapters = chapters
    .filter((chapter) => chapter.lacking !== null)
    .map((chapter) => `${chapter.number} ${chapter.title}`.trim());
  const { goalAreas, goals, indicators, assignments, activities } = counts;
  return {
    document,
    ...adoptionChecklist(counts, emptyChapters),
    contents: { goalAreas, goals, indicators, assignments, activities },
    chapters: chapters.map(({ number, title, lacking }) => ({ number, title, lacking })),
  };
}
