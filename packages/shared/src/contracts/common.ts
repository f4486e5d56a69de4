import { z } from 'zod';
import { sv } from 'zod/locales';

// Every contract imports this module, so validation messages are Swedish wherever a schema is used.
z.config(sv());

export const idSchema = z.uuid();
export const isoDateSchema = z.iso.date();

/** A key naming an object within its list in the exchange format and in paths. */
export const objectKeySchema = z
  .string()
  .min(1, 'Nyckeln får inte vara tom')
  .max(100, 'Nyckeln får vara högst 100 tecken')
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'Nyckeln får bara innehålla a–z, 0–9, punkt, bindestreck och understreck');

export const errorCodes = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VERSION_CONFLICT',
  'CONFLICT',
  'FROZEN',
  'RATE_LIMITED',
  'CSRF',
  /** A file or request beyond a documented size limit (rows, cells, unpacked size). */
  'TOO_LARGE',
  /** Well-formed input that breaks a structural limit (the organisation's depth or size) or contradicts itself. */
  'UNPROCESSABLE',
  'INTERNAL',
] as const;
export const errorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const errorBodySchema = z.object({
  error: z.object({
    code: errorCodeSchema,
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
  current: z.unknown().optional(),
  /** For VERSION_CONFLICT: who saved the stored version and when, from the audit log. */
  changedBy: z.object({ name: z.string(), at: z.string() }).optional(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export const municipalityParamsSchema = z.object({ municipalityId: idSchema });

/** The largest value of PostgreSQL's integer type: a count or number stored there cannot be larger. */
export const INT4_MAX = 2_147_483_647;

/** Every editable object carries a version; an update must name the version it was based on. */
export const versionSchema = z.int().min(1).max(INT4_MAX);

export const healthSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  version: z.string(),
});
export type Health = z.infer<typeof healthSchema>;
