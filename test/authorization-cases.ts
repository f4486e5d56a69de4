import type { App } from '../apps/server/src/app.ts';
import type { Deps } from '../apps/server/src/deps.ts';
import { contribute, reopenPart, reviewPart } from '../apps/server/src/modules/workflow/parts.service.ts';
import { call, type FixtureRole, fixtureRoles, type Session, type Tenant, testPassword } from './harness.ts';

/**
 * Every API route × every role × own and other municipality. The expectations
 * are written here by hand, independent of the routes' own declarations, and a
 * route without a row here fails the suite.
 */
export type Allowed = 'public' | 'signedIn' | readonly FixtureRole[];
export interface Case {
  allowed: Allowed;
  /** Builds a request against tenant `t`; `admin` may prepare state (versions, grants) first. */
  build: (t: Tenant, admin: Session) => Promise<{ url: string; payload?: unknown }>;
}

const everyone = fixtureRoles;
const m = (t: Tenant) => `/api/municipalities/${t.municipalityId}`;

/** The rows of the matrix; `app` gives the app under test once it has started. */
export function authorizationCases(current: () => { app: App; deps: Deps }): Record<string, Case> {
  const app = () => current().app;
  const fetchJson = async (admin: Session, url: string) =>
    (await call(app(), admin, { method: 'GET', url })).json();
  const year = (t: Tenant) => `${m(t)}/committees/${t.nodes.committee}/years/2022`;
  const view = (t: Tenant, admin: Session) => fetchJson(admin, year(t));
  let nextYearOffset = 0;

  const partsUrl = (t: Tenant) => `${year(t)}/follow-ups/arsrapport/parts`;
  const goalPart = async (t: Tenant, admin: Session) => {
    const { parts } = await fetchJson(admin, partsUrl(t));
    return parts.find((part: { kind: string }) => part.kind === 'goal');
  };
  /** Moves the tenant's goal part to a state through the services, as the unit and the controller would. */
  async function partIn(t: Tenant, admin: Session, wanted: 'open' | 'ready' | 'approved') {
    const { deps } = current();
    const actor = { municipalityId: t.municipalityId, userId: null };
    const scope = { municipalityId: t.municipalityId, committeeId: t.nodes.committee, year: 2022 };
    let part = await goalPart(t, admin);
    const target = { followUp: 'arsrapport', kind: 'goal' as const, objectId: part.objectId };
    if (part.state === 'approved' && wanted !== 'approved') {
      part = await reopenPart(deps, actor, scope, target, { version: part.version, reason: 'Förberedelse' });
    }
    if (wanted !== 'open' && part.state !== 'ready' && part.state !== 'approved') {
      part = await contribute(deps, actor, scope, target, {
        version: part.version,
        contribution: 'Text',
        ready: true,
      });
    }
    if (wanted === 'approved' && part.state === 'ready') {
      part = await reviewPart(deps, actor, scope, target, {
        version: part.version,
        decision: 'approve',
        comment: null,
      });
    }
    return part;
  }

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
      allowed: ['admin', 'controller', 'reader', 'member'],
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
      allowed: ['admin', 'controller'],
      build: async (t) => ({ url: `${m(t)}/org-nodes/${t.nodes.department}/history` }),
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
    'GET /api/municipalities/:municipalityId/committees/:committeeId/years/:year': {
      allowed: ['admin', 'controller', 'reader', 'reporter'],
      build: async (t) => ({ url: `${m(t)}/committees/${t.nodes.committee}/years/2024` }),
    },
    'GET /api/municipalities/:municipalityId/committees/:committeeId/years/:year/follow-ups/:followUp/completeness':
      {
        allowed: ['admin', 'controller', 'reader', 'reporter'],
        build: async (t) => ({
          url: `${m(t)}/committees/${t.nodes.committee}/years/2022/follow-ups/arsrapport/completeness`,
        }),
      },
    'GET /api/municipalities/:municipalityId/committees/:committeeId/years/:year/export': {
      allowed: ['admin', 'controller', 'reader', 'reporter'],
      build: async (t) => ({ url: `${m(t)}/committees/${t.nodes.committee}/years/2024/export` }),
    },
    'PATCH /api/municipalities/:municipalityId/committees/:committeeId/years/:year/goals/:goalId': {
      allowed: ['controller'],
      build: async (t, admin) => {
        const goal = (await view(t, admin)).goals[0];
        return {
          url: `${year(t)}/goals/${goal.id}`,
          payload: { version: goal.version, planText: 'Ny text' },
        };
      },
    },
    'PUT /api/municipalities/:municipalityId/committees/:committeeId/years/:year/goals/:goalId/assessments/:followUp':
      {
        allowed: ['controller'],
        build: async (t, admin) => {
          const goal = (await view(t, admin)).goals[0];
          const version = goal.assessments.find(
            (entry: { followUp: string }) => entry.followUp === 'arsrapport',
          )?.version;
          return {
            url: `${year(t)}/goals/${goal.id}/assessments/arsrapport`,
            payload: { version, level: 'god', analysis: null },
          };
        },
      },
    'PUT /api/municipalities/:municipalityId/committees/:committeeId/years/:year/assignments/:assignmentId/reports/:followUp':
      {
        allowed: ['controller'],
        build: async (t, admin) => {
          const assignment = (await view(t, admin)).assignments[0];
          const version = assignment.reports.find(
            (entry: { followUp: string }) => entry.followUp === 'arsrapport',
          )?.version;
          return {
            url: `${year(t)}/assignments/${assignment.id}/reports/arsrapport`,
            payload: { version, status: 'ongoing', proposedClosed: false, comment: null },
          };
        },
      },
    'PATCH /api/municipalities/:municipalityId/committees/:committeeId/years/:year/activities/:activityId': {
      allowed: ['controller', 'reporter'],
      build: async (t, admin) => {
        const activity = (await view(t, admin)).goals[0].activities[0];
        return {
          url: `${year(t)}/activities/${activity.id}`,
          payload: { version: activity.version, status: 'done' },
        };
      },
    },
    'PUT /api/municipalities/:municipalityId/committees/:committeeId/years/:year/indicators/:indicatorId/values':
      {
        allowed: ['controller'],
        build: async (t, admin) => {
          const indicator = (await view(t, admin)).indicators[0];
          const version = indicator.values.find((entry: { year: number }) => entry.year === 2022)?.version;
          return {
            url: `${year(t)}/indicators/${indicator.id}/values`,
            payload: { version, year: 2022, period: 'year', value: 9.1 },
          };
        },
      },
    'POST /api/municipalities/:municipalityId/committees/:committeeId/years/:year/documents/:document/status':
      {
        allowed: ['controller'],
        build: async (t, admin) => {
          const document = (await view(t, admin)).documents.find(
            (entry: { document: string }) => entry.document === 'augusti',
          );
          const payload = document
            ? { version: document.version, status: document.status === 'draft' ? 'review' : 'draft' }
            : { status: 'review' };
          return { url: `${year(t)}/documents/augusti/status`, payload };
        },
      },
    'POST /api/municipalities/:municipalityId/committees/:committeeId/years/:year/start-next': {
      allowed: ['controller'],
      // A year of its own each time: a year can be started only once.
      build: async (t) => ({
        url: `${m(t)}/committees/${t.nodes.committee}/years/${2100 + nextYearOffset++}/start-next`,
      }),
    },
    'GET /api/municipalities/:municipalityId/committees/:committeeId/years/:year/follow-ups/:followUp/parts':
      {
        allowed: ['admin', 'controller', 'reader', 'reporter'],
        build: async (t) => ({ url: partsUrl(t) }),
      },
    'PUT /api/municipalities/:municipalityId/committees/:committeeId/years/:year/follow-ups/:followUp/deadline':
      {
        allowed: ['controller'],
        build: async (t) => ({
          url: `${year(t)}/follow-ups/arsrapport/deadline`,
          payload: { deadline: '2023-01-31' },
        }),
      },
    'PUT /api/municipalities/:municipalityId/committees/:committeeId/years/:year/follow-ups/:followUp/parts/:kind/:objectId':
      {
        allowed: ['controller'],
        build: async (t, admin) => {
          const goal = (await view(t, admin)).goals[0];
          return { url: `${partsUrl(t)}/goal/${goal.id}`, payload: { nodeId: t.nodes.unit } };
        },
      },
    'PUT /api/municipalities/:municipalityId/committees/:committeeId/years/:year/follow-ups/:followUp/parts/:kind/:objectId/contribution':
      {
        allowed: ['controller', 'reporter'],
        build: async (t, admin) => {
          const part = await partIn(t, admin, 'open');
          return {
            url: `${partsUrl(t)}/goal/${part.objectId}/contribution`,
            payload: { version: part.version, contribution: 'Bidrag', ready: false },
          };
        },
      },
    'POST /api/municipalities/:municipalityId/committees/:committeeId/years/:year/follow-ups/:followUp/parts/:kind/:objectId/review':
      {
        allowed: ['controller'],
        build: async (t, admin) => {
          const part = await partIn(t, admin, 'ready');
          return {
            url: `${partsUrl(t)}/goal/${part.objectId}/review`,
            payload: { version: part.version, decision: 'return', comment: 'Komplettera' },
          };
        },
      },
    'POST /api/municipalities/:municipalityId/committees/:committeeId/years/:year/follow-ups/:followUp/parts/:kind/:objectId/reopen':
      {
        allowed: ['controller'],
        build: async (t, admin) => {
          const part = await partIn(t, admin, 'approved');
          return {
            url: `${partsUrl(t)}/goal/${part.objectId}/reopen`,
            payload: { version: part.version, reason: 'Rättelse' },
          };
        },
      },
    'GET /api/municipalities/:municipalityId/my-tasks': {
      allowed: everyone,
      build: async (t) => ({ url: `${m(t)}/my-tasks` }),
    },
    'POST /api/municipalities/:municipalityId/import': {
      allowed: ['controller'],
      build: async (t, admin) => {
        const document = await fetchJson(admin, `${year(t)}/export`);
        return { url: `${m(t)}/import`, payload: document };
      },
    },
  };
}
