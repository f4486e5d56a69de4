import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../../test/harness.ts';

let context: Awaited<ReturnType<typeof createTestApp>>;

beforeAll(async () => {
  context = await createTestApp();
});

describe('system routes', () => {
  it('answers the health check with the engine in use', async () => {
    const response = await context.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', database: context.deps.engine });
  });

  it('describes every API route in the OpenAPI document', async () => {
    const document = (await context.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(document.openapi).toMatch(/^3\./);
    const documented = Object.keys(document.paths);
    for (const route of context.app.apiRoutes) {
      if (route.url === '/api/openapi.json') continue;
      expect(documented).toContain(route.url.replace(/:(\w+)/g, '{$1}'));
    }
    const signIn = document.paths['/api/auth/sign-in'].post;
    expect(signIn.requestBody.content['application/json'].schema.properties).toHaveProperty('email');
  });

  it('serves a browsable API page', async () => {
    const response = await context.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/html/);
  });

  it('answers unknown API addresses with JSON 404 and malformed JSON with 400, never 500', async () => {
    const missing = await context.app.inject({ method: 'GET', url: '/api/finns-inte' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('NOT_FOUND');
    const csrf = (await context.app.inject({ method: 'GET', url: '/api/auth/csrf' })).json().csrfToken;
    const malformed = await context.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie: `styr_csrf=${csrf}` },
      payload: '{"email": ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('VALIDATION');
  });

  it('sends security headers', async () => {
    const response = await context.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});
