import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useApi } from '../../api/api-context.tsx';
import { queryKeys } from '../../api/query-keys.ts';

export function useSignOut() {
  const api = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => api.auth.signOut(),
    onSettled: () => {
      // Nothing read under the old session may be shown to whoever signs in next on this computer.
      queryClient.clear();
      queryClient.setQueryData(queryKeys.me, null);
      navigate('/logga-in', { replace: true, state: { signedOut: true } });
    },
  });
}
