import type {
  CreateOrgNode,
  OrgNode,
  OrgNodeKind,
  UpdateMunicipality,
  UpdateOrgNode,
} from '@styr/shared/contracts/org';
import { defaultOrgKinds, orgKindLabel } from '@styr/shared/domain/org';
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useApi } from '../../api/api-context.tsx';
import { queryKeys } from '../../api/query-keys.ts';
import type { OrgNames } from '../../components/history-format.ts';
import { useMe } from '../auth/index.ts';
import { indexOrg } from './org-index.ts';

/** The organisation the person may read, for one year or (without a year) for all years. */
export function useOrgTree(year?: number) {
  const api = useApi();
  const municipalityId = useMe().user.municipalityId;
  const query = useQuery({
    queryKey: queryKeys.orgTree(municipalityId, year ?? 'all'),
    queryFn: () => api.org.getOrgTree(municipalityId, year),
  });
  const index = useMemo(
    () => (query.data ? indexOrg(query.data.nodes, query.data.kinds, query.data.served) : undefined),
    [query.data],
  );
  return { ...query, index };
}

export function useOrgNode(nodeId: string) {
  const api = useApi();
  const municipalityId = useMe().user.municipalityId;
  return useQuery({
    queryKey: queryKeys.orgNode(municipalityId, nodeId),
    queryFn: () => api.org.getOrgNode(municipalityId, nodeId),
  });
}

export function useOrgNodeHistory(nodeId: string, enabled: boolean) {
  const api = useApi();
  const municipalityId = useMe().user.municipalityId;
  return useQuery({
    queryKey: queryKeys.orgNodeHistory(municipalityId, nodeId),
    queryFn: () => api.org.getOrgNodeHistory(municipalityId, nodeId),
    enabled,
  });
}

export function useUpdateOrgNode(nodeId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  const municipalityId = useMe().user.municipalityId;
  return useMutation({
    mutationFn: (body: UpdateOrgNode) => api.org.updateOrgNode(municipalityId, nodeId, body),
    onSuccess: (node) => {
      queryClient.setQueryData(queryKeys.orgNode(municipalityId, nodeId), node);
      void queryClient.invalidateQueries({ queryKey: queryKeys.orgTrees(municipalityId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.orgNodeHistory(municipalityId, nodeId) });
    },
  });
}

/** Puts the stored version into the cache, e.g. when someone else's change is to replace the form's values. */
export function useReplaceOrgNode() {
  const queryClient = useQueryClient();
  const municipalityId = useMe().user.municipalityId;
  return (node: OrgNode) => {
    queryClient.setQueryData(queryKeys.orgNode(municipalityId, node.id), node);
    void queryClient.invalidateQueries({ queryKey: queryKeys.orgTrees(municipalityId) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.orgNodeHistory(municipalityId, node.id) });
  };
}

export function useCreateOrgNode() {
  const api = useApi();
  const queryClient = useQueryClient();
  const municipalityId = useMe().user.municipalityId;
  return useMutation({
    mutationFn: (body: CreateOrgNode) => api.org.createOrgNode(municipalityId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.orgTrees(municipalityId) }),
  });
}

export function useUpdateMunicipality() {
  const api = useApi();
  const queryClient = useQueryClient();
  const municipalityId = useMe().user.municipalityId;
  return useMutation({
    mutationFn: (body: UpdateMunicipality) => api.org.updateMunicipality(municipalityId, body),
    onSuccess: () => refreshMunicipality(queryClient, municipalityId),
  });
}

/** The municipality's name shows in the left column (from "me") and in every org tree. */
export function refreshMunicipality(queryClient: QueryClient, municipalityId: string) {
  void queryClient.invalidateQueries({ queryKey: queryKeys.municipality(municipalityId) });
  void queryClient.invalidateQueries({ queryKey: queryKeys.orgTrees(municipalityId) });
  void queryClient.invalidateQueries({ queryKey: queryKeys.me });
}

/** The municipality's names and nesting of the kinds of unit; the defaults until the tree has loaded. */
export function useOrgKinds() {
  const tree = useOrgTree();
  const kinds = tree.data?.kinds ?? defaultOrgKinds;
  return useMemo(() => ({ kinds, label: (kind: OrgNodeKind) => orgKindLabel(kinds, kind) }), [kinds]);
}

/** Names for what a history stores by id or code; the kinds' default names until the tree has loaded. */
export function useOrgNames(): OrgNames {
  const { index } = useOrgTree();
  const kinds = useOrgKinds();
  return index ?? { nodeName: () => undefined, kindLabel: kinds.label };
}
