import { historySchema } from '@styr/shared/contracts/audit';
import { grantSchema } from '@styr/shared/contracts/auth';
import { type CreateGrant, type CreateUser, type UpdateUser, userSchema } from '@styr/shared/contracts/users';
import type { HttpClient } from './http-client.ts';

const usersPath = (municipalityId: string) =>
  `/api/municipalities/${encodeURIComponent(municipalityId)}/users`;
const userPath = (municipalityId: string, userId: string) =>
  `${usersPath(municipalityId)}/${encodeURIComponent(userId)}`;

export function createUsersApi(http: HttpClient) {
  return {
    listUsers: (municipalityId: string) =>
      http.request({ path: usersPath(municipalityId), schema: userSchema.array() }),
    createUser: (municipalityId: string, body: CreateUser) =>
      http.request({ method: 'POST', path: usersPath(municipalityId), body, schema: userSchema }),
    getUser: (municipalityId: string, userId: string) =>
      http.request({ path: userPath(municipalityId, userId), schema: userSchema }),
    updateUser: (municipalityId: string, userId: string, body: UpdateUser) =>
      http.request({ method: 'PATCH', path: userPath(municipalityId, userId), body, schema: userSchema }),
    getUserHistory: (municipalityId: string, userId: string) =>
      http.request({ path: `${userPath(municipalityId, userId)}/history`, schema: historySchema }),
    createGrant: (municipalityId: string, userId: string, body: CreateGrant) =>
      http.request({
        method: 'POST',
        path: `${userPath(municipalityId, userId)}/grants`,
        body,
        schema: grantSchema,
      }),
    deleteGrant: (municipalityId: string, userId: string, grantId: string) =>
      http.request({
        method: 'DELETE',
        path: `${userPath(municipalityId, userId)}/grants/${encodeURIComponent(grantId)}`,
      }),
  };
}

export type UsersApi = ReturnType<typeof createUsersApi>;
