import {
  type ControlActivity,
  type ControlResult,
  type ControlResultInput,
  type CreateControl,
  controlPlanDocument,
  type updateControlSchema,
} from '@styr/shared/contracts/risks';
import { and, eq, max } from 'drizzle-orm';
import type { z } from 'zod';
import { controlActivities, controlResults } from '../../db/schema/index.ts';
import type { Actor, Deps } from '../../deps.ts';
import { AppError, notFound } from '../../errors.ts';
import { assertVersion, definedFields } from '../../versioning.ts';
import { recordAudit, recordUpdate } from '../audit/index.ts';
import { assertMayWrite, lastFollowUp, type YearScope } from '../authority/index.ts';
import { presentControl, presentResult } from './risks.presenter.ts';
import { findControl, findControlResult, findRisk } from './risks.queries.ts';

const audited = (row: typeof controlActivities.$inferSelect) => {
  const { municipalityId: _m, createdAt: _c, updatedAt: _u, version: _v, ...fields } = row;
  return fields;
};

/** A control activity is added to a risk that management has sent to the control plan, while the plan is open. */
export async function createControl(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  riskId: string,
  input: CreateControl,
): Promise<ControlActivity> {
  return deps.db.transaction(async (tx) => {
    const risk = await findRisk(tx, scope, riskId, true);
    if (!risk) throw notFound('Risken');
    await assertMayWrite(tx, actor, {
      ...scope,
      document: controlPlanDocument,
      permission: 'content.compile',
    });
    if (!risk.toControlPlan) {
      throw new AppError('VALIDATION', 'Risken är inte vald till internkontrollplanen.', {
        details: [{ path: 'params.riskId', message: 'Risken ska först väljas till internkontrollplanen' }],
      });
    }
    const [last] = await tx
      .select({ sortOrder: max(controlActivities.sortOrder) })
      .from(controlActivities)
      .where(
        and(eq(controlActivities.municipalityId, scope.municipalityId), eq(controlActivities.riskId, riskId)),
      );
    const now = deps.clock.now();
    const id = crypto.randomUUID();
    const [row] = await tx
      .insert(controlActivities)
      .values({
        municipalityId: scope.municipalityId,
        id,
        riskId,
        key: `kontroll-${id.slice(0, 8)}`,
        what: input.what,
        method: input.method ?? null,
        frequency: input.frequency ?? null,
        responsible: input.responsible ?? null,
        reportWhen: input.reportWhen ?? null,
        sortOrder: (last?.sortOrder ?? -1) + 1,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new AppError('INTERNAL', 'Kontrollmomentet kunde inte sparas.');
    await recordAudit(tx, {
      actor,
      at: now,
      action: 'create',
      entityType: 'control_activity',
      entityId: id,
      committeeId: scope.committeeId,
      before: null,
      after: audited(row),
    });
    return presentControl(row, null);
  });
}

/** An adopted control plan freezes its activities; only their results go on being recorded. */
export async function updateControl(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  controlId: string,
  patch: z.infer<typeof updateControlSchema>,
): Promise<ControlActivity> {
  return deps.db.transaction(async (tx) => {
    const found = await findControl(tx, scope, controlId, true);
    if (!found) throw notFound('Kontrollmomentet');
    await assertMayWrite(tx, actor, {
      ...scope,
      document: controlPlanDocument,
      permission: 'content.compile',
    });
    const result = (await findControlResult(tx, scope.municipalityId, controlId)) ?? null;
    assertVersion(found.control, patch.version, (row) => presentControl(row, result));
    const { version: _version, ...fields } = patch;
    const now = deps.clock.now();
    const [row] = await tx
      .update(controlActivities)
      .set({ ...definedFields(fields), version: found.control.version + 1, updatedAt: now })
      .where(
        and(eq(controlActivities.municipalityId, scope.municipalityId), eq(controlActivities.id, controlId)),
      )
      .returning();
    if (!row) throw notFound('Kontrollmomentet');
    await recordUpdate(tx, {
      actor,
      at: now,
      entityType: 'control_activity',
      entityId: controlId,
      committeeId: scope.committeeId,
      before: audited(found.control),
      after: audited(row),
    });
    return presentControl(row, result);
  });
}

export async function deleteControl(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  controlId: string,
  version: number,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const found = await findControl(tx, scope, controlId, true);
    if (!found) throw notFound('Kontrollmomentet');
    await assertMayWrite(tx, actor, {
      ...scope,
      document: controlPlanDocument,
      permission: 'content.compile',
    });
    assertVersion(found.control, version, (row) => presentControl(row, null));
    await tx
      .delete(controlActivities)
      .where(
        and(eq(controlActivities.municipalityId, scope.municipalityId), eq(controlActivities.id, controlId)),
      );
    await recordAudit(tx, {
      actor,
      at: deps.clock.now(),
      action: 'delete',
      entityType: 'control_activity',
      entityId: controlId,
      committeeId: scope.committeeId,
      before: audited(found.control),
      after: null,
    });
  });
}

/** A control's result belongs to the year-end follow-up: recorded until the annual report is adopted. */
export async function recordControlResult(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  controlId: string,
  input: ControlResultInput,
): Promise<ControlResult> {
  return deps.db.transaction(async (tx) => {
    const found = await findControl(tx, scope, controlId, true);
    if (!found) throw notFound('Kontrollmomentet');
    await assertMayWrite(tx, actor, {
      ...scope,
      document: await lastFollowUp(tx, scope.municipalityId),
      permission: 'content.edit',
    });
    const stored = await findControlResult(tx, scope.municipalityId, controlId);
    if (stored) assertVersion(stored, input.version ?? 0, presentResult);
    else if (input.version !== undefined) assertVersion({ version: 0 }, input.version, () => null);
    const now = deps.clock.now();
    const fields = {
      performedOn: input.performedOn,
      findings: input.findings ?? null,
      deviations: input.deviations,
      assessment: input.assessment ?? null,
      actionsDecided: input.actionsDecided ?? null,
    };
    const [row] = stored
      ? await tx
          .update(controlResults)
          .set({ ...fields, version: stored.version + 1, updatedAt: now })
          .where(
            and(
              eq(controlResults.municipalityId, scope.municipalityId),
              eq(controlResults.activityId, controlId),
            ),
          )
          .returning()
      : await tx
          .insert(controlResults)
          .values({
            municipalityId: scope.municipalityId,
            activityId: controlId,
            ...fields,
            createdAt: now,
            updatedAt: now,
          })
          .returning();
    if (!row) throw new AppError('INTERNAL', 'Resultatet kunde inte sparas.');
    const after = presentResult(row);
    const { version: _v, ...afterFields } = after;
    if (stored) {
      const { version: _sv, ...beforeFields } = presentResult(stored);
      await recordUpdate(tx, {
        actor,
        at: now,
        entityType: 'control_result',
        entityId: controlId,
        committeeId: scope.committeeId,
        before: beforeFields,
        after: afterFields,
      });
    } else {
      await recordAudit(tx, {
        actor,
        at: now,
        action: 'create',
        entityType: 'control_result',
        entityId: controlId,
        committeeId: scope.committeeId,
        before: null,
        after: afterFields,
      });
    }
    return after;
  });
}
