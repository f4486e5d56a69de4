import { myStartSchema } from '@styr/shared/contracts/start';
import type { HttpClient } from './http-client.ts';

/** The start page's summary of the committees the signed-in person reads. */
export function createStartApi(http: HttpClient) {
  return {
    getMyStart(municipalityId: string) {
      return http.request({
        path: `/api/municipalities/${encodeURIComponent(municipalityId)}/my-start`,
        schema: myStartSchema,
      });
    },
  };
}
