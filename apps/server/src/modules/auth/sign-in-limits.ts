import type { SignIn } from '@styr/shared/contracts/auth';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../errors.ts';

/**
 * Sign-in limits kept in this server's memory, in front of the lock in the database (five failures in a row lock
 * an account for five minutes, on every server). Numbers and reasons: docs/decisions.md, "Sign-in throttling".
 */

/** Per client address: room for a whole office behind one NAT signing in at eight o'clock. */
export const perAddressLimit = { max: 3000, timeWindow: 15 * 60_000 };

/** Per e-mail asked for, known or not, from any address: far above what a person does, far below guessing. */
export const perAccountLimit = { max: 30, timeWindow: 15 * 60_000 };

/** A preHandler (the body is validated by then, its e-mail normalised) refusing an e-mail asked for too often. */
export function limitPerAccount(app: FastifyInstance) {
  const count = app.createRateLimit({
    ...perAccountLimit,
    keyGenerator: (request) => (request.body as SignIn).email,
  });
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const result = await count(request);
    if (result.isAllowed || !result.isExceeded) return;
    reply.header('retry-after', result.ttlInSeconds);
    throw new AppError('RATE_LIMITED', 'För många inloggningsförsök. Vänta en stund och försök igen.');
  };
}
