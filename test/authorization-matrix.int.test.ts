import { beforeAll, describe, expect, it } from 'vitest';
import {
  anonymousCsrf,
  call,
  createTenant,
  createTestApp,
  type FixtureRole,
  fixtureRoles,
  importTenantYear,
  type Session,
  signInAs,
  type Tenant,
  testPassword,
} from './harness.ts';

/**
 * Every API route × every role × own and other municipality. The expectations
 * are written here by hand, independent of the routes' own declarations, and a
 * route without a row here fails the suite.
 */
type Allowed = 'public' | 'signedIn' | readonly FixtureRole[];
interface Case {
  allowed: Allowed;
  /** Builds a request against tenant `t`; `admin` may prepare state (versions, grants) first. */
  build: (t: Tenant, admin: Session) => Promise<{ url: string; payload?: unknown }>;
}

const everyone = fixtureRoles;
const m = (t: Tenant) => `/api/municipalities/${t.municipalityId}`;
const fetchJson = async (admin: Session, url: string) =>
  (await call(context.app, admin, { method: 'GET', url })).json();

const cases: Record<string, Case> = {
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
      payload: { email: `ny-${crypto.randomUUID()}@test.example`, displayName: 'Ny', password: testPassword },
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
      const grant = await call(context.app, admin, {
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
      return { url: `${year(t)}/goals/${goal.id}`, payload: { version: goal.version, planText: 'Ny text' } };
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
  'POST /api/municipalities/:municipalityId/committees/:committeeId/years/:year/documents/:document/status': {
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
  'POST /api/municipalities/:municipalityId/import': {
    allowed: ['controller'],
    build: async (t, admin) => {
      const document = await fetchJson(admin, `${year(t)}/export`);
      return { url: `${m(t)}/import`, payload: document };
    },
  },
};

let nextYearOffset = 0;
const year = (t: Tenant) => `${m(t)}/committees/${t.nodes.committee}/years/2022`;
const view = (t: Tenant, admin: Session) => fetchJson(admin, year(t));

async function existingGrant(t: Tenant, admin: Session): Promise<string> {
  const users = await fetchJson(admin, `${m(t)}/users`);
  const reader = users.find((user: { id: string }) => user.id === t.users.reader.id);
  return reader.grants.find((grant: { role: string }) => grant.role === 'member').id;
}

let context: Awaited<ReturnType<typeof createTestApp>>;
let own: Tenant;
let other: Tenant;
const sessions = new Map<string, Session>();

beforeAll(async () => {
  context = await createTestApp();
  own = await createTenant(context.deps, 'Egen kommun');
  other = await createTenant(context.deps, 'Annan kommun');
  await importTenantYear(context.deps, own);
  await importTenantYear(context.deps, other);
});

/** A fresh session per request, since signing out or a new grant would disturb the next request. */
async function sessionFor(t: Tenant, role: FixtureRole): Promise<Session> {
  const key = `${t.municipalityId}:${role}`;
  const existing = sessions.get(key);
  if (
    existing &&
    (await call(context.app, existing, { method: 'GET', url: '/api/auth/me' })).statusCode === 200
  )
    return existing;
  const session = await signInAs(context.app, t.users[role].email);
  sessions.set(key, session);
  return session;
}

const routeKeys = () => context.app.apiRoutes.map((route) => `${route.method} ${route.url}`);

describe('authorization matrix', () => {
  it('has a row for every API route, and every row names a route', () => {
    expect(routeKeys().sort()).toEqual(Object.keys(cases).sort());
  });

  it('refuses to start with an API route that declares no access rule', async () => {
    const { buildApp } = await import('../apps/server/src/app.ts');
    const app = await buildApp(context.deps);
    expect(() => app.get('/api/unchecked', async () => 'open')).toThrow(/declares no access rule/);
  });

  for (const [key, testCase] of Object.entries(cases)) {
    const [method, route] = key.split(' ') as ['GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', string];

    it(`${key}: anonymous callers`, async () => {
      const admin = await sessionFor(own, 'admin');
      const request = await testCase.build(own, admin);
      const anonymous = method === 'GET' ? null : await anonymousCsrf(context.app);
      const response = await call(context.app, anonymous, { method, ...request });
      if (testCase.allowed === 'public') expect(response.statusCode, response.body).toBeLessThan(300);
      else expect(response.statusCode, response.body).toBe(401);
    });

    for (const role of fixtureRoles) {
      it(`${key}: ${role} in own municipality`, async () => {
        const request = await testCase.build(own, await sessionFor(own, 'admin'));
        const session = await sessionFor(own, role);
        const response = await call(context.app, session, { method, ...request });
        const allowed =
          testCase.allowed === 'public' || testCase.allowed === 'signedIn' || testCase.allowed.includes(role);
        if (allowed) expect(response.statusCode, response.body).toBeLessThan(300);
        else expect(response.statusCode, response.body).toBe(403);
      });

      if (!route.includes(':municipalityId')) continue;

      it(`${key}: ${role} from another municipality`, async () => {
        const request = await testCase.build(own, await sessionFor(own, 'admin'));
        const session = await sessionFor(other, role);
        const response = await call(context.app, session, { method, ...request });
        expect(response.statusCode, response.body).toBe(404);
        // Naming their own municipality with the other municipality's object ids must not reach those objects.
        if (request.url.split('/').length > 5) {
          const disguised = request.url.replace(own.municipalityId, other.municipalityId);
          const hidden = await call(context.app, session, { method, ...request, url: disguised });
          expect(hidden.statusCode, hidden.body).toBe(
            role === 'admin' || hidden.statusCode === 404 ? 404 : 403,
          );
        }
      });
    }
  }
});
