import {
  type AssessmentScale,
  assessmentProblem,
  type ScaleSnapshot,
  scaleForFollowUp,
  snapshotOf,
} from '@styr/shared/domain/assessment';
import type { Problem } from '@styr/shared/domain/problem';
import { and, asc, eq, ne } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/executor.ts';
import {
  assessmentScales,
  followUpPoints,
  goalAssessments,
  orgNodes,
  planDocuments,
} from '../../db/schema/index.ts';

/** The municipality's scales in their order; the first serves every follow-up point no scale names. */
export async function readAssessmentScales(db: Executor, municipalityId: string): Promise<AssessmentScale[]> {
  const rows = await db
    .select()
    .from(assessmentScales)
    .where(eq(assessmentScales.municipalityId, municipalityId))
    .orderBy(asc(assessmentScales.sortOrder), asc(assessmentScales.key));
  return rows.map(({ key, name, levelRequired, followUpPoints: points, levels }) => ({
    ...snapshotOf({ key, name, levelRequired, levels }),
    followUpPoints: [...points],
  }));
}

/** Replaces the municipality's scales whole; adopted reports keep theirs, the caller checks the others fit. */
export async function replaceAssessmentScales(
  tx: Executor,
  municipalityId: string,
  scales: readonly AssessmentScale[],
): Promise<void> {
  await tx.delete(assessmentScales).where(eq(assessmentScales.municipalityId, municipalityId));
  if (scales.length === 0) return;
  await tx.insert(assessmentScales).values(
    scales.map((scale, sortOrder) => ({
      municipalityId,
      ...snapshotOf(scale),
      followUpPoints: [...scale.followUpPoints],
      sortOrder,
    })),
  );
}

/** The scale a document's assessments read by: the one it was adopted with, else the municipality's for it. */
export function reportScale(
  scales: readonly AssessmentScale[],
  document: string,
  stored: { status: string; assessmentScale: ScaleSnapshot | null } | undefined,
): ScaleSnapshot | null {
  // jsonb keeps keys in its own order; the snapshot is rebuilt so equal scales print equal.
  if (stored?.status === 'adopted' && stored.assessmentScale) return snapshotOf(stored.assessmentScale);
  const scale = scaleForFollowUp(scales, document);
  return scale && snapshotOf(scale);
}

/** The scale an adoption keeps: the follow-up point's scale; none for a document that is no follow-up. */
export async function scaleToKeep(tx: Tx, municipalityId: string, document: string) {
  const [point] = await tx
    .select({ key: followUpPoints.key })
    .from(followUpPoints)
    .where(and(eq(followUpPoints.municipalityId, municipalityId), eq(followUpPoints.key, document)));
  if (!point) return null;
  return reportScale(await readAssessmentScales(tx, municipalityId), document, undefined);
}

/**
 * Assessments in reports not yet adopted that the municipality's scales, as they now stand, no longer hold: a
 * level removed, or an assessment in words only where a level is now required. Each is refused at the scale of
 * its follow-up point (`path[index]`), naming the committee, year and follow-up, so nothing means nothing.
 */
export async function unfitAssessments(
  tx: Executor,
  municipalityId: string,
  scales: readonly AssessmentScale[],
  path: string,
): Promise<Problem[]> {
  const rows = await tx
    .selectDistinct({
      level: goalAssessments.level,
      analysis: goalAssessments.analysis,
      document: planDocuments.document,
      year: planDocuments.year,
      committee: orgNodes.name,
    })
    .from(goalAssessments)
    .innerJoin(
      planDocuments,
      and(
        eq(planDocuments.municipalityId, goalAssessments.municipalityId),
        eq(planDocuments.id, goalAssessments.documentId),
      ),
    )
    .innerJoin(
      orgNodes,
      and(
        eq(orgNodes.municipalityId, planDocuments.municipalityId),
        eq(orgNodes.id, planDocuments.committeeId),
      ),
    )
    .where(and(eq(goalAssessments.municipalityId, municipalityId), ne(planDocuments.status, 'adopted')))
    .orderBy(asc(orgNodes.name), asc(planDocuments.year), asc(planDocuments.document));
  const problems = new Map<string, Problem>();
  for (const row of rows) {
    const scale = scaleForFollowUp(scales, row.document);
    if (!assessmentProblem(scale, row.level, row.analysis)) continue;
    const at = `${path}[${scale ? scales.indexOf(scale) : 0}]`;
    const where = `${row.committee} ${row.year} (${row.document})`;
    const problem: Problem =
      row.level === null
        ? {
            path: `${at}.levelRequired`,
            message: `Målbedömningar utan nivå finns i rapporter som inte är fastställda, t.ex. ${where}; skalan måste tillåta bedömning utan nivå`,
          }
        : {
            path: `${at}.levels`,
            message: `Nivån ”${row.level}” används av målbedömningar i rapporter som inte är fastställda, t.ex. ${where}; den kan inte tas bort`,
          };
    const slot = `${problem.path}/${row.level}`;
    if (!problems.has(slot)) problems.set(slot, problem);
  }
  return [...problems.values()];
}
