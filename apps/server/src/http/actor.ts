import type { FastifyRequest } from 'fastify';
import type { Actor } from '../deps.ts';
import { requireSession } from './access.ts';

export function actorOf(request: FastifyRequest): Actor {
  const session = requireSession(request);
  return { municipalityId: session.municipalityId, userId: session.user.id, grants: session.grants };
}
