import type { App } from '../apps/server/src/app.ts';
import type { Deps } from '../apps/server/src/deps.ts';
import { createAssignment } from '../apps/server/src/modules/plan/measures/assignment-write.service.ts';
import { createIndicator } from '../apps/server/src/modules/plan/measures/indicator-write.service.ts';
import type { Case } from './authorization-case.ts';
import { call, type Session, type Tenant } from './harness.ts';

const route = '/api/municipalities/:municipalityId/committees/:committeeId/years/:year';

/** The matrix rows of building the plan's measures and assignments, against each tenant's imported 2022. */
export function planMeasuresCases(current: () => { app: App; deps: Deps }): Record<string, Case> {
  const year = (t: Tenant) =>
    `/api/municipalities/${t.municipalityId}/committees/${t.nodes.committee}/years/2022`;
  const view = async (t: Tenant, admin: Session) =>
    (await call(current().app, admin, { method: 'GET', url: year(t) })).json();
  const scope = (t: Tenant) => ({
    municipalityId: t.municipalityId,
    committeeId: t.nodes.committee,
    year: 2022,
  });
  const system = (t: Tenant) => ({ municipalityId: t.municipalityId, userId: null });
  /** A measure of its own for each removal, made as an import would. */
  const freshIndicator = (t: Tenant) =>
    createIndicator(current().deps, system(t), scope(t), {
      name: 'Mått att ta bort',
      unit: 'antal',
      direction: 'higher',
      target: { kind: 'numeric', value: 1 },
    });
  const freshAssignment = (t: Tenant) =>
    createAssignment(current().deps, system(t), scope(t), { title: 'Uppdrag att ta bort', source: 'budget' });
  const firstLinked = async (t: Tenant, admin: Session) => {
    const { goals, indicators } = await view(t, admin);
    const goal = goals.find((entry: { indicatorIds: string[] }) => entry.indicatorIds.length > 0);
    const indicator = indicators.find((entry: { id: string }) => entry.id === goal.indicatorIds[0]);
    return { goal, indicator };
  };

  return {
    [`POST ${route}/indicators`]: {
      allowed: ['controller'],
      build: async (t, admin) => ({
        url: `${year(t)}/indicators`,
        payload: {
          name: 'Nytt mått',
          unit: 'antal',
          direction: 'higher',
          goalIds: [(await view(t, admin)).goals[0].id],
        },
      }),
    },
    [`PUT ${route}/indicators/:indicatorId/goals`]: {
      allowed: ['controller'],
      build: async (t, admin) => {
        const { goal, indicator } = await firstLinked(t, admin);
        return {
          url: `${year(t)}/indicators/${indicator.id}/goals`,
          payload: { version: indicator.version, goalIds: [goal.id] },
        };
      },
    },
    [`PUT ${route}/indicators/:indicatorId/targets/:targetYear`]: {
      allowed: ['controller'],
      build: async (t, admin) => {
        const { indicator } = await firstLinked(t, admin);
        return {
          url: `${year(t)}/indicators/${indicator.id}/targets/2023`,
          payload: {
            version: indicator.version,
            target: { kind: 'relative', relation: 'higher', baseYear: 2021 },
          },
        };
      },
    },
    [`PUT ${route}/goals/:goalId/indicators/:indicatorId/position`]: {
      allowed: ['controller'],
      build: async (t, admin) => {
        const { goal, indicator } = await firstLinked(t, admin);
        return {
          url: `${year(t)}/goals/${goal.id}/indicators/${indicator.id}/position`,
          payload: { version: indicator.version, position: 0 },
        };
      },
    },
    [`GET ${route}/indicators/:indicatorId/removal`]: {
      allowed: ['controller'],
      build: async (t, admin) => ({
        url: `${year(t)}/indicators/${(await firstLinked(t, admin)).indicator.id}/removal`,
      }),
    },
    [`DELETE ${route}/indicators/:indicatorId`]: {
      allowed: ['controller'],
      build: async (t) => ({ url: `${year(t)}/indicators/${(await freshIndicator(t)).id}?version=1` }),
    },
    [`POST ${route}/assignments`]: {
      allowed: ['controller'],
      build: async (t) => ({
        url: `${year(t)}/assignments`,
        payload: { title: 'Nytt uppdrag', source: 'committee' },
      }),
    },
    [`PATCH ${route}/assignments/:assignmentId/details`]: {
      allowed: ['controller'],
      build: async (t, admin) => {
        const assignment = (await view(t, admin)).assignments[0];
        return {
          url: `${year(t)}/assignments/${assignment.id}/details`,
          payload: { version: assignment.version, description: 'Ny beskrivning' },
        };
      },
    },
    [`PUT ${route}/assignments/:assignmentId/position`]: {
      allowed: ['controller'],
      build: async (t, admin) => {
        const assignment = (await view(t, admin)).assignments[0];
        return {
          url: `${year(t)}/assignments/${assignment.id}/position`,
          payload: { version: assignment.version, position: 0 },
        };
      },
    },
    [`GET ${route}/assignments/:assignmentId/removal`]: {
      allowed: ['controller'],
      build: async (t, admin) => ({
        url: `${year(t)}/assignments/${(await view(t, admin)).assignments[0].id}/removal`,
      }),
    },
    [`DELETE ${route}/assignments/:assignmentId`]: {
      allowed: ['controller'],
      build: async (t) => ({ url: `${year(t)}/assignments/${(await freshAssignment(t)).id}?version=1` }),
    },
  };
}
