import type {
  ActivityInput,
  AdaptGoal,
  GoalAreaInput,
  GoalInput,
  Order,
  UpdateActivityPlan,
  UpdateGoalArea,
} from '@styr/shared/contracts/plan-structure';
import type { HttpClient } from './http-client.ts';
import type { YearScope } from './plan-api.ts';

const at = (scope: YearScope, ...parts: string[]) =>
  [
    `/api/municipalities/${encodeURIComponent(scope.municipalityId)}/committees/${encodeURIComponent(scope.committeeId)}/years/${scope.year}`,
    ...parts.map(encodeURIComponent),
  ].join('/');

// Only the lazily loaded plan page uses these; importing the schemas statically would put them in the first load.
const contracts = () => import('@styr/shared/contracts/plan-structure');
const planContracts = () => import('@styr/shared/contracts/plan');

/** Building the plan's goal areas, goals and activities. */
export function createPlanStructureApi(http: HttpClient) {
  return {
    async createGoalArea(scope: YearScope, body: GoalAreaInput) {
      const { goalAreaSchema } = await contracts();
      return http.request({ method: 'POST', path: at(scope, 'goal-areas'), body, schema: goalAreaSchema });
    },
    async updateGoalArea(scope: YearScope, goalAreaId: string, body: UpdateGoalArea) {
      const { goalAreaSchema } = await contracts();
      return http.request({
        method: 'PATCH',
        path: at(scope, 'goal-areas', goalAreaId),
        body,
        schema: goalAreaSchema,
      });
    },
    async goalAreaRemoval(scope: YearScope, goalAreaId: string) {
      const { removalSchema } = await contracts();
      return http.request({ path: at(scope, 'goal-areas', goalAreaId, 'removal'), schema: removalSchema });
    },
    deleteGoalArea(scope: YearScope, goalAreaId: string, version: number) {
      return http.request({
        method: 'DELETE',
        path: `${at(scope, 'goal-areas', goalAreaId)}?version=${version}`,
      });
    },
    async orderGoalAreas(scope: YearScope, body: Order) {
      const { orderedSchema } = await contracts();
      return http.request({
        method: 'PUT',
        path: at(scope, 'goal-areas', 'order'),
        body,
        schema: orderedSchema,
      });
    },
    async createGoal(scope: YearScope, body: GoalInput) {
      const { goalPlaceSchema } = await contracts();
      return http.request({ method: 'POST', path: at(scope, 'goals'), body, schema: goalPlaceSchema });
    },
    async adaptGoal(scope: YearScope, goalId: string, body: AdaptGoal) {
      const { goalPlaceSchema } = await contracts();
      return http.request({
        method: 'POST',
        path: at(scope, 'goals', goalId, 'adaptations'),
        body,
        schema: goalPlaceSchema,
      });
    },
    async goalRemoval(scope: YearScope, goalId: string) {
      const { removalSchema } = await contracts();
      return http.request({ path: at(scope, 'goals', goalId, 'removal'), schema: removalSchema });
    },
    deleteGoal(scope: YearScope, goalId: string, version: number) {
      return http.request({ method: 'DELETE', path: `${at(scope, 'goals', goalId)}?version=${version}` });
    },
    async orderGoals(scope: YearScope, body: Order) {
      const { orderedSchema } = await contracts();
      return http.request({ method: 'PUT', path: at(scope, 'goals', 'order'), body, schema: orderedSchema });
    },
    async createActivity(scope: YearScope, goalId: string, body: ActivityInput) {
      const { activitySchema } = await planContracts();
      return http.request({
        method: 'POST',
        path: at(scope, 'goals', goalId, 'activities'),
        body,
        schema: activitySchema,
      });
    },
    async updateActivity(scope: YearScope, goalId: string, activityId: string, body: UpdateActivityPlan) {
      const { activitySchema } = await planContracts();
      return http.request({
        method: 'PATCH',
        path: at(scope, 'goals', goalId, 'activities', activityId),
        body,
        schema: activitySchema,
      });
    },
    deleteActivity(scope: YearScope, goalId: string, activityId: string, version: number) {
      return http.request({
        method: 'DELETE',
        path: `${at(scope, 'goals', goalId, 'activities', activityId)}?version=${version}`,
      });
    },
    async orderActivities(scope: YearScope, goalId: string, body: Order) {
      const { orderedSchema } = await contracts();
      return http.request({
        method: 'PUT',
        path: at(scope, 'goals', goalId, 'activities', 'order'),
        body,
        schema: orderedSchema,
      });
    },
  };
}

export type PlanStructureApi = ReturnType<typeof createPlanStructureApi>;
