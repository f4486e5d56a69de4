import { beforeAll, describe, expect, it } from 'vitest';
import { exportCommitteeYear } from '../apps/server/src/modules/interchange/export.service.ts';
import { assignPart } from '../apps/server/src/modules/workflow/parts.service.ts';
import { authorizationCases } from './authorization-cases.ts';
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
} from './harness.ts';

/**
 * Every API route × every role (and none) × own and other municipality, and anonymous callers. The
 * expected outcome of each row is written by hand in authorization-cases.ts; a route without a row fails.
 */
const cases = authorizationCases(() => context);

let context: Awaited<ReturnType<typeof createTestApp>>;
let own: Tenant;
let other: Tenant;
const sessions = new Map<string, Session>();

beforeAll(async () => {
  context = await createTestApp();
  own = await createTenant(context.deps, 'Egen kommun');
  other = await createTenant(context.deps, 'Annan kommun');
  for (const tenant of [own, other]) {
    await importTenantYear(context.deps, tenant);
    const goal = (
      await exportCommitteeYear(context.deps, {
        municipalityId: tenant.municipalityId,
        committeeId: tenant.nodes.committee,
        year: 2022,
      })
    ).goals[0];
    await assignPart(
      context.deps,
      { municipalityId: tenant.municipalityId, userId: null },
      { municipalityId: tenant.municipalityId, committeeId: tenant.nodes.committee, year: 2022 },
      { followUp: 'arsrapport', kind: 'goal', objectId: goal?.id ?? '' },
      tenant.nodes.unit,
    );
  }
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
