import type { PartKind } from '@styr/shared/contracts/workflow';
import type { HttpClient } from './http-client.ts';
import type { YearScope } from './plan-api.ts';

/** Which follow-up of which committee's year a reporting request concerns. */
export interface FollowUpScope extends YearScope {
  followUp: string;
}

const followUpPath = (scope: FollowUpScope, ...parts: string[]) =>
  [
    `/api/municipalities/${encodeURIComponent(scope.municipalityId)}/committees/${encodeURIComponent(scope.committeeId)}/years/${scope.year}/follow-ups/${encodeURIComponent(scope.followUp)}`,
    ...parts.map(encodeURIComponent),
  ].join('/');

const partPath = (scope: FollowUpScope, kind: PartKind, objectId: string, ...rest: string[]) =>
  followUpPath(scope, 'parts', kind, objectId, ...rest);

// Only the lazily loaded reporting pages use these, as with the plan's schemas.
const workflow = () => import('@styr/shared/contracts/workflow');
const plan = () => import('@styr/shared/contracts/plan');

export interface ContributionBody {
  version: number;
  contribution: string | null;
  ready: boolean;
}

export interface ReviewBody {
  version: number;
  decision: 'approve' | 'return';
  comment: string | null;
}

export interface ReopenBody {
  version: number;
  reason: string;
}

/** Who reports what in a follow-up, and the signed-in person's own tasks. */
export function createWorkflowApi(http: HttpClient) {
  /** A change to one part answers with the part as it now stands. */
  const writePart = async (method: 'PUT' | 'POST', path: string, body: unknown) => {
    const { partSchema } = await workflow();
    return http.request({ method, path, body, schema: partSchema });
  };
  return {
    async getParts(scope: FollowUpScope) {
      const { followUpPartsSchema } = await workflow();
      return http.request({ path: followUpPath(scope, 'parts'), schema: followUpPartsSchema });
    },
    async setDeadline(scope: FollowUpScope, deadline: string | null, version: number | null) {
      const { followUpPartsSchema } = await workflow();
      return http.request({
        method: 'PUT',
        path: followUpPath(scope, 'deadline'),
        body: version === null ? { deadline } : { deadline, version },
        schema: followUpPartsSchema,
      });
    },
    assignPart: (scope: FollowUpScope, kind: PartKind, objectId: string, nodeId: string) =>
      writePart('PUT', partPath(scope, kind, objectId), { nodeId }),
    contribute: (scope: FollowUpScope, kind: PartKind, objectId: string, body: ContributionBody) =>
      writePart('PUT', partPath(scope, kind, objectId, 'contribution'), body),
    review: (scope: FollowUpScope, kind: PartKind, objectId: string, body: ReviewBody) =>
      writePart('POST', partPath(scope, kind, objectId, 'review'), body),
    reopen: (scope: FollowUpScope, kind: PartKind, objectId: string, body: ReopenBody) =>
      writePart('POST', partPath(scope, kind, objectId, 'reopen'), body),
    async getCompleteness(scope: FollowUpScope) {
      const { completenessSchema } = await plan();
      return http.request({ path: followUpPath(scope, 'completeness'), schema: completenessSchema });
    },
    async getMyTasks(municipalityId: string) {
      const { taskSchema } = await workflow();
      return http.request({
        path: `/api/municipalities/${encodeURIComponent(municipalityId)}/my-tasks`,
        schema: taskSchema.array(),
      });
    },
  };
}

export type WorkflowApi = ReturnType<typeof createWorkflowApi>;
