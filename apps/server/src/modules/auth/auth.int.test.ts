import { beforeAll, describe, expect, it } from 'vitest';
import {
  anonymousCsrf,
  call,
  createTenant,
  createTestApp,
  signInAs,
  type Tenant,
  TestClock,
  testPassword,
} from '../../../../../test/harness.ts';

const clock = new TestClock();
let context: Awaited<ReturnType<typeof createTestApp>>;
let tenant: Tenant;

beforeAll(async () => {
  context = await createTestApp({ clock });
  tenant = await createTenant(context.deps);
});

const signIn = async (email: string, password: string) => {
  const anonymous = await anonymousCsrf(context.app);
  return context.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    headers: { cookie: anonymous.cookie, 'x-csrf-token': anonymous.csrfToken },
    payload: { email, password },
  });
};

describe('sign-in', () => {
  it('signs in with the right password and sets a HttpOnly, SameSite session cookie', async () => {
    const response = await signIn(tenant.users.controller.email, testPassword);
    expect(response.statusCode).toBe(200);
    expect(response.json().user.email).toBe(tenant.users.controller.email);
    const cookie = response.cookies.find((entry) => entry.name === 'styr_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(cookie?.secure).toBeFalsy();
  });

  it('marks the cookie Secure behind a proxy that terminated https', async () => {
    const behindProxy = await createTestApp({ env: { TRUST_PROXY: '1' } });
    const anonymous = await anonymousCsrf(behindProxy.app);
    const response = await behindProxy.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: {
        cookie: anonymous.cookie,
        'x-csrf-token': anonymous.csrfToken,
        'x-forwarded-proto': 'https',
      },
      payload: { email: tenant.users.reader.email, password: testPassword },
    });
    expect(response.statusCode).toBe(200);
    expect(response.cookies.find((entry) => entry.name === 'styr_session')?.secure).toBe(true);
  });

  it('answers a wrong password and an unknown e-mail alike', async () => {
    const wrong = await signIn(tenant.users.reader.email, 'fel-losenord-helt-klart');
    const unknown = await signIn('ingen@test.example', 'fel-losenord-helt-klart');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
  });

  it('refuses further attempts, even with the right password, after five wrong ones in a row, until the lock expires', async () => {
    const email = tenant.users.member.email;
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await signIn(email, `fel-${attempt}-losenordet`)).statusCode).toBe(401);
    }
    const locked = await signIn(email, testPassword);
    expect(locked.statusCode).toBe(401);
    expect(locked.json().error.code).toBe('UNAUTHENTICATED');
    clock.advance(6 * 60_000);
    expect((await signIn(email, testPassword)).statusCode).toBe(200);
  });

  it('refuses sign-in without the CSRF token', async () => {
    const response = await context.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: tenant.users.reader.email, password: testPassword },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('CSRF');
  });

  it('refuses a forged anonymous CSRF token that matches its own cookie', async () => {
    const forged = 'abc.def';
    const response = await context.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { cookie: `styr_csrf=${forged}`, 'x-csrf-token': forged },
      payload: { email: tenant.users.reader.email, password: testPassword },
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('session', () => {
  it('refuses a state-changing request that lacks the session CSRF token, and changes nothing', async () => {
    const session = await signInAs(context.app, tenant.users.admin.email);
    const url = `/api/municipalities/${tenant.municipalityId}/org-nodes`;
    const payload = {
      parentId: tenant.nodes.department,
      kind: 'unit',
      name: 'Utan token',
      validFrom: '2024-01-01',
    };
    const response = await context.app.inject({
      method: 'POST',
      url,
      headers: { cookie: session.cookie },
      payload,
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('CSRF');
    const wrongToken = await context.app.inject({
      method: 'POST',
      url,
      headers: { cookie: session.cookie, 'x-csrf-token': 'x'.repeat(43) },
      payload,
    });
    expect(wrongToken.statusCode).toBe(403);
    const tree = await call(context.app, session, {
      method: 'GET',
      url: `/api/municipalities/${tenant.municipalityId}/org-tree`,
    });
    expect(tree.json().nodes.map((node: { name: string }) => node.name)).not.toContain('Utan token');
  });

  it('describes the signed-in person and ends the session on sign-out', async () => {
    const session = await signInAs(context.app, tenant.users.reporter.email);
    const me = await call(context.app, session, { method: 'GET', url: '/api/auth/me' });
    expect(me.json()).toMatchObject({
      user: { id: tenant.users.reporter.id },
      grants: [{ role: 'reporter', nodeId: tenant.nodes.unit }],
    });
    expect((await call(context.app, session, { method: 'POST', url: '/api/auth/sign-out' })).statusCode).toBe(
      204,
    );
    expect((await call(context.app, session, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });

  it('expires an idle session', async () => {
    const session = await signInAs(context.app, tenant.users.reader.email);
    clock.advance(9 * 60 * 60_000);
    expect((await call(context.app, session, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });
});
