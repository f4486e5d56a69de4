export { readHistory, recordAudit, recordUpdate } from './audit.service.ts';
