import type { App } from '../apps/server/src/app.ts';
import type { Deps } from '../apps/server/src/deps.ts';
import { createActivity } from '../apps/server/src/modules/plan/activities-plan.service.ts';
import { createGoalArea } from '../apps/server/src/modules/plan/goal-areas.service.ts';
import { createGoal } from '../apps/server/src/modules/plan/goal-structure.service.ts';
import type { Case } from './authorization-case.ts';
import { call, type Session, type Tenant } from './harness.ts';

const readers = ['admin', 'controller', 'reader', 'reporter', 'auditor'] as const;
const route = '/api/municipalities/:municipalityId/committees/:committeeId/years/:year';

/** The matrix rows of building the plan's structure, against each tenant's imported 2022; each request finds fresh objects. */
export function planStructureCases(current: () => { app: App; deps: Deps }): Record<string, Case> {
  const year = (t: Tenant) =>
    `/api/municipalities/${t.municipalityId}/committees/${t.nodes.committee}/years/2022`;
  const system = (t: Tenant) => ({ municipalityId: t.municipalityId, userId: null });
  const scope = (t: Tenant) => ({
    municipalityId: t.municipalityId,
    committeeId: t.nodes.committee,
    year: 2022,
  });
  const area = (t: Tenant) =>
    createGoalArea(current().deps, system(t), scope(t), {
      name: 'Område för behörighetstest',
      description: null,
      responsible: null,
      processLead: null,
    });
  const goal = (t: Tenant) =>
    createGoal(current().deps, system(t), scope(t), {
      kind: 'committee',
      title: 'Mål för behörighetstest',
      goalAreaId: null,
      parentGoalId: null,
      focus: null,
    });
  const activity = async (t: Tenant, owner?: { id: string }) => {
    const parent = owner ?? (await goal(t));
    const created = await createActivity(current().deps, system(t), scope(t), parent.id, {
      title: 'Aktivitet för behörighetstest',
      ownerNodeId: null,
      due: null,
    });
    return { goal: parent, activity: created };
  };
  /** The list reversed after a fresh object joins it, so the order named always moves something. */
  const reversedOrder = async (t: Tenant, admin: Session, list: 'goalAreas' | 'goals') => {
    await (list === 'goalAreas' ? area(t) : goal(t));
    const view = (await call(current().app, admin, { method: 'GET', url: year(t) })).json();
    return view[list].map(({ id, version }: { id: string; version: number }) => ({ id, version })).reverse();
  };

  return {
    [`POST ${route}/goal-areas`]: {
      allowed: ['controller'],
      build: async (t) => ({
        url: `${year(t)}/goal-areas`,
        payload: { name: 'Nytt område', description: null, responsible: null, processLead: null },
      }),
    },
    [`PUT ${route}/goal-areas/order`]: {
      allowed: ['controller'],
      build: async (t, admin) => ({
        url: `${year(t)}/goal-areas/order`,
        payload: { items: await reversedOrder(t, admin, 'goalAreas') },
      }),
    },
    [`PATCH ${route}/goal-areas/:goalAreaId`]: {
      allowed: ['controller'],
      build: async (t) => ({
        url: `${year(t)}/goal-areas/${(await area(t)).id}`,
        payload: { version: 1, name: 'Nytt namn', description: null, responsible: null, processLead: null },
      }),
    },
    [`GET ${route}/goal-areas/:goalAreaId/removal`]: {
      allowed: readers,
      build: async (t) => ({ url: `${year(t)}/goal-areas/${(await area(t)).id}/removal` }),
    },
    [`DELETE ${route}/goal-areas/:goalAreaId`]: {
      allowed: ['controller'],
      build: async (t) => ({ url: `${year(t)}/goal-areas/${(await area(t)).id}?version=1` }),
    },
    [`POST ${route}/goals`]: {
      allowed: ['controller'],
      build: async (t) => ({
        url: `${year(t)}/goals`,
        payload: { kind: 'committee', title: 'Nytt mål', goalAreaId: null, parentGoalId: null, focus: null },
      }),
    },
    [`PUT ${route}/goals/order`]: {
      allowed: ['controller'],
      build: async (t, admin) => ({
        url: `${year(t)}/goals/order`,
        payload: { items: await reversedOrder(t, admin, 'goals') },
      }),
    },
    [`POST ${route}/goals/:goalId/adaptations`]: {
      allowed: ['controller'],
      build: async (t) => ({
        url: `${year(t)}/goals/${(await goal(t)).id}/adaptations`,
        payload: { goalAreaId: (await area(t)).id, focus: 'fokus behörighet' },
      }),
    },
    [`GET ${route}/goals/:goalId/removal`]: {
      allowed: readers,
      build: async (t) => ({ url: `${year(t)}/goals/${(await goal(t)).id}/removal` }),
    },
    [`DELETE ${route}/goals/:goalId`]: {
      allowed: ['controller'],
      build: async (t) => ({ url: `${year(t)}/goals/${(await goal(t)).id}?version=1` }),
    },
    [`POST ${route}/goals/:goalId/activities`]: {
      allowed: ['controller'],
      build: async (t) => ({
        url: `${year(t)}/goals/${(await goal(t)).id}/activities`,
        payload: { title: 'Ny aktivitet', ownerNodeId: null, due: null },
      }),
    },
    [`PUT ${route}/goals/:goalId/activities/order`]: {
      allowed: ['controller'],
      build: async (t) => {
        const first = await activity(t);
        const second = await activity(t, first.goal);
        return {
          url: `${year(t)}/goals/${first.goal.id}/activities/order`,
          payload: { items: [second.activity, first.activity].map(({ id, version }) => ({ id, version })) },
        };
      },
    },
    [`PATCH ${route}/goals/:goalId/activities/:activityId`]: {
      allowed: ['controller'],
      build: async (t) => {
        const built = await activity(t);
        return {
          url: `${year(t)}/goals/${built.goal.id}/activities/${built.activity.id}`,
          payload: { version: 1, title: 'Ändrad', ownerNodeId: null, due: '2022-12-31' },
        };
      },
    },
    [`DELETE ${route}/goals/:goalId/activities/:activityId`]: {
      allowed: ['controller'],
      build: async (t) => {
        const built = await activity(t);
        return { url: `${year(t)}/goals/${built.goal.id}/activities/${built.activity.id}?version=1` };
      },
    },
  };
}
