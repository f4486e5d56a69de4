import { hasPermission, type Permission } from '@styr/shared/domain/access';
import type { FastifyRequest } from 'fastify';
import type { Deps } from '../../deps.ts';
import { notFound } from '../../errors.ts';
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
export const readCommittee: Access = {
  kind: 'node',
  permission: 'content.read',
  nodeOf: async (request, deps) => {
    const committeeId = await committeeInPath(request, deps);
    const session = request.auth;
    if (!session) return committeeId;
    for (const grant of session.grants) {
      if (grant.nodeId === null || grant.nodeId === committeeId) continue;
      const path = await findNodePath(deps.db, session.municipalityId, grant.nodeId, committeeId);
      if (path[0] === committeeId && hasPermission(session.grants, path, 'content.read')) return grant.nodeId;
    }
    return committeeId;
  },
};

/** A permission on the committee named in the path. */
export const onCommittee = (permission: Permission): Access => ({
  kind: 'node',
  permission,
  nodeOf: (request, deps) => committeeInPath(request, deps),
});
