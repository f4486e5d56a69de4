import { effectivePermissions, type Permission } from '@styr/shared/domain/access';
import type { FastifyRequest } from 'fastify';
import type { Deps } from '../deps.ts';
import { AppError, forbidden, notFound } from '../errors.ts';
import type { SessionContext } from '../modules/auth/index.ts';
import { findNodePath } from '../modules/org/index.ts';

/**
 * Who may call a route. Every route under /api declares one; the app refuses to
 * start with a route that does not, and one check below enforces them all.
 */
export type Access =
  | { kind: 'public' }
  | { kind: 'signedIn' }
  /** A secret the server was started with, presented by a local process (the command line); never a session. */
  | { kind: 'token'; matches: (request: FastifyRequest) => boolean }
  /** The caller belongs to the municipality in the path; with a permission, held for the whole municipality. */
  | { kind: 'municipality'; permission?: Permission }
  /** A permission on a node in the caller's municipality (null: the municipality level), and inherited downwards. */
  | {
      kind: 'node';
      permission: Permission;
      /** The node the request concerns; may look it up, e.g. the unit that owns an activity. */
      nodeOf: (request: FastifyRequest, deps: Deps) => string | null | Promise<string | null>;
    };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    auth: SessionContext | null;
  }
}

export function requireSession(request: FastifyRequest): SessionContext {
  if (!request.auth) throw new AppError('UNAUTHENTICATED', 'Du är inte inloggad.');
  return request.auth;
}

function municipalityOf(request: FastifyRequest): string | undefined {
  const params = request.params as { municipalityId?: string } | undefined;
  return params?.municipalityId;
}

/** The one authorization check. Other municipalities' data answers 404, so its existence is not revealed. */
export async function authorize(deps: Deps, request: FastifyRequest, access: Access): Promise<void> {
  if (access.kind === 'public') return;
  if (access.kind === 'token') {
    if (access.matches(request)) return;
    requireSession(request);
    throw forbidden();
  }
  const session = requireSession(request);
  if (access.kind === 'signedIn') return;
  if (municipalityOf(request) !== session.municipalityId) throw notFound();
  if (access.kind === 'municipality') {
    if (access.permission && !effectivePermissions(session.grants, []).has(access.permission))
      throw forbidden();
    return;
  }
  const nodeId = await access.nodeOf(request, deps);
  // Under a committee's address, a unit that serves that committee is seen (and its rights given) from it.
  const { committeeId } = (request.params ?? {}) as { committeeId?: string };
  const path =
    nodeId === null ? [] : await findNodePath(deps.db, session.municipalityId, nodeId, committeeId);
  if (nodeId !== null && path.length === 0) throw notFound('Organisationsenheten');
  if (!effectivePermissions(session.grants, path).has(access.permission)) throw forbidden();
}

export const nodeFromParams = (request: FastifyRequest) => (request.params as { nodeId: string }).nodeId;
