import type {
  ActionPlanInput,
  SetActionFollowUps,
  UpdateActionPlan,
} from '@styr/shared/contracts/action-plans';
import type { HttpClient } from './http-client.ts';
import type { YearScope } from './plan-api.ts';

const at = (scope: YearScope, ...parts: string[]) =>
  [
    `/api/municipalities/${encodeURIComponent(scope.municipalityId)}/committees/${encodeURIComponent(scope.committeeId)}/years/${scope.year}/action-plans`,
    ...parts.map(encodeURIComponent),
  ].join('/');

// Only the lazily loaded page uses these, as with the plan's schemas.
const contracts = () => import('@styr/shared/contracts/action-plans');

/** The handlingsplaner of a committee's year. */
export function createActionPlansApi(http: HttpClient) {
  return {
    async list(scope: YearScope) {
      const { actionPlansSchema } = await contracts();
      return http.request({ path: at(scope), schema: actionPlansSchema });
    },
    async create(scope: YearScope, body: ActionPlanInput) {
      const { actionPlanSchema } = await contracts();
      return http.request({ method: 'POST', path: at(scope), body, schema: actionPlanSchema });
    },
    async update(scope: YearScope, id: string, body: UpdateActionPlan) {
      const { actionPlanSchema } = await contracts();
      return http.request({ method: 'PUT', path: at(scope, id), body, schema: actionPlanSchema });
    },
    remove(scope: YearScope, id: string, version: number) {
      return http.request({ method: 'DELETE', path: `${at(scope, id)}?version=${version}` });
    },
    async setFollowUps(scope: YearScope, id: string, followUp: string, body: SetActionFollowUps) {
      const { actionPlanSchema } = await contracts();
      return http.request({
        method: 'PUT',
        path: at(scope, id, 'follow-ups', followUp),
        body,
        schema: actionPlanSchema,
      });
    },
  };
}

export type ActionPlansApi = ReturnType<typeof createActionPlansApi>;
