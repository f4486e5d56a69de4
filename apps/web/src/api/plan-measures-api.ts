import type {
  CreateAssignment,
  CreateIndicator,
  IndicatorGoals,
  Move,
  SetTarget,
  UpdateAssignmentDetails,
} from '@styr/shared/contracts/plan-measures';
import type { HttpClient } from './http-client.ts';
import type { YearScope } from './plan-api.ts';

const at = (scope: YearScope, ...parts: string[]) =>
  [
    `/api/municipalities/${encodeURIComponent(scope.municipalityId)}/committees/${encodeURIComponent(scope.committeeId)}/years/${scope.year}`,
    ...parts.map(encodeURIComponent),
  ].join('/');

// Only the lazily loaded plan page uses these, as with the plan's schemas.
const contracts = () => import('@styr/shared/contracts/plan-measures');
const previewContracts = () => import('@styr/shared/contracts/import-preview');
const planContracts = () => import('@styr/shared/contracts/plan');

/** Building the plan's measures and assignments: created, linked, given targets, ordered and removed. */
export function createPlanMeasuresApi(http: HttpClient) {
  return {
    async createIndicator(scope: YearScope, body: CreateIndicator) {
      const { indicatorFactsSchema } = await planContracts();
      return http.request({
        method: 'POST',
        path: at(scope, 'indicators'),
        body,
        schema: indicatorFactsSchema,
      });
    },
    async setIndicatorGoals(scope: YearScope, indicatorId: string, body: IndicatorGoals) {
      const { measureVersionSchema } = await contracts();
      return http.request({
        method: 'PUT',
        path: at(scope, 'indicators', indicatorId, 'goals'),
        body,
        schema: measureVersionSchema,
      });
    },
    async setTarget(scope: YearScope, indicatorId: string, targetYear: number, body: SetTarget) {
      const { measureVersionSchema } = await contracts();
      return http.request({
        method: 'PUT',
        path: at(scope, 'indicators', indicatorId, 'targets', String(targetYear)),
        body,
        schema: measureVersionSchema,
      });
    },
    async moveIndicator(scope: YearScope, goalId: string, indicatorId: string, body: Move) {
      const { measureVersionSchema } = await contracts();
      return http.request({
        method: 'PUT',
        path: at(scope, 'goals', goalId, 'indicators', indicatorId, 'position'),
        body,
        schema: measureVersionSchema,
      });
    },
    async indicatorRemoval(scope: YearScope, indicatorId: string) {
      const { removalImpactSchema } = await contracts();
      return http.request({
        path: at(scope, 'indicators', indicatorId, 'removal'),
        schema: removalImpactSchema,
      });
    },
    removeIndicator(scope: YearScope, indicatorId: string, version: number) {
      return http.request({
        method: 'DELETE',
        path: `${at(scope, 'indicators', indicatorId)}?version=${version}`,
      });
    },
    async createAssignment(scope: YearScope, body: CreateAssignment) {
      const { assignmentSchema } = await planContracts();
      return http.request({ method: 'POST', path: at(scope, 'assignments'), body, schema: assignmentSchema });
    },
    async updateAssignmentDetails(scope: YearScope, assignmentId: string, body: UpdateAssignmentDetails) {
      const { measureVersionSchema } = await contracts();
      return http.request({
        method: 'PATCH',
        path: at(scope, 'assignments', assignmentId, 'details'),
        body,
        schema: measureVersionSchema,
      });
    },
    async moveAssignment(scope: YearScope, assignmentId: string, body: Move) {
      const { measureVersionSchema } = await contracts();
      return http.request({
        method: 'PUT',
        path: at(scope, 'assignments', assignmentId, 'position'),
        body,
        schema: measureVersionSchema,
      });
    },
    async assignmentRemoval(scope: YearScope, assignmentId: string) {
      const { removalImpactSchema } = await contracts();
      return http.request({
        path: at(scope, 'assignments', assignmentId, 'removal'),
        schema: removalImpactSchema,
      });
    },
    /** A committee-year file checked in full without anything written: what it would create, change and keep. */
    async previewYearFile(municipalityId: string, file: unknown) {
      const { importPreviewSchema } = await previewContracts();
      return http.request({
        method: 'POST',
        path: `/api/municipalities/${encodeURIComponent(municipalityId)}/import?preview=true`,
        body: file,
        schema: importPreviewSchema,
      });
    },
    importYearFile(municipalityId: string, file: unknown) {
      return http.request({
        method: 'POST',
        path: `/api/municipalities/${encodeURIComponent(municipalityId)}/import`,
        body: file,
      });
    },
    removeAssignment(scope: YearScope, assignmentId: string, version: number) {
      return http.request({
        method: 'DELETE',
        path: `${at(scope, 'assignments', assignmentId)}?version=${version}`,
      });
    },
  };
}

export type PlanMeasuresApi = ReturnType<typeof createPlanMeasuresApi>;
