import type {
  ControlResultInput,
  CreateControl,
  CreateRisk,
  RiskSelection,
  UpdateControl,
  UpdateRisk,
} from '@styr/shared/contracts/risks';
import type { HttpClient } from './http-client.ts';
import type { YearScope } from './plan-api.ts';

const at = (scope: YearScope, ...parts: string[]) =>
  [
    `/api/municipalities/${encodeURIComponent(scope.municipalityId)}/committees/${encodeURIComponent(scope.committeeId)}/years/${scope.year}`,
    ...parts.map(encodeURIComponent),
  ].join('/');

// Only the lazily loaded risk page uses these, as with the plan's schemas.
const contracts = () => import('@styr/shared/contracts/risks');
const audit = () => import('@styr/shared/contracts/audit');

/** Risk registers, the samlad riskbild and the internal control plan of a committee's year. */
export function createRiskApi(http: HttpClient) {
  return {
    async getOverview(scope: YearScope) {
      const { riskOverviewSchema } = await contracts();
      return http.request({ path: at(scope, 'risks'), schema: riskOverviewSchema });
    },
    async createRisk(scope: YearScope, body: CreateRisk) {
      const { riskSchema } = await contracts();
      return http.request({ method: 'POST', path: at(scope, 'risks'), body, schema: riskSchema });
    },
    async updateRisk(scope: YearScope, riskId: string, body: UpdateRisk) {
      const { riskSchema } = await contracts();
      return http.request({ method: 'PATCH', path: at(scope, 'risks', riskId), body, schema: riskSchema });
    },
    deleteRisk(scope: YearScope, riskId: string, version: number) {
      return http.request({ method: 'DELETE', path: `${at(scope, 'risks', riskId)}?version=${version}` });
    },
    async nominate(scope: YearScope, riskId: string, version: number) {
      const { riskSchema } = await contracts();
      return http.request({
        method: 'POST',
        path: at(scope, 'risks', riskId, 'nominate'),
        body: { version },
        schema: riskSchema,
      });
    },
    async select(scope: YearScope, riskId: string, body: RiskSelection) {
      const { riskSchema } = await contracts();
      return http.request({
        method: 'PUT',
        path: at(scope, 'risks', riskId, 'selection'),
        body,
        schema: riskSchema,
      });
    },
    async startNextYear(scope: YearScope) {
      const { riskNextYearSchema } = await contracts();
      return http.request({
        method: 'POST',
        path: at(scope, 'risks', 'start-next'),
        schema: riskNextYearSchema,
      });
    },
    async history(scope: YearScope, riskId: string) {
      const { historySchema } = await audit();
      return http.request({ path: at(scope, 'risks', riskId, 'history'), schema: historySchema });
    },
    async createControl(scope: YearScope, riskId: string, body: CreateControl) {
      const { controlActivitySchema } = await contracts();
      return http.request({
        method: 'POST',
        path: at(scope, 'risks', riskId, 'controls'),
        body,
        schema: controlActivitySchema,
      });
    },
    async updateControl(scope: YearScope, controlId: string, body: UpdateControl) {
      const { controlActivitySchema } = await contracts();
      return http.request({
        method: 'PATCH',
        path: at(scope, 'controls', controlId),
        body,
        schema: controlActivitySchema,
      });
    },
    deleteControl(scope: YearScope, controlId: string, version: number) {
      return http.request({
        method: 'DELETE',
        path: `${at(scope, 'controls', controlId)}?version=${version}`,
      });
    },
    async recordResult(scope: YearScope, controlId: string, body: ControlResultInput) {
      const { controlResultSchema } = await contracts();
      return http.request({
        method: 'PUT',
        path: at(scope, 'controls', controlId, 'result'),
        body,
        schema: controlResultSchema,
      });
    },
  };
}

export type RiskApi = ReturnType<typeof createRiskApi>;
