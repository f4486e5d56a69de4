import { createAuthApi } from './auth-api.ts';
import { createDocumentsApi } from './documents-api.ts';
import { createHttpClient, type HttpClient } from './http-client.ts';
import { createOrgApi } from './org-api.ts';
import { createPlanApi } from './plan-api.ts';
import { createUsersApi } from './users-api.ts';
import { createWorkflowApi } from './workflow-api.ts';

export function createStyrApi({ http = createHttpClient() }: { http?: HttpClient } = {}) {
  return {
    auth: createAuthApi(http),
    documents: createDocumentsApi(http),
    org: createOrgApi(http),
    plan: createPlanApi(http),
    users: createUsersApi(http),
    workflow: createWorkflowApi(http),
  };
}

export type StyrApi = ReturnType<typeof createStyrApi>;
