import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import type { HttpClient } from './http-client.ts';

const yearPath = (municipalityId: string, committeeId: string, year: number) =>
  `/api/municipalities/${encodeURIComponent(municipalityId)}/committees/${encodeURIComponent(committeeId)}/years/${year}`;

/** The committee's year in the open JSON format; a plain link, so the browser downloads it with the session cookie. */
export function committeeYearExportHref(municipalityId: string, committeeId: string, year: number): string {
  return `${yearPath(municipalityId, committeeId, year)}/export`;
}

export function createPlanApi(http: HttpClient) {
  return {
    async getCommitteeYear(
      municipalityId: string,
      committeeId: string,
      year: number,
    ): Promise<CommitteeYearView> {
      // Only the lazily loaded plan pages read this; importing the schema here would put it in the first load.
      const { committeeYearViewSchema } = await import('@styr/shared/contracts/plan');
      return http.request({
        path: yearPath(municipalityId, committeeId, year),
        schema: committeeYearViewSchema,
      });
    },
  };
}

export type PlanApi = ReturnType<typeof createPlanApi>;
