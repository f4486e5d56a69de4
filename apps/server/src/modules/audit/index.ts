export { readHistory, recordAudit, recordUpdate } from './audit.service.ts';
export { readLatestChange } from './audit-latest.ts';
