import type { App } from '../apps/server/src/app.ts';
import type { Deps } from '../apps/server/src/deps.ts';
import { actionPlanCases } from './authorization-action-plan-cases.ts';
import { backupCases } from './authorization-backup-cases.ts';
import type { Case } from './authorization-case.ts';
import { documentCases } from './authorization-documents-cases.ts';
import { economyCases } from './authorization-economy-cases.ts';
import { planCases } from './authorization-plan-cases.ts';
import { planMeasuresCases } from './authorization-plan-measures-cases.ts';
import { planStructureCases } from './authorization-plan-structure-cases.ts';
import { riskCases } from './authorization-risk-cases.ts';
import { call, fixtureRoles, type Session, type Tenant, testPassword } from './harness.ts';

const everyone = fixtureRoles;
const m = (t: Tenant) => `/api/municipalities/${t.municipalityId}`;

/**
 * The rows of the matrix: every API route × every role × own and other municipality. The expectations are
 * written here by hand, independent of the routes' own declarations, and a route without a row here fails the
 * suite. `app` gives the app under test once it has started.
 */
export function authorizationCases(current: () => { app: App; deps: Deps }): Record<string, Case> {
  const app = () => current().app;
  const fetchJson = async (admin: Session, url: string) =>
    (await call(app(), admin, { method: 'GET', url })).json();
  async function existingGrant(t: Tenant, admin: Session): Promise<string> {
    const users = await fetchJson(admin, `${m(t)}/users`);
    const reader = users.find((user: { id: string }) => user.id === t.users.reader.id);
    return reader.grants.find((grant: { role: string }) => grant.role === 'member').id;
  }

  return {
    'GET /api/health': { allowed: 'public', build: async () => ({ url: '/api/health' }) },
    'GET /api/openapi.json': { allowed: 'public', build: async () => ({ url: '/api/openapi.json' }) },
    'GET /api/auth/csrf': { allowed: 'public', build: async () => ({ url: '/api/auth/csrf' }) },
    'POST /api/auth/sign-in': {
      allowed: 'public',
      build: async (t) => ({
        url: '/api/auth/sign-in',
        payload: { email: t.users.reader.email, password: testPassword },
      }),
    },
    'GET /api/auth/me': { allowed: 'signedIn', build: async () => ({ url: '/api/auth/me' }) },
    'POST /api/auth/sign-out': { allowed: 'signedIn', build: async () => ({ url: '/api/auth/sign-out' }) },
    'GET /api/municipalities/:municipalityId': { allowed: everyone, build: async (t) => ({ url: m(t) }) },
    'PATCH /api/municipalities/:municipalityId': {
      allowed: ['admin'],
      build: async (t, admin) => ({
        url: m(t),
        payload: { version: (await fetchJson(admin, m(t))).version, shortName: 'Test' },
      }),
    },
    'GET /api/municipalities/:municipalityId/org-tree': {
      allowed: everyone,
      build: async (t) => ({ url: `${m(t)}/org-tree` }),
    },
    'GET /api/municipalities/:municipalityId/org-nodes/:nodeId': {
      allowed: ['admin', 'controller', 'reader', 'member', 'auditor'],
      build: async (t) => ({ url: `${m(t)}/org-nodes/${t.nodes.department}` }),
    },
    'POST /api/municipalities/:municipalityId/org-nodes': {
      allowed: ['admin'],
      build: async (t) => ({
        url: `${m(t)}/org-nodes`,
        payload: { parentId: t.nodes.department, kind: 'unit', name: 'Ny enhet', validFrom: '2024-01-01' },
      }),
    },
    'PATCH /api/municipalities/:municipalityId/org-nodes/:nodeId': {
      allowed: ['admin'],
      build: async (t, admin) => {
        const url = `${m(t)}/org-nodes/${t.nodes.department}`;
        return { url, payload: { version: (await fetchJson(admin, url)).version, shortName: 'BoU' } };
      },
    },
    'GET /api/municipalities/:municipalityId/org-nodes/:nodeId/history': {
      allowed: ['admin', 'controller', 'auditor'],
      build: async (t) => ({ url: `${m(t)}/org-nodes/${t.nodes.department}/history` }),
    },
    // The controller holds audit.read on the first committee and gets its rows; see audit-log.int.test.ts.
    'GET /api/municipalities/:municipalityId/audit': {
      allowed: ['admin', 'controller', 'auditor'],
      build: async (t) => ({ url: `${m(t)}/audit?limit=5` }),
    },
    'GET /api/municipalities/:municipalityId/audit-actors': {
      allowed: ['admin', 'controller', 'auditor'],
      build: async (t) => ({ url: `${m(t)}/audit-actors` }),
    },
    'GET /api/municipalities/:municipalityId/users': {
      allowed: ['admin'],
      build: async (t) => ({ url: `${m(t)}/users` }),
    },
    'POST /api/municipalities/:municipalityId/users': {
      allowed: ['admin'],
      build: async (t) => ({
        url: `${m(t)}/users`,
        payload: {
          email: `ny-${crypto.randomUUID()}@test.example`,
          displayName: 'Ny',
          password: testPassword,
        },
      }),
    },
    'GET /api/municipalities/:municipalityId/users/:userId': {
      allowed: ['admin'],
      build: async (t) => ({ url: `${m(t)}/users/${t.users.reader.id}` }),
    },
    'PATCH /api/municipalities/:municipalityId/users/:userId': {
      allowed: ['admin'],
      build: async (t, admin) => {
        const users = await fetchJson(admin, `${m(t)}/users`);
        const version = users.find((user: { id: string }) => user.id === t.users.none.id).version;
        return { url: `${m(t)}/users/${t.users.none.id}`, payload: { version, displayName: 'Utan roll' } };
      },
    },
    'GET /api/municipalities/:municipalityId/users/:userId/history': {
      allowed: ['admin'],
      build: async (t) => ({ url: `${m(t)}/users/${t.users.none.id}/history` }),
    },
    'POST /api/municipalities/:municipalityId/users/:userId/grants': {
      allowed: ['admin'],
      build: async (t) => ({
        url: `${m(t)}/users/${t.users.none.id}/grants`,
        // On the other committee, so that the person stays without rights where the other rows look.
        payload: { role: 'member', nodeId: t.nodes.otherCommittee },
      }),
    },
    'DELETE /api/municipalities/:municipalityId/users/:userId/grants/:grantId': {
      allowed: ['admin'],
      build: async (t, admin) => {
        const grant = await call(app(), admin, {
          method: 'POST',
          url: `${m(t)}/users/${t.users.reader.id}/grants`,
          payload: { role: 'member', nodeId: t.nodes.otherCommittee },
        });
        const id = grant.statusCode === 201 ? grant.json().id : await existingGrant(t, admin);
        return { url: `${m(t)}/users/${t.users.reader.id}/grants/${id}` };
      },
    },
    ...planCases(current),
    ...planMeasuresCases(current),
    ...planStructureCases(current),
    ...riskCases(current),
    ...actionPlanCases(current),
    ...economyCases(current),
    ...documentCases(current),
    ...backupCases(),
  };
}
