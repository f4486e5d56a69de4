import { z } from 'zod';
import { idSchema } from './common.ts';

export const auditActions = ['create', 'update', 'delete'] as const;

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.iso.datetime(),
  actor: z.object({ id: idSchema, displayName: z.string() }).nullable(),
  action: z.enum(auditActions),
  entityType: z.string(),
  entityId: z.string(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const historySchema = z.object({ entries: z.array(auditEntrySchema) });
export type History = z.infer<typeof historySchema>;
