import type { App } from '../apps/server/src/app.ts';
import type { Deps } from '../apps/server/src/deps.ts';
import { createActionPlan } from '../apps/server/src/modules/action-plans/action-plans.service.ts';
import type { Case } from './authorization-case.ts';
import type { Tenant } from './harness.ts';

const m = (t: Tenant) => `/api/municipalities/${t.municipalityId}`;

const plan = {
  title: 'Handlingsplan för behörighetstest',
  funders: [{ key: 'sn', name: 'Socialnämnden' }],
  focusAreas: [
    {
      key: 'omrade',
      title: 'Område',
      strategies: [{ key: 'strategi', title: 'Strategi', actions: [{ key: 'insats', what: 'Insats' }] }],
    },
  ],
  budget: [{ key: 'rad', label: 'Rad', amounts: { sn: '100' } }],
};

/** The matrix rows of the handlingsplaner, against each tenant's imported 2022. */
export function actionPlanCases(current: () => { app: App; deps: Deps }): Record<string, Case> {
  const year = (t: Tenant) => `${m(t)}/committees/${t.nodes.committee}/years/2022`;
  /** A fresh plan, so every request finds version 1. */
  const stored = (t: Tenant) =>
    createActionPlan(
      current().deps,
      { municipalityId: t.municipalityId, userId: null },
      { municipalityId: t.municipalityId, committeeId: t.nodes.committee, year: 2022 },
      plan,
    );
  const route = '/api/municipalities/:municipalityId/committees/:committeeId/years/:year/action-plans';
  return {
    [`GET ${route}`]: {
      allowed: ['admin', 'controller', 'reader', 'reporter', 'auditor'],
      build: async (t) => ({ url: `${year(t)}/action-plans` }),
    },
    [`POST ${route}`]: {
      allowed: ['controller'],
      build: async (t) => ({ url: `${year(t)}/action-plans`, payload: plan }),
    },
    [`PUT ${route}/:actionPlanId`]: {
      allowed: ['controller'],
      build: async (t) => ({
        url: `${year(t)}/action-plans/${(await stored(t)).id}`,
        payload: { ...plan, title: 'Ändrad', version: 1 },
      }),
    },
    [`DELETE ${route}/:actionPlanId`]: {
      allowed: ['controller'],
      build: async (t) => ({ url: `${year(t)}/action-plans/${(await stored(t)).id}?version=1` }),
    },
    [`PUT ${route}/:actionPlanId/follow-ups/:followUp`]: {
      allowed: ['controller'],
      build: async (t) => ({
        url: `${year(t)}/action-plans/${(await stored(t)).id}/follow-ups/arsrapport`,
        payload: { version: 1, entries: [{ action: 'insats', status: 'ongoing' }] },
      }),
    },
  };
}
