import type {
  Activity,
  Assessment,
  AssignmentReport,
  UpdateActivity,
  UpdateAssessment,
  UpdateAssignmentReport,
} from '@styr/shared/contracts/plan';
import { assessmentProblem } from '@styr/shared/domain/assessment';
import { and, eq } from 'drizzle-orm';
import { activities, assignmentReports, assignmentYears, goalAssessments } from '../../db/schema/index.ts';
import type { Actor, Deps } from '../../deps.ts';
import { AppError, notFound } from '../../errors.ts';
import { sanitizeRichText } from '../../rich-text.ts';
import { assertVersion } from '../../versioning.ts';
import { recordAudit, recordUpdate } from '../audit/index.ts';
import { assertMayWrite, lastFollowUp, type YearScope } from '../authority/index.ts';
import { readAssessmentScales, reportScale } from './assessment-scales.ts';
import { ensureDocument } from './documents.service.ts';
import { findActivity, findAssignment, findGoal } from './plan.queries.ts';

const staleNew = () =>
  new AppError(
    'VERSION_CONFLICT',
    'Uppgiften har tagits bort eller ändrats av någon annan. Läs in den igen.',
    { current: null },
  );

/** A goal's assessment in a follow-up: a level of the follow-up's scale (none where it allows) and an analysis. */
export async function setAssessment(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  target: { goalId: string; followUp: string },
  input: UpdateAssessment,
): Promise<Assessment> {
  return deps.db.transaction(async (tx) => {
    if (!(await findGoal(tx, scope, target.goalId))) throw notFound('Målet');
    if (target.followUp === 'plan') throw notFound('Uppföljningen');
    await assertMayWrite(tx, actor, { ...scope, document: target.followUp, permission: 'content.edit' });
    const now = deps.clock.now();
    const document = await ensureDocument(tx, scope, target.followUp, now);
    if (!document) throw new AppError('INTERNAL', 'Uppföljningen kunde inte skapas.');
    const scale = reportScale(
      await readAssessmentScales(tx, scope.municipalityId),
      target.followUp,
      document,
    );
    const analysis = sanitizeRichText(input.analysis);
    const problem = assessmentProblem(scale, input.level, analysis);
    if (problem) {
      const path = input.level === null && scale && !scale.levelRequired ? 'body.analysis' : 'body.level';
      throw new AppError('VALIDATION', 'Bedömningen passar inte uppföljningens bedömningsskala.', {
        details: [{ path, message: problem }],
      });
    }
    const key = and(
      eq(goalAssessments.municipalityId, scope.municipalityId),
      eq(goalAssessments.goalId, target.goalId),
      eq(goalAssessments.documentId, document.id),
    );
    const [stored] = await tx.select().from(goalAssessments).where(key).for('update');
    const present = (row: typeof goalAssessments.$inferSelect): Assessment => ({
      followUp: target.followUp,
      level: row.level,
      analysis: row.analysis,
      version: row.version,
    });
    if (stored) assertVersion(stored, input.version ?? 0, present);
    else if (input.version !== undefined) throw staleNew();
    const fields = { level: input.level, analysis, updatedAt: now };
    const [row] = stored
      ? await tx
          .update(goalAssessments)
          .set({ ...fields, version: stored.version + 1 })
          .where(key)
          .returning()
      : await tx
          .insert(goalAssessments)
          .values({
            municipalityId: scope.municipalityId,
            goalId: target.goalId,
            documentId: document.id,
            ...fields,
            createdAt: now,
          })
          .returning();
    if (!row) throw new AppError('INTERNAL', 'Bedömningen kunde inte sparas.');
    const after = present(row);
    const entity = {
      actor,
      at: now,
      entityType: 'goal_assessment',
      entityId: `${target.goalId}:${target.followUp}`,
      committeeId: scope.committeeId,
    };
    if (stored) await recordUpdate(tx, { ...entity, before: present(stored), after });
    else await recordAudit(tx, { ...entity, action: 'create', before: null, after });
    return after;
  });
}

/** An assignment's status and comment in a follow-up. */
export async function setAssignmentReport(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  target: { assignmentId: string; followUp: string },
  input: UpdateAssignmentReport,
): Promise<AssignmentReport> {
  return deps.db.transaction(async (tx) => {
    if (!(await findAssignment(tx, scope, target.assignmentId))) throw notFound('Uppdraget');
    const [inYear] = await tx
      .select({ year: assignmentYears.year })
      .from(assignmentYears)
      .where(
        and(
          eq(assignmentYears.municipalityId, scope.municipalityId),
          eq(assignmentYears.assignmentId, target.assignmentId),
          eq(assignmentYears.year, scope.year),
        ),
      );
    if (!inYear) throw notFound('Uppdraget');
    if (target.followUp === 'plan') throw notFound('Uppföljningen');
    await assertMayWrite(tx, actor, { ...scope, document: target.followUp, permission: 'content.edit' });
    const now = deps.clock.now();
    await ensureDocument(tx, scope, target.followUp, now);
    const key = and(
      eq(assignmentReports.municipalityId, scope.municipalityId),
      eq(assignmentReports.assignmentId, target.assignmentId),
      eq(assignmentReports.year, scope.year),
      eq(assignmentReports.followUp, target.followUp),
    );
    const [stored] = await tx.select().from(assignmentReports).where(key).for('update');
    const present = ({
      followUp,
      status,
      proposedClosed,
      comment,
      version,
    }: typeof assignmentReports.$inferSelect) => ({
      followUp,
      status,
      proposedClosed,
      comment,
      version,
    });
    if (stored) assertVersion(stored, input.version ?? 0, present);
    else if (input.version !== undefined) throw staleNew();
    const fields = { status: input.status, proposedClosed: input.proposedClosed, comment: input.comment };
    const [row] = stored
      ? await tx
          .update(assignmentReports)
          .set({ ...fields, version: stored.version + 1 })
          .where(key)
          .returning()
      : await tx
          .insert(assignmentReports)
          .values({
            municipalityId: scope.municipalityId,
            assignmentId: target.assignmentId,
            year: scope.year,
            followUp: target.followUp,
            ...fields,
          })
          .returning();
    if (!row) throw new AppError('INTERNAL', 'Rapporten kunde inte sparas.');
    const after = present(row);
    const entity = {
      actor,
      at: now,
      entityType: 'assignment_report',
      entityId: `${target.assignmentId}:${scope.year}:${target.followUp}`,
      committeeId: scope.committeeId,
    };
    if (stored) await recordUpdate(tx, { ...entity, before: present(stored), after });
    else await recordAudit(tx, { ...entity, action: 'create', before: null, after });
    return after;
  });
}

/** An activity's status; reported on through the year until the year's last follow-up is adopted. */
export async function setActivityStatus(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  activityId: string,
  input: UpdateActivity,
): Promise<Activity> {
  return deps.db.transaction(async (tx) => {
    const found = await findActivity(tx, scope, activityId, true);
    if (!found) throw notFound('Aktiviteten');
    await assertMayWrite(tx, actor, {
      ...scope,
      document: await lastFollowUp(tx, scope.municipalityId),
      nodeId: found.activity.ownerNodeId,
      permission: 'content.edit',
    });
    const present = ({
      id,
      title,
      ownerNodeId,
      due,
      status,
      version,
    }: typeof activities.$inferSelect): Activity => ({
      id,
      title,
      ownerNodeId,
      due,
      status,
      version,
    });
    assertVersion(found.activity, input.version, present);
    const now = deps.clock.now();
    const [row] = await tx
      .update(activities)
      .set({ status: input.status, version: found.activity.version + 1, updatedAt: now })
      .where(and(eq(activities.municipalityId, scope.municipalityId), eq(activities.id, activityId)))
      .returning();
    if (!row) throw notFound('Aktiviteten');
    const after = present(row);
    await recordUpdate(tx, {
      actor,
      at: now,
      entityType: 'activity',
      entityId: activityId,
      committeeId: scope.committeeId,
      before: present(found.activity),
      after,
    });
    return after;
  });
}
