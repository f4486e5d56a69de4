import type { App } from '../apps/server/src/app.ts';
import type { Deps } from '../apps/server/src/deps.ts';
import type { Case } from './authorization-case.ts';
import { writeEconomyFixture } from './fixtures/economy.ts';
import { call, type Session, type Tenant } from './harness.ts';

const readers = ['admin', 'controller', 'reader', 'reporter', 'auditor'] as const;
const csvFile = {
  fileName: 'bokslut.csv',
  content: Buffer.from('Rad;Bokslut 2022\nIntäkter;128 122\n').toString('base64'),
};

/** The matrix rows of the economy routes, against each tenant's imported 2022. */
export function economyCases(current: () => { app: App; deps: Deps }): Record<string, Case> {
  const year = (t: Tenant) =>
    `/api/municipalities/${t.municipalityId}/committees/${t.nodes.committee}/years/2022/economy`;
  /** The tenant's economy as in the fixture, so each request finds the department it changes at version 1. */
  const withEconomy = (t: Tenant) =>
    writeEconomyFixture(current().deps, { municipalityId: t.municipalityId, committeeId: t.nodes.committee });
  const amountVersion = async (t: Tenant, admin: Session) => {
    const view = (await call(current().app, admin, { method: 'GET', url: year(t) })).json();
    return view.statement.amounts.find(
      (amount: { line: string; year: number; column: string }) =>
        amount.line === 'intakter' && amount.year === 2022 && amount.column === 'actual',
    )?.version;
  };

  return {
    'GET /api/municipalities/:municipalityId/committees/:committeeId/years/:year/economy': {
      allowed: readers,
      build: async (t) => ({ url: year(t) }),
    },
    'PUT /api/municipalities/:municipalityId/committees/:committeeId/years/:year/economy/amounts': {
      allowed: ['controller'],
      build: async (t, admin) => {
        await withEconomy(t);
        return {
          url: `${year(t)}/amounts`,
          payload: {
            version: await amountVersion(t, admin),
            line: 'intakter',
            year: 2022,
            column: 'actual',
            amount: '128200000',
          },
        };
      },
    },
    'PATCH /api/municipalities/:municipalityId/committees/:committeeId/years/:year/economy/departments/:departmentKey':
      {
        allowed: ['controller'],
        build: async (t) => {
          await withEconomy(t);
          return { url: `${year(t)}/departments/bu-myndighet`, payload: { version: 1, comment: 'Ny text' } };
        },
      },
    'PATCH /api/municipalities/:municipalityId/committees/:committeeId/years/:year/economy/investments/:investmentKey':
      {
        allowed: ['controller'],
        build: async (t) => {
          await withEconomy(t);
          return { url: `${year(t)}/investments/forskola`, payload: { version: 1, comment: 'Ny text' } };
        },
      },
    'PUT /api/municipalities/:municipalityId/committees/:committeeId/years/:year/economy/equity': {
      allowed: ['controller'],
      build: async (t) => {
        await withEconomy(t);
        return {
          url: `${year(t)}/equity`,
          payload: { version: 1, decidedLevel: '35000000', proposedLevel: null, assessment: 'Ny bedömning' },
        };
      },
    },
    'PATCH /api/municipalities/:municipalityId/committees/:committeeId/years/:year/economy/deviations/:followUp/:deviationKey':
      {
        allowed: ['controller'],
        build: async (t) => {
          await withEconomy(t);
          return {
            url: `${year(t)}/deviations/arsrapport/personal`,
            payload: { version: 1, measures: 'Ny åtgärd' },
          };
        },
      },
    'POST /api/municipalities/:municipalityId/committees/:committeeId/years/:year/economy/spreadsheets/preview':
      {
        allowed: ['controller'],
        build: async (t) => ({ url: `${year(t)}/spreadsheets/preview`, payload: csvFile }),
      },
    'POST /api/municipalities/:municipalityId/committees/:committeeId/years/:year/economy/spreadsheets/import':
      {
        allowed: ['controller'],
        build: async (t) => ({
          url: `${year(t)}/spreadsheets/import`,
          payload: {
            file: csvFile,
            target: 'statement',
            mapping: {
              sheet: 'bokslut',
              firstRow: 2,
              labelColumn: 'A',
              columns: [{ column: 'B', kind: 'actual', year: 2022 }],
            },
            dryRun: true,
          },
        }),
      },
    'GET /api/municipalities/:municipalityId/committees/:committeeId/years/:year/economy/export/:table': {
      allowed: readers,
      build: async (t) => ({ url: `${year(t)}/export/statement` }),
    },
  };
}
