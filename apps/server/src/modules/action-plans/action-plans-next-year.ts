import { continuesInto } from '@styr/shared/domain/action-plans';
import { actionPlans } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/index.ts';
import type { NextYearPart } from '../plan/index.ts';
import { auditedActionPlan } from './action-plans.presenter.ts';
import { listActionPlanRows } from './action-plans.queries.ts';

/**
 * Starting next year's plan carries each handlingsplan whose period goes on into that year, under the same key,
 * which is what makes it the same plan across years (decisions.md): its focus areas, strategies, actions and
 * budget are copied as the new year's starting point, while its follow-ups stay with the year they report. The
 * start has already checked the authority for the new year's plan, which the handlingsplaner belong to.
 */
export const actionPlansNextYear: NextYearPart = {
  started: async (tx, next) => (await listActionPlanRows(tx, next)).length > 0,
  carry: async (tx, actor, from, to, now) => {
    const carried = (await listActionPlanRows(tx, from)).filter((row) => continuesInto(row, to.year));
    for (const row of carried) {
      const id = crypto.randomUUID();
      const [copy] = await tx
        .insert(actionPlans)
        .values({ ...row, ...to, id, version: 1, createdAt: now, updatedAt: now })
        .returning();
      if (!copy) throw new AppError('INTERNAL', 'Handlingsplanen kunde inte föras över.');
      await recordAudit(tx, {
        actor,
        at: now,
        action: 'create',
        entityType: 'action_plan',
        entityId: id,
        committeeId: to.committeeId,
        before: null,
        after: { ...auditedActionPlan(copy), carriedFrom: { year: from.year, id: row.id } },
      });
    }
    return { carriedActionPlans: carried.length };
  },
};
