import { hasPermission, type Permission } from '@styr/shared/domain/access';
import { isHandedOver } from '@styr/shared/domain/committee-reading';
import type { DocumentStatus } from '@styr/shared/domain/document-lifecycle';
import type { FastifyRequest } from 'fastify';
import type { Deps } from '../../deps.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Access } from '../../http/access.ts';
import { findNodePath, findOrgNode } from '../org/index.ts';

/** The committee named in the path; any other node (a unit, a department) there is no committee's year. */
async function committeeInPath(request: FastifyRequest, deps: Deps): Promise<string> {
  const { committeeId, municipalityId } = request.params as { committeeId: string; municipalityId: string };
  const node = await findOrgNode(deps.db, municipalityId, committeeId);
  if (node?.kind !== 'committee') throw notFound('Nämnden');
  return committeeId;
}

/**
 * The committee's year is read by those who may read the committee, and by
 * those who report for a part of it (a unit's rapportör), who need the plan
 * they report against: the check then runs on their own node in the committee.
 */
export const readCommittee: Access = { kind: 'node', permission: 'content.read', nodeOf: readerNode };

async function readerNode(request: FastifyRequest, deps: Deps): Promise<string> {
  const committeeId = await committeeInPath(request, deps);
  const session = request.auth;
  if (!session) return committeeId;
  for (const grant of session.grants) {
    if (grant.nodeId === null || grant.nodeId === committeeId) continue;
    const path = await findNodePath(deps.db, session.municipalityId, grant.nodeId, committeeId);
    if (path[0] === committeeId && hasPermission(session.grants, path, 'content.read')) return grant.nodeId;
  }
  return committeeId;
}

/**
 * What is handed over to the committee (its year once the plan is, and documents submitted for its decision or
 * adopted) is read by its members too, who hold adopted.read. The handler decides what a member sees, through
 * `readsWorkInProgress`: every role that reads the committee's work also holds adopted.read.
 */
export const readCommitteeHandedOver: Access = {
  kind: 'node',
  permission: 'adopted.read',
  nodeOf: readerNode,
};

/** Whether the caller reads the committee's work in progress (drafts included), not only what is handed over. */
export async function readsWorkInProgress(request: FastifyRequest, deps: Deps): Promise<boolean> {
  const session = request.auth;
  if (!session) return false;
  const { committeeId } = request.params as { committeeId: string };
  const nodeId = await readerNode(request, deps);
  const path = await findNodePath(deps.db, session.municipalityId, nodeId, committeeId);
  return hasPermission(session.grants, path, 'content.read');
}

/** Refuses a member a document or year not handed over to the committee yet. */
export function assertHandedOver(status: DocumentStatus | undefined): void {
  if (status === undefined || !isHandedOver(status)) {
    throw new AppError(
      'FORBIDDEN',
      'Nämndens ledamöter kan läsa dokumentet när det är överlämnat till nämnden för beslut.',
    );
  }
}

/** A permission on the committee named in the path. */
export const onCommittee = (permission: Permission): Access => ({
  kind: 'node',
  permission,
  nodeOf: (request, deps) => committeeInPath(request, deps),
});
