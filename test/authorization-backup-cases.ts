import type { Case } from './authorization-case.ts';

/**
 * The backup route opens only with the secret a server started on an embedded database writes into its data
 * directory; the app under test has none, so no session of any role opens it (401 without one, 403 with one).
 */
export function backupCases(): Record<string, Case> {
  return {
    'GET /api/system/backup': { allowed: [], build: async () => ({ url: '/api/system/backup' }) },
  };
}
