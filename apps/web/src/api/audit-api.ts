import { type AuditLogQuery, auditActorsSchema, auditLogPageSchema } from '@styr/shared/contracts/audit';
import type { HttpClient } from './http-client.ts';

const municipalityPath = (municipalityId: string) =>
  `/api/municipalities/${encodeURIComponent(municipalityId)}`;

/** The filters as a query string, leaving out those not set. */
function queryString(query: AuditLogQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function createAuditApi(http: HttpClient) {
  return {
    listAuditLog: (municipalityId: string, query: AuditLogQuery) =>
      http.request({
        path: `${municipalityPath(municipalityId)}/audit${queryString(query)}`,
        schema: auditLogPageSchema,
      }),
    listAuditActors: (municipalityId: string) =>
      http.request({ path: `${municipalityPath(municipalityId)}/audit-actors`, schema: auditActorsSchema }),
  };
}

export type AuditApi = ReturnType<typeof createAuditApi>;
