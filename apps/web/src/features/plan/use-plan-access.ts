import { effectivePermissions, rolePermissions } from '@styr/shared/domain/access';
import { useMemo } from 'react';
import { usePermissions } from '../access/index.ts';
import { useMe } from '../auth/index.ts';
import { useOrgTree } from '../org/index.ts';

/** What the signed-in person may do with the committee's plan and follow-ups. */
export function usePlanAccess(committeeId: string) {
  const { grants } = useMe();
  const committee = usePermissions([committeeId]);
  const { index } = useOrgTree();
  return useMemo(() => {
    const pathOf = (nodeId: string) => {
      const path = index?.pathOf(nodeId) ?? [];
      return path.length > 0 ? path : [committeeId, nodeId];
    };
    // A rapportör's grant sits on a unit; it lets them report on what that unit owns.
    const editedUnits = grants
      .filter((grant) => grant.nodeId && rolePermissions[grant.role].includes('content.edit'))
      .map((grant) => grant.nodeId as string)
      .filter((nodeId) => nodeId !== committeeId && pathOf(nodeId)[0] === committeeId);
    return {
      canRead: committee.has('content.read'),
      canEdit: committee.has('content.edit'),
      canCompile: committee.has('content.compile'),
      editedUnits,
      /** Activities are edited by their owner unit, or by the committee when they have none. */
      canEditActivity: (ownerNodeId: string | null) =>
        effectivePermissions(grants, ownerNodeId ? pathOf(ownerNodeId) : [committeeId]).has('content.edit'),
      unitName: (nodeId: string) => index?.nodeName(nodeId),
    };
  }, [grants, committee, index, committeeId]);
}
