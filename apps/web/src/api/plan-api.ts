import type {
  ChangeDocumentStatus,
  CommitteeYearView,
  SetIndicatorValue,
  UpdateActivity,
  UpdateAssessment,
  UpdateAssignment,
  UpdateAssignmentReport,
  UpdateGoal,
  UpdateIndicator,
} from '@styr/shared/contracts/plan';
import type { HttpClient } from './http-client.ts';

const yearPath = (municipalityId: string, committeeId: string, year: number) =>
  `/api/municipalities/${encodeURIComponent(municipalityId)}/committees/${encodeURIComponent(committeeId)}/years/${year}`;

/** The committee's year in the open JSON format; a plain link, so the browser downloads it with the session cookie. */
export function committeeYearExportHref(municipalityId: string, committeeId: string, year: number): string {
  return `${yearPath(municipalityId, committeeId, year)}/export`;
}

/** Which committee's year a write concerns. */
export interface YearScope {
  municipalityId: string;
  committeeId: string;
  year: number;
}

const at = (scope: YearScope, ...parts: string[]) =>
  [yearPath(scope.municipalityId, scope.committeeId, scope.year), ...parts.map(encodeURIComponent)].join('/');

// Only the lazily loaded plan pages use these; importing the schemas statically would put them in the first load.
const contracts = () => import('@styr/shared/contracts/plan');

export function createPlanApi(http: HttpClient) {
  return {
    async getCommitteeYear(
      municipalityId: string,
      committeeId: string,
      year: number,
    ): Promise<CommitteeYearView> {
      const { committeeYearViewSchema } = await contracts();
      return http.request({
        path: yearPath(municipalityId, committeeId, year),
        schema: committeeYearViewSchema,
      });
    },
    async updateGoal(scope: YearScope, goalId: string, body: UpdateGoal) {
      const { goalTextSchema } = await contracts();
      return http.request({
        method: 'PATCH',
        path: at(scope, 'goals', goalId),
        body,
        schema: goalTextSchema,
      });
    },
    async setAssessment(scope: YearScope, goalId: string, followUp: string, body: UpdateAssessment) {
      const { assessmentSchema } = await contracts();
      return http.request({
        method: 'PUT',
        path: at(scope, 'goals', goalId, 'assessments', followUp),
        body,
        schema: assessmentSchema,
      });
    },
    async updateAssignment(scope: YearScope, assignmentId: string, body: UpdateAssignment) {
      const { assignmentPlaceSchema } = await contracts();
      return http.request({
        method: 'PATCH',
        path: at(scope, 'assignments', assignmentId),
        body,
        schema: assignmentPlaceSchema,
      });
    },
    async setAssignmentReport(
      scope: YearScope,
      assignmentId: string,
      followUp: string,
      body: UpdateAssignmentReport,
    ) {
      const { assignmentReportSchema } = await contracts();
      return http.request({
        method: 'PUT',
        path: at(scope, 'assignments', assignmentId, 'reports', followUp),
        body,
        schema: assignmentReportSchema,
      });
    },
    async updateActivity(scope: YearScope, activityId: string, body: UpdateActivity) {
      const { activitySchema } = await contracts();
      return http.request({
        method: 'PATCH',
        path: at(scope, 'activities', activityId),
        body,
        schema: activitySchema,
      });
    },
    async updateIndicator(scope: YearScope, indicatorId: string, body: UpdateIndicator) {
      const { indicatorFactsSchema } = await contracts();
      return http.request({
        method: 'PATCH',
        path: at(scope, 'indicators', indicatorId),
        body,
        schema: indicatorFactsSchema,
      });
    },
    /** The municipality's units for measures, for the measure form to offer. */
    async getIndicatorUnits(municipalityId: string) {
      const { indicatorUnitSettingSchema } = await import('@styr/shared/contracts/indicators');
      return http.request({
        path: `/api/municipalities/${encodeURIComponent(municipalityId)}/indicator-units`,
        schema: indicatorUnitSettingSchema.array(),
      });
    },
    /** The municipality's key figure definitions, for a measure to take its facts from. */
    async getKeyFigureDefinitions(municipalityId: string) {
      const { keyFigureDefinitionSchema } = await import('@styr/shared/contracts/indicators');
      return http.request({
        path: `/api/municipalities/${encodeURIComponent(municipalityId)}/key-figure-definitions`,
        schema: keyFigureDefinitionSchema.array(),
      });
    },
    async setIndicatorValue(scope: YearScope, indicatorId: string, body: SetIndicatorValue) {
      const { indicatorValueSchema } = await contracts();
      return http.request({
        method: 'PUT',
        path: at(scope, 'indicators', indicatorId, 'values'),
        body,
        schema: indicatorValueSchema,
      });
    },
    async changeDocumentStatus(scope: YearScope, document: string, body: ChangeDocumentStatus) {
      const { planDocumentSchema } = await contracts();
      return http.request({
        method: 'POST',
        path: at(scope, 'documents', document, 'status'),
        body,
        schema: planDocumentSchema,
      });
    },
    async getAdoptionChecklist(scope: YearScope, document: string) {
      const { adoptionChecklistSchema } = await import('@styr/shared/contracts/adoption');
      return http.request({
        path: at(scope, 'documents', document, 'checklist'),
        schema: adoptionChecklistSchema,
      });
    },
    async startNextYear(scope: YearScope) {
      const { nextYearSchema } = await contracts();
      return http.request({ method: 'POST', path: at(scope, 'start-next'), schema: nextYearSchema });
    },
  };
}

export type PlanApi = ReturnType<typeof createPlanApi>;
