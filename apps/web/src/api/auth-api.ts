import { type Me, meSchema, type SignIn } from '@styr/shared/contracts/auth';
import { isApiError } from './api-error.ts';
import type { HttpClient } from './http-client.ts';

export function createAuthApi(http: HttpClient) {
  return {
    /** The signed-in person, or null when there is no session. */
    async getMe(): Promise<Me | null> {
      try {
        const me = await http.request({ path: '/api/auth/me', schema: meSchema });
        http.setCsrfToken(me.csrfToken);
        return me;
      } catch (error) {
        if (isApiError(error, 'UNAUTHENTICATED')) {
          http.setCsrfToken(null);
          return null;
        }
        throw error;
      }
    },
    async signIn(body: SignIn): Promise<Me> {
      const me = await http.request({ method: 'POST', path: '/api/auth/sign-in', body, schema: meSchema });
      http.setCsrfToken(me.csrfToken);
      return me;
    },
    async signOut(): Promise<void> {
      try {
        await http.request({ method: 'POST', path: '/api/auth/sign-out' });
      } finally {
        http.setCsrfToken(null);
      }
    },
  };
}

export type AuthApi = ReturnType<typeof createAuthApi>;
