import type { CommitteeYearView, Completeness } from '@styr/shared/contracts/plan';
import { countPlan, followUpProgress } from '@styr/shared/domain/plan-counts';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  createSignedInTenant,
  importTenantYear,
  type Session,
  signInAs,
} from '../../../../../test/harness.ts';

let context: Awaited<ReturnType<typeof createSignedInTenant>>;
let controller: Session;
let yearUrl: string;

beforeAll(async () => {
  context = await createSignedInTenant();
  await importTenantYear(context.deps, context.tenant);
  controller = await signInAs(context.app, context.tenant.users.controller.email);
  yearUrl = `${context.base}/committees/${context.tenant.nodes.committee}/years/2022`;
});

const get = async <T>(url: string): Promise<T> =>
  (await call(context.app, controller, { method: 'GET', url })).json();

describe('counting a follow-up', () => {
  it('counts only a value as an outcome, tells "uppgift saknas" from nothing, and agrees with the overview', async () => {
    const before = await get<CommitteeYearView>(yearUrl);
    const [measured, missing] = before.indicators;
    if (!measured || !missing) throw new Error('The test year needs two indicators');
    const put = (indicatorId: string, value: number | null) =>
      call(context.app, controller, {
        method: 'PUT',
        url: `${yearUrl}/indicators/${indicatorId}/values`,
        payload: { year: 2022, period: 'augusti', value },
      });
    expect((await put(measured.id, 0)).statusCode).toBe(200);
    expect((await put(missing.id, null)).statusCode).toBe(200);
    const goal = before.goals[0];
    if (!goal) throw new Error('The test year needs a goal');
    const assessed = await call(context.app, controller, {
      method: 'PUT',
      url: `${yearUrl}/goals/${goal.id}/assessments/augusti`,
      payload: { level: 'god', analysis: null },
    });
    expect(assessed.statusCode).toBe(200);

    const completeness = await get<Completeness>(`${yearUrl}/follow-ups/augusti/completeness`);
    const outcomeOf = (id: string) => completeness.indicators.find((entry) => entry.id === id)?.outcome;
    expect(outcomeOf(measured.id)).toBe('value');
    expect(outcomeOf(missing.id)).toBe('missing');
    expect(completeness.indicators.filter((entry) => entry.outcome === 'absent')).toHaveLength(
      before.indicators.length - 2,
    );
    expect(completeness.summary.indicators).toEqual({ done: 1, total: before.indicators.length });

    // The web app counts the year it reads by the same rules; both must give the same numbers.
    const view = await get<CommitteeYearView>(yearUrl);
    expect(completeness.summary).toEqual(
      followUpProgress(view, { followUp: 'augusti', year: 2022, period: 'augusti' }),
    );
    const counts = countPlan(view, 'augusti');
    expect(completeness.summary.goals).toEqual({ done: counts.goals.assessed, total: counts.goals.total });
    expect(completeness.summary.assignments).toEqual({
      done: counts.assignments.reported,
      total: counts.assignments.total,
    });
    expect(counts.goals.byStatus.get('god')).toBe(1);
  });
});
