export { auditLogPath } from './audit-paths.ts';
export { useMayReadAuditLog } from './use-audit-log.ts';
