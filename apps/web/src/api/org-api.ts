import { historySchema } from '@styr/shared/contracts/audit';
import {
  type CreateOrgNode,
  municipalitySchema,
  orgNodeSchema,
  orgTreeSchema,
  type UpdateMunicipality,
  type UpdateOrgNode,
} from '@styr/shared/contracts/org';
import type { HttpClient } from './http-client.ts';

const base = (municipalityId: string) => `/api/municipalities/${encodeURIComponent(municipalityId)}`;
const nodePath = (municipalityId: string, nodeId: string) =>
  `${base(municipalityId)}/org-nodes/${encodeURIComponent(nodeId)}`;

export function createOrgApi(http: HttpClient) {
  return {
    getMunicipality: (municipalityId: string) =>
      http.request({ path: base(municipalityId), schema: municipalitySchema }),
    updateMunicipality: (municipalityId: string, body: UpdateMunicipality) =>
      http.request({ method: 'PATCH', path: base(municipalityId), body, schema: municipalitySchema }),
    /** Without a year: every node in every year. */
    getOrgTree: (municipalityId: string, year?: number) =>
      http.request({
        path: `${base(municipalityId)}/org-tree${year === undefined ? '' : `?year=${year}`}`,
        schema: orgTreeSchema,
      }),
    getOrgNode: (municipalityId: string, nodeId: string) =>
      http.request({ path: nodePath(municipalityId, nodeId), schema: orgNodeSchema }),
    createOrgNode: (municipalityId: string, body: CreateOrgNode) =>
      http.request({
        method: 'POST',
        path: `${base(municipalityId)}/org-nodes`,
        body,
        schema: orgNodeSchema,
      }),
    updateOrgNode: (municipalityId: string, nodeId: string, body: UpdateOrgNode) =>
      http.request({ method: 'PATCH', path: nodePath(municipalityId, nodeId), body, schema: orgNodeSchema }),
    getOrgNodeHistory: (municipalityId: string, nodeId: string) =>
      http.request({ path: `${nodePath(municipalityId, nodeId)}/history`, schema: historySchema }),
  };
}

export type OrgApi = ReturnType<typeof createOrgApi>;
