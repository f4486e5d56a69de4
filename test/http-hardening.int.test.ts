import { beforeAll, describe, expect, it } from 'vitest';
import { anonymousCsrf, call, createSignedInTenant, createTestApp, type Session } from './harness.ts';

let context: Awaited<ReturnType<typeof createSignedInTenant>>;
let grantId: string;

beforeAll(async () => {
  context = await createSignedInTenant();
  const user = await call(context.app, context.admin, {
    method: 'GET',
    url: `${context.base}/users/${context.tenant.users.reader.id}`,
  });
  grantId = user.json().grants[0].id;
});

// The same routes as /api/…, spelled with a percent-encoded letter; Fastify routes both to the same handler.
const encoded = (url: string) => url.replace(/^\/api\//, '/%61pi/');

describe('CSRF on every spelling of an API path', () => {
  const cases = () => {
    const { base, tenant } = context;
    return [
      { method: 'POST', url: `${base}/org-nodes`, payload: { parentId: null, kind: 'committee', name: 'X' } },
      {
        method: 'PATCH',
        url: `${base}/users/${tenant.users.reader.id}`,
        payload: { version: 1, displayName: 'X' },
      },
      { method: 'PUT', url: `${base}/document-templates`, payload: {} },
      { method: 'DELETE', url: `${base}/users/${tenant.users.reader.id}/grants/${grantId}` },
    ] as const;
  };

  it('refuses POST, PATCH, PUT and DELETE without the session token, encoded or not, and changes nothing', async () => {
    const withoutToken: Session = { cookie: context.admin.cookie, csrfToken: '' };
    for (const request of cases()) {
      for (const url of [request.url, encoded(request.url), request.url.replace('/users/', '/%75sers/')]) {
        const response = await call(context.app, withoutToken, { ...request, url });
        expect(response.statusCode, `${request.method} ${url}`).toBe(403);
        expect(response.json().error.code).toBe('CSRF');
      }
    }
    const reader = await call(context.app, context.admin, {
      method: 'GET',
      url: `${context.base}/users/${context.tenant.users.reader.id}`,
    });
    expect(reader.json()).toMatchObject({
      displayName: 'Test reader',
      version: 1,
      grants: [{ id: grantId }],
    });
  });

  it('refuses a sign-in without the anonymous token at an encoded path, and accepts one with it', async () => {
    const payload = { email: context.tenant.users.reader.email, password: 'ett-langt-testlosenord' };
    for (const url of ['/%61pi/auth/sign-in', '/api/auth/sign%2Din', '/%61%70%69/auth/sign-in']) {
      const response = await context.app.inject({ method: 'POST', url, payload });
      expect(response.statusCode, url).toBe(403);
      expect(response.json().error.code).toBe('CSRF');
      expect(response.cookies.find((cookie) => cookie.name === 'styr_session')).toBeUndefined();
    }
    const anonymous = await anonymousCsrf(context.app);
    const signedIn = await context.app.inject({
      method: 'POST',
      url: '/%61pi/auth/sign-in',
      headers: { cookie: anonymous.cookie, 'x-csrf-token': anonymous.csrfToken },
      payload,
    });
    expect(signedIn.statusCode).toBe(200);
  });

  it('reads the session at an encoded path, so a request with the token works there', async () => {
    const response = await call(context.app, context.admin, {
      method: 'PATCH',
      url: encoded(`${context.base}/users/${context.tenant.users.controller.id}`),
      payload: { version: 1, displayName: 'Kodad väg' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().displayName).toBe('Kodad väg');
  });
});

describe('Cache-Control on API answers', () => {
  it('is no-store on every API answer: data, errors, unknown addresses, encoded paths', async () => {
    const { app, admin, base } = context;
    const requests = [
      () => call(app, admin, { method: 'GET', url: '/api/auth/me' }),
      () => call(app, admin, { method: 'GET', url: `${base}/users` }),
      () => call(app, null, { method: 'GET', url: '/api/auth/me' }),
      () => call(app, admin, { method: 'GET', url: '/api/municipalities/not-an-id/users' }),
      () => call(app, admin, { method: 'GET', url: '/api/finns-inte' }),
      () => call(app, { ...admin, csrfToken: '' }, { method: 'POST', url: '/api/auth/sign-out' }),
      () => call(app, null, { method: 'GET', url: encoded('/api/auth/csrf') }),
      () => call(app, null, { method: 'GET', url: '/%61pi/finns-inte' }),
      () => app.inject({ method: 'GET', url: '/api/openapi.json' }),
    ];
    const statuses: number[] = [];
    for (const request of requests) {
      const response = await request();
      expect(response.headers['cache-control'], response.raw.req.url).toBe('no-store');
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([200, 200, 401, 400, 404, 403, 200, 404, 200]);
  });
});

describe('TRUST_PROXY', () => {
  const remainingAfterSpoofing = async (trustProxy: string, from: string) => {
    const { app } = await createTestApp({ env: { TRUST_PROXY: trustProxy } });
    const anonymous = await anonymousCsrf(app);
    const remaining: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        remoteAddress: from,
        headers: {
          cookie: anonymous.cookie,
          'x-csrf-token': anonymous.csrfToken,
          // What the client wrote, then the address the proxy saw it come from.
          'x-forwarded-for': `198.51.100.${attempt}, 203.0.113.9`,
        },
        payload: { email: `ingen-${attempt}@test.example`, password: 'ett-langt-testlosenord' },
      });
      expect(response.statusCode).toBe(401);
      remaining.push(Number(response.headers['x-ratelimit-remaining']));
    }
    return remaining;
  };

  it('takes the client address from the trusted proxies only, so a rotating X-Forwarded-For is one client', async () => {
    for (const [trustProxy, from] of [
      ['1', '127.0.0.1'],
      ['127.0.0.1, 10.0.0.0/8', '10.1.2.3'],
      ['10.0.0.0/8', '192.0.2.1'],
    ] as const) {
      const [first = 0, second, third] = await remainingAfterSpoofing(trustProxy, from);
      expect([second, third], `TRUST_PROXY=${trustProxy} from ${from}`).toEqual([first - 1, first - 2]);
    }
  });

  it('stops the server at start when it would trust every hop or names no address', async () => {
    const start = (trustProxy: string) =>
      createTestApp({ env: { TRUST_PROXY: trustProxy } }).then(
        () => 'started',
        (error: Error) => error.message,
      );
    expect(await start('true')).toMatch(/TRUST_PROXY: "true" would trust every X-Forwarded-For hop/);
    expect(await start('proxy.example')).toMatch(/TRUST_PROXY: not an address or CIDR range: proxy.example/);
  });
});
