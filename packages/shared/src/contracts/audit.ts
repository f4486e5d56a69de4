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

/** The audit log's limits: a page of at most 200 rows, so no reader asks the database for the whole log at once. */
export const auditLogLimits = { pageSize: 50, maxPageSize: 200 } as const;

const optionalDate = (what: string) =>
  z
    .string()
    .max(10, `${what} ska skrivas som ÅÅÅÅ-MM-DD`)
    .pipe(z.iso.date(`${what} ska skrivas som ÅÅÅÅ-MM-DD`))
    .optional();

/** Filters of the audit log; every one optional and bounded, dates as Swedish calendar days. */
export const auditLogQuerySchema = z
  .object({
    committeeId: z.uuid('Nämnden ska anges med sitt id').optional(),
    entityType: z
      .string()
      .min(1, 'Objekttypen får inte vara tom')
      .max(64, 'Objekttypen får vara högst 64 tecken')
      .regex(/^[a-z][a-z_]*$/, 'Objekttypen får bara innehålla a–z och understreck')
      .optional(),
    entityId: z
      .string()
      .min(1, 'Objektets id får inte vara tomt')
      .max(200, 'Objektets id får vara högst 200 tecken')
      .optional(),
    actorId: z.uuid('Personen ska anges med sitt id').optional(),
    from: optionalDate('Från-datum'),
    to: optionalDate('Till-datum'),
    limit: z
      .string()
      .max(3, `Antalet rader får vara högst ${auditLogLimits.maxPageSize}`)
      .regex(/^\d+$/, 'Antalet rader ska vara ett heltal')
      .transform(Number)
      .pipe(
        z
          .int()
          .min(1, 'Antalet rader ska vara minst 1')
          .max(auditLogLimits.maxPageSize, `Antalet rader får vara högst ${auditLogLimits.maxPageSize}`),
      )
      .optional(),
    /** The id of the last row already shown; the page continues with older rows. */
    cursor: z
      .string()
      .max(15, 'Fortsättningspunkten är ogiltig')
      .regex(/^[1-9]\d*$/, 'Fortsättningspunkten är ogiltig')
      .optional(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    message: 'Från-datum får inte vara senare än till-datum',
    path: ['to'],
  });
/** The filters as sent, all text; `AuditLogFilters` as the server reads them. */
export type AuditLogQuery = z.input<typeof auditLogQuerySchema>;
export type AuditLogFilters = z.output<typeof auditLogQuerySchema>;

export const auditLogEntrySchema = auditEntrySchema.extend({
  /** Who made the change; id null and the name "Systemet" for changes made by no signed-in person. */
  actor: z.object({ id: idSchema.nullable(), displayName: z.string() }),
  /** The committee whose object changed; null for what concerns the whole municipality. */
  committee: z.object({ id: idSchema, name: z.string() }).nullable(),
});
export type AuditLogEntry = z.infer<typeof auditLogEntrySchema>;

export const auditLogPageSchema = z.object({
  entries: z.array(auditLogEntrySchema),
  /** Pass as `cursor` for the next, older page; null when there is none. */
  nextCursor: z.string().nullable(),
});
export type AuditLogPage = z.infer<typeof auditLogPageSchema>;

export const auditActorsSchema = z.object({
  actors: z.array(z.object({ id: idSchema, displayName: z.string() })),
});
export type AuditActors = z.infer<typeof auditActorsSchema>;
