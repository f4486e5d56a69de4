import { createActionPlansApi } from './action-plans-api.ts';
import { createAuditApi } from './audit-api.ts';
import { createAuthApi } from './auth-api.ts';
import { createDocumentsApi } from './documents-api.ts';
import { createEconomyApi } from './economy-api.ts';
import { createHttpClient, type HttpClient } from './http-client.ts';
import { createOrgApi } from './org-api.ts';
import { createPlanApi } from './plan-api.ts';
import { createPlanMeasuresApi } from './plan-measures-api.ts';
import { createPlanStructureApi } from './plan-structure-api.ts';
import { createRiskApi } from './risk-api.ts';
import { createSettingsApi } from './settings-api.ts';
import { createStartApi } from './start-api.ts';
import { createUsersApi } from './users-api.ts';
import { createWorkflowApi } from './workflow-api.ts';

export function createStyrApi({ http = createHttpClient() }: { http?: HttpClient } = {}) {
  return {
    actionPlans: createActionPlansApi(http),
    audit: createAuditApi(http),
    auth: createAuthApi(http),
    economy: createEconomyApi(http),
    documents: createDocumentsApi(http),
    org: createOrgApi(http),
    plan: createPlanApi(http),
    planMeasures: createPlanMeasuresApi(http),
    planStructure: createPlanStructureApi(http),
    risks: createRiskApi(http),
    settings: createSettingsApi(http),
    start: createStartApi(http),
    users: createUsersApi(http),
    workflow: createWorkflowApi(http),
  };
}

export type StyrApi = ReturnType<typeof createStyrApi>;
