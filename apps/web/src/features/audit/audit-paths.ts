export const auditLogPath = '/andringslogg';
