import type { Me } from '@styr/shared/contracts/auth';
import { useQuery } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { useApi } from '../../api/api-context.tsx';
import { queryKeys } from '../../api/query-keys.ts';

/** The session as the server sees it: Me, or null when nobody is signed in. */
export function useMeQuery() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.me, queryFn: () => api.auth.getMe(), staleTime: 5 * 60_000 });
}

export const SignedInContext = createContext<Me | null>(null);

/** The signed-in person; only for components rendered inside RequireAuth. */
export function useMe(): Me {
  const me = useContext(SignedInContext);
  if (!me) throw new Error('useMe is only available inside RequireAuth');
  return me;
}
