import type { CreateGrant, CreateUser, UpdateUser, User } from '@styr/shared/contracts/users';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/api-context.tsx';
import { queryKeys } from '../../api/query-keys.ts';
import { useMe } from '../auth/index.ts';

export function useUsers() {
  const api = useApi();
  const municipalityId = useMe().user.municipalityId;
  return useQuery({
    queryKey: queryKeys.users(municipalityId),
    queryFn: () => api.users.listUsers(municipalityId),
  });
}

export function useUser(userId: string) {
  const api = useApi();
  const municipalityId = useMe().user.municipalityId;
  return useQuery({
    queryKey: queryKeys.user(municipalityId, userId),
    queryFn: () => api.users.getUser(municipalityId, userId),
  });
}

export function useUserHistory(userId: string) {
  const api = useApi();
  const municipalityId = useMe().user.municipalityId;
  return useQuery({
    queryKey: queryKeys.userHistory(municipalityId, userId),
    queryFn: () => api.users.getUserHistory(municipalityId, userId),
  });
}

/** After any change to a person: the person, the list, their history, and, when it is oneself, one's own grants. */
function useRefreshUser() {
  const queryClient = useQueryClient();
  const me = useMe();
  const municipalityId = me.user.municipalityId;
  return (userId: string) => {
    // The list's key is a prefix of the person's and of their history's, so this refreshes all three.
    void queryClient.invalidateQueries({ queryKey: queryKeys.users(municipalityId) });
    if (userId === me.user.id) void queryClient.invalidateQueries({ queryKey: queryKeys.me });
  };
}

export function useCreateUser() {
  const api = useApi();
  const refresh = useRefreshUser();
  const municipalityId = useMe().user.municipalityId;
  return useMutation({
    mutationFn: (body: CreateUser) => api.users.createUser(municipalityId, body),
    onSuccess: (user) => refresh(user.id),
  });
}

export function useUpdateUser(userId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  const refresh = useRefreshUser();
  const municipalityId = useMe().user.municipalityId;
  return useMutation({
    mutationFn: (body: UpdateUser) => api.users.updateUser(municipalityId, userId, body),
    onSuccess: (user) => {
      // The page shows the saved version at once, so a second save does not conflict with one's own first.
      queryClient.setQueryData(queryKeys.user(municipalityId, userId), user);
      refresh(userId);
    },
  });
}

/** Puts a person's stored version into the cache, e.g. after a conflict, so the form shows its values. */
export function useReplaceUser() {
  const queryClient = useQueryClient();
  const municipalityId = useMe().user.municipalityId;
  return (user: User) => {
    queryClient.setQueryData(queryKeys.user(municipalityId, user.id), user);
    void queryClient.invalidateQueries({ queryKey: queryKeys.users(municipalityId), exact: true });
    void queryClient.invalidateQueries({ queryKey: queryKeys.userHistory(municipalityId, user.id) });
  };
}

export function useCreateGrant(userId: string) {
  const api = useApi();
  const refresh = useRefreshUser();
  const municipalityId = useMe().user.municipalityId;
  return useMutation({
    mutationFn: (body: CreateGrant) => api.users.createGrant(municipalityId, userId, body),
    onSuccess: () => refresh(userId),
  });
}

export function useDeleteGrant(userId: string) {
  const api = useApi();
  const refresh = useRefreshUser();
  const municipalityId = useMe().user.municipalityId;
  return useMutation({
    mutationFn: (grantId: string) => api.users.deleteGrant(municipalityId, userId, grantId),
    onSuccess: () => refresh(userId),
  });
}
