import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/api-error.ts';
import { queryKeys } from '../api/query-keys.ts';

const noRetryCodes = new Set([
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'TOO_LARGE',
  'UNPROCESSABLE',
  'RATE_LIMITED',
]);

export function createQueryClient(): QueryClient {
  // When a session runs out, any request may answer 401; forgetting "me" sends the person to sign-in.
  const onError = (error: unknown) => {
    if (isApiError(error, 'UNAUTHENTICATED')) client.setQueryData(queryKeys.me, null);
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) =>
          !(isApiError(error) && noRetryCodes.has(error.code)) && failureCount < 2,
      },
    },
  });
  return client;
}
