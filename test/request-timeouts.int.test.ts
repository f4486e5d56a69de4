import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../apps/server/src/app.ts';
import { anonymousCsrf, createTestApp, type Session } from './harness.ts';

/**
 * A client that opens a request and then stops sending, or sends a byte now and then, is cut off once
 * REQUEST_TIMEOUT_MS has passed, so slow clients cannot hold connections and request bodies open for good.
 * Before, Fastify's defaults let a request take forever to arrive.
 */
let app: App;
let port: number;
let csrf: Session;
const timeout = 500;
/** Well past the timeout and the interval at which the server checks for late requests, on a busy machine. */
const cutOffWithin = 5_000;

beforeAll(async () => {
  ({ app } = await createTestApp({ env: { REQUEST_TIMEOUT_MS: String(timeout) } }));
  await app.listen({ host: '127.0.0.1', port: 0 });
  port = (app.server.address() as AddressInfo).port;
  csrf = await anonymousCsrf(app);
});

afterAll(async () => {
  await app.close();
});

/** Sends `start` on a raw socket, then `trickle` a byte at a time every 100 ms; resolves when the server closes it. */
function openRequest(start: string, trickle = '') {
  return new Promise<{ ms: number; answer: string }>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const begun = performance.now();
    let answer = '';
    let sent = 0;
    const dripping = setInterval(() => {
      if (sent < trickle.length) socket.write(trickle[sent++] as string);
    }, 100);
    const done = () => {
      clearInterval(dripping);
      clearTimeout(guard);
      socket.destroy();
      resolve({ ms: performance.now() - begun, answer });
    };
    // Still open long after the timeout: the server never cut it off.
    const guard = setTimeout(done, cutOffWithin * 2);
    socket.on('data', (data) => {
      answer += data.toString('latin1');
    });
    socket.on('close', done);
    socket.on('error', () => {});
    socket.write(start);
  });
}

const signInHeaders = (length: number) =>
  [
    'POST /api/auth/sign-in HTTP/1.1',
    'Host: 127.0.0.1',
    'Content-Type: application/json',
    `Content-Length: ${length}`,
    `Cookie: ${csrf.cookie}`,
    `X-CSRF-Token: ${csrf.csrfToken}`,
    '',
    '',
  ].join('\r\n');

describe('request timeouts', () => {
  it('cuts off a client that stalls its body, trickles it, or never ends its headers, and goes on answering', async () => {
    const body = JSON.stringify({ email: 'ingen@test.example', password: 'x'.repeat(40) });
    const [stalled, trickled, headersOnly] = await Promise.all([
      openRequest(`${signInHeaders(body.length)}${body.slice(0, 10)}`),
      openRequest(signInHeaders(body.length), body),
      openRequest('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: '),
    ]);
    for (const [name, result] of Object.entries({ stalled, trickled, headersOnly })) {
      expect(result.ms, `${name} was still open after ${Math.round(result.ms)} ms`).toBeLessThan(
        cutOffWithin,
      );
      expect(result.ms, name).toBeGreaterThanOrEqual(timeout - 50);
      expect(result.answer, name).not.toMatch(/^HTTP\/1\.1 [25]/);
    }
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);
  });

  it('leaves a request that arrives in time alone', async () => {
    const answer = await fetch(`http://127.0.0.1:${port}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: csrf.cookie, 'x-csrf-token': csrf.csrfToken },
      body: JSON.stringify({ email: 'ingen@test.example', password: 'fel-losenord-som-ar-langt' }),
    });
    expect(answer.status).toBe(401);
  });
});
