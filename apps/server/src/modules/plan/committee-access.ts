import { hasPermission, type Permission } from '@styr/shared/domain/access';
import type { Access } from '../../http/access.ts';
import { findNodePath } from '../org/index.ts';

/**
 * The committee's year is read by those who may read the committee, and by
 * those who report for a part of it (a unit's rapportör), who need the plan
 * they report against: the check then runs on their own node in the committee.
 */
export const readCommittee: Access = {
  kind: 'node',
  permission: 'content.read',
  nodeOf: async (request, deps) => {
    const { committeeId } = request.params as { committeeId: string };
    const session = request.auth;
    if (!session) return committeeId;
    for (const grant of session.grants) {
      if (grant.nodeId === null || grant.nodeId === committeeId) continue;
      const path = await findNodePath(deps.db, session.municipalityId, grant.nodeId);
      if (path[0] === committeeId && hasPermission(session.grants, path, 'content.read')) return grant.nodeId;
    }
    return committeeId;
  },
};

/** A permission on the committee named in the path. */
export const onCommittee = (permission: Permission): Access => ({
  kind: 'node',
  permission,
  nodeOf: (request) => (request.params as { committeeId: string }).committeeId,
});
