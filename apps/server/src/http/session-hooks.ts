import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Deps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { isSignedNonce, resolveSession, safeEqual } from '../modules/auth/index.ts';
import { authorize } from './access.ts';
import { isApiRequest } from './api-request.ts';

export const sessionCookie = 'styr_session';
export const csrfCookie = 'styr_csrf';
export const csrfHeader = 'x-csrf-token';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export function cookieOptions(request: { protocol: string }) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    // Behind a TLS-terminating proxy (TRUST_PROXY) the protocol comes from X-Forwarded-Proto.
    secure: request.protocol === 'https',
  };
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(sessionCookie, cookieOptions(reply.request));
}

/**
 * Reads the session before validation, so an anonymous caller learns nothing
 * about a route's input; refuses state-changing requests (POST, PUT, PATCH,
 * DELETE) whose CSRF header does not match the session's token (or, before
 * sign-in, the signed CSRF cookie), on whatever spelling of an API route's
 * path; then runs the route's access check once the input is validated.
 */
export function registerSessionHooks(app: FastifyInstance, deps: Deps) {
  app.decorateRequest('auth', null);

  app.addHook('onRequest', async (request, reply) => {
    if (!isApiRequest(request)) return;
    const cookie = request.cookies[sessionCookie];
    request.auth = cookie ? await resolveSession(deps, cookie) : null;
    if (cookie && !request.auth) clearSessionCookie(reply);
    if (safeMethods.has(request.method)) return;
    const header = request.headers[csrfHeader];
    const sent = typeof header === 'string' ? header : '';
    const anonymous = request.cookies[csrfCookie] ?? '';
    const valid = request.auth
      ? safeEqual(sent, request.auth.csrfToken)
      : sent !== '' && safeEqual(sent, anonymous) && isSignedNonce(deps.config.sessionSecret, sent);
    if (!valid) {
      throw new AppError('CSRF', 'Begäran saknar giltig CSRF-token. Ladda om sidan och försök igen.');
    }
  });

  app.addHook('preHandler', async (request) => {
    const access = request.routeOptions.config.access;
    if (access) await authorize(deps, request, access);
  });
}
