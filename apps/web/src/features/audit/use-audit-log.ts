import type { AuditLogQuery } from '@styr/shared/contracts/audit';
import { permissionReach } from '@styr/shared/domain/access';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useApi } from '../../api/api-context.tsx';
import { queryKeys } from '../../api/query-keys.ts';
import { useMe } from '../auth/index.ts';
import { useOrgTree } from '../org/index.ts';

export type AuditFilters = Pick<AuditLogQuery, 'committeeId' | 'entityType' | 'actorId' | 'from' | 'to'>;

const pageSize = '50';
// The log is read to see what just happened: fetched afresh each time the page opens, not kept like other data.
const fresh = { staleTime: 0 } as const;

/** The log under the filters, newest first, one page more each time `fetchNextPage` is called. */
export function useAuditLog(filters: AuditFilters) {
  const api = useApi();
  const municipalityId = useMe().user.municipalityId;
  return useInfiniteQuery({
    queryKey: queryKeys.auditLog(municipalityId, filters),
    queryFn: ({ pageParam }) =>
      api.audit.listAuditLog(municipalityId, { ...filters, limit: pageSize, cursor: pageParam || undefined }),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    ...fresh,
  });
}

export function useAuditActors() {
  const api = useApi();
  const municipalityId = useMe().user.municipalityId;
  return useQuery({
    queryKey: queryKeys.auditActors(municipalityId),
    queryFn: () => api.audit.listAuditActors(municipalityId),
    ...fresh,
  });
}

/**
 * The committees whose log the person may read, in tree order, and whether they may read the whole
 * municipality's (rows without a committee too). The server narrows the same way; this only shapes the page.
 */
export function useAuditReach() {
  const { grants } = useMe();
  const tree = useOrgTree();
  return useMemo(() => {
    const reach = permissionReach(grants, 'audit.read');
    const committees = (tree.index?.roots ?? [])
      .map((entry) => entry.node)
      .filter((node) => node.kind === 'committee')
      .filter((node) => reach.wholeMunicipality || reach.nodeIds.has(node.id));
    return { wholeMunicipality: reach.wholeMunicipality, committees, pending: tree.isPending };
  }, [grants, tree.index, tree.isPending]);
}

/** Whether to offer the Ändringslogg at all: audit.read for the municipality or on a committee. */
export function useMayReadAuditLog(): boolean {
  const reach = useAuditReach();
  return reach.wholeMunicipality || reach.committees.length > 0;
}
