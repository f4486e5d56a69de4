import type { App } from '../apps/server/src/app.ts';
import type { Deps } from '../apps/server/src/deps.ts';
import { createControl } from '../apps/server/src/modules/risks/controls.service.ts';
import { selectRisk } from '../apps/server/src/modules/risks/risk-selection.service.ts';
import { createRisk } from '../apps/server/src/modules/risks/risks.service.ts';
import type { Case } from './authorization-case.ts';
import type { Tenant } from './harness.ts';

const m = (t: Tenant) => `/api/municipalities/${t.municipalityId}`;

/** The matrix rows of risks and internal control, against each tenant's imported 2022. */
export function riskCases(current: () => { app: App; deps: Deps }): Record<string, Case> {
  const year = (t: Tenant) => `${m(t)}/committees/${t.nodes.committee}/years/2022`;
  const scopeOf = (t: Tenant) => ({
    municipalityId: t.municipalityId,
    committeeId: t.nodes.committee,
    year: 2022,
  });
  const system = (t: Tenant) => ({ municipalityId: t.municipalityId, userId: null });
  let nextYearOffset = 0;

  /** A fresh risk in the unit's register, so every request finds version 1. */
  const unitRisk = (t: Tenant) =>
    createRisk(current().deps, system(t), scopeOf(t), {
      nodeId: t.nodes.unit,
      area: 'processer',
      title: 'Risk för behörighetstest',
      probability: 2,
      consequence: 3,
    });
  const plannedRisk = async (t: Tenant) => {
    const risk = await unitRisk(t);
    return selectRisk(current().deps, system(t), scopeOf(t), risk.id, {
      version: risk.version,
      selected: true,
      reason: 'Vald för test',
      toControlPlan: true,
    });
  };
  const control = async (t: Tenant) =>
    createControl(current().deps, system(t), scopeOf(t), (await plannedRisk(t)).id, { what: 'Stickprov' });

  const riskRoute = '/api/municipalities/:municipalityId/committees/:committeeId/years/:year';
  return {
    [`GET ${riskRoute}/risks`]: {
      allowed: ['admin', 'controller', 'reader', 'reporter', 'auditor'],
      build: async (t) => ({ url: `${year(t)}/risks` }),
    },
    [`POST ${riskRoute}/risks`]: {
      allowed: ['controller', 'reporter'],
      build: async (t) => ({
        url: `${year(t)}/risks`,
        payload: { nodeId: t.nodes.unit, area: 'lagar', title: 'Ny risk', probability: 1, consequence: 2 },
      }),
    },
    [`PATCH ${riskRoute}/risks/:riskId`]: {
      allowed: ['controller', 'reporter'],
      build: async (t) => {
        const risk = await unitRisk(t);
        return { url: `${year(t)}/risks/${risk.id}`, payload: { version: 1, probability: 4 } };
      },
    },
    [`DELETE ${riskRoute}/risks/:riskId`]: {
      allowed: ['controller', 'reporter'],
      build: async (t) => ({ url: `${year(t)}/risks/${(await unitRisk(t)).id}?version=1` }),
    },
    [`GET ${riskRoute}/risks/:riskId/history`]: {
      allowed: ['admin', 'controller', 'reader', 'auditor'],
      build: async (t) => ({ url: `${year(t)}/risks/${(await unitRisk(t)).id}/history` }),
    },
    [`POST ${riskRoute}/risks/:riskId/nominate`]: {
      allowed: ['controller', 'reporter'],
      build: async (t) => ({
        url: `${year(t)}/risks/${(await unitRisk(t)).id}/nominate`,
        payload: { version: 1 },
      }),
    },
    [`PUT ${riskRoute}/risks/:riskId/selection`]: {
      allowed: ['controller'],
      build: async (t) => ({
        url: `${year(t)}/risks/${(await unitRisk(t)).id}/selection`,
        payload: { version: 1, selected: true, reason: 'Viktig', toControlPlan: false },
      }),
    },
    [`POST ${riskRoute}/risks/:riskId/controls`]: {
      allowed: ['controller'],
      build: async (t) => ({
        url: `${year(t)}/risks/${(await plannedRisk(t)).id}/controls`,
        payload: { what: 'Kontroll av rutin', method: 'Stickprov 5 ärenden' },
      }),
    },
    [`PATCH ${riskRoute}/controls/:controlId`]: {
      allowed: ['controller'],
      build: async (t) => ({
        url: `${year(t)}/controls/${(await control(t)).id}`,
        payload: { version: 1, frequency: 'Årligen' },
      }),
    },
    [`DELETE ${riskRoute}/controls/:controlId`]: {
      allowed: ['controller'],
      build: async (t) => ({ url: `${year(t)}/controls/${(await control(t)).id}?version=1` }),
    },
    [`PUT ${riskRoute}/controls/:controlId/result`]: {
      allowed: ['controller'],
      build: async (t) => ({
        url: `${year(t)}/controls/${(await control(t)).id}/result`,
        payload: { performedOn: '2022-11-01', deviations: 0 },
      }),
    },
    [`POST ${riskRoute}/risks/start-next`]: {
      allowed: ['controller'],
      // A year of its own each time: a year's registers can be started only once.
      build: async (t) => ({
        url: `${m(t)}/committees/${t.nodes.committee}/years/${2150 + nextYearOffset++}/risks/start-next`,
      }),
    },
  };
}
