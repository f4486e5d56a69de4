import type { DocumentKind } from '@styr/shared/contracts/documents';
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/api-context.tsx';
import type { YearScope } from '../../api/plan-api.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { useMe } from '../auth/index.ts';

export function useYearScope(committeeId: string, year: number): YearScope {
  return { municipalityId: useMe().user.municipalityId, committeeId, year };
}

export const documentKey = (scope: YearScope, kind: DocumentKind) =>
  queryKeys.document(scope.municipalityId, scope.committeeId, scope.year, kind);

export function useDocumentOverview(scope: YearScope, kind: DocumentKind) {
  const api = useApi();
  return useQuery({
    queryKey: [...documentKey(scope, kind), 'overview'],
    queryFn: () => api.documents.getOverview(scope, kind),
  });
}

/** The document rendered now; not asked for when `enabled` is false (an adopted document shows its archived file). */
export function useDocumentPreview(scope: YearScope, kind: DocumentKind, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: [...documentKey(scope, kind), 'preview'],
    queryFn: () => api.documents.getPreview(scope, kind),
    enabled,
  });
}

export function useDocumentTemplates(municipalityId: string) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.documentTemplates(municipalityId),
    queryFn: () => api.documents.getTemplates(municipalityId),
  });
}
