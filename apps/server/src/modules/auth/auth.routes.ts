import { csrfSchema, meSchema, signInSchema } from '@styr/shared/contracts/auth';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { requireSession } from '../../http/access.ts';
import { clearSessionCookie, cookieOptions, csrfCookie, sessionCookie } from '../../http/session-hooks.ts';
import { describeSession, resolveSession, signIn, signOut } from './auth.service.ts';
import { limitPerAccount, perAddressLimit } from './sign-in-limits.ts';
import { signedNonce } from './tokens.ts';

const tags = ['Inloggning'];

export const authRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/auth/csrf',
      {
        config: { access: { kind: 'public' } },
        schema: { tags, summary: 'CSRF-token för inloggning', response: { 200: csrfSchema } },
      },
      async (request, reply) => {
        const csrfToken = signedNonce(deps.config.sessionSecret);
        reply.setCookie(csrfCookie, csrfToken, { ...cookieOptions(request), sameSite: 'strict' });
        return { csrfToken };
      },
    );

    app.post(
      '/auth/sign-in',
      {
        config: { access: { kind: 'public' }, rateLimit: perAddressLimit },
        preHandler: limitPerAccount(app),
        schema: { tags, summary: 'Logga in', body: signInSchema, response: { 200: meSchema } },
      },
      async (request, reply) => {
        const { cookie } = await signIn(deps, request.body);
        const session = await resolveSession(deps, cookie);
        if (!session) throw new Error('A session just created could not be read back');
        reply.setCookie(sessionCookie, cookie, cookieOptions(request));
        reply.clearCookie(csrfCookie, cookieOptions(request));
        return describeSession(deps, session);
      },
    );

    app.post(
      '/auth/sign-out',
      {
        config: { access: { kind: 'signedIn' } },
        schema: { tags, summary: 'Logga ut', response: { 204: z.null() } },
      },
      async (request, reply) => {
        await signOut(deps, requireSession(request));
        clearSessionCookie(reply);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/auth/me',
      {
        config: { access: { kind: 'signedIn' } },
        schema: { tags, summary: 'Den inloggade användaren', response: { 200: meSchema } },
      },
      (request) => describeSession(deps, requireSession(request)),
    );
  };
