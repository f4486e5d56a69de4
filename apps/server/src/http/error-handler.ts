import type { ErrorBody } from '@styr/shared/contracts/common';
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Deps } from '../deps.ts';
import { AppError, statusByCode } from '../errors.ts';
import { readLatestChange } from '../modules/audit/index.ts';

const contextLabels: Record<string, string> = { body: 'body', querystring: 'query', params: 'params' };

/**
 * SQLSTATEs that mean another transaction got there first: a unique key taken by a concurrent first write
 * (both saw no row and both inserted), a serialization failure, a deadlock. Reading again and retrying helps.
 */
const concurrentWriteStates = new Set(['23505', '40001', '40P01']);

/**
 * The SQLSTATE of a database error, however it arrives: node-postgres and PGlite both put it in `code`, and
 * drizzle wraps a failed query in a DrizzleQueryError whose `cause` is the driver's error.
 */
export function databaseErrorState(error: unknown): { code: string; constraint?: string } | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const { code, constraint } = current as { code?: unknown; constraint?: unknown };
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code))
      return typeof constraint === 'string' ? { code, constraint } : { code };
    current = current.cause;
  }
  return null;
}

/**
 * Who saved the version that made a save stale, from the audit log, so every 409 can name them in one place.
 * A failed look-up leaves the answer as it was: the conflict itself must still reach the person.
 */
async function latestChangeOf(
  deps: Pick<Deps, 'db'>,
  request: FastifyRequest,
  municipalityId: string,
  error: AppError,
) {
  const currentId = (error.current as { id?: unknown } | null | undefined)?.id;
  const entityId = typeof currentId === 'string' ? currentId : error.entityId;
  if (entityId === undefined) return null;
  try {
    return await readLatestChange(deps.db, { municipalityId, entityId });
  } catch (lookupError) {
    request.log.warn({ err: lookupError }, 'who changed the object could not be read');
    return null;
  }
}

/** Maps every failure to one JSON shape with a Swedish message; unexpected errors are logged and never leak details. */
export function registerErrorHandler(app: FastifyInstance, deps: Pick<Deps, 'db'>) {
  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      const body: ErrorBody = { error: { code: error.code, message: error.message } };
      if (error.details) body.error.details = error.details;
      if (error.current !== undefined) body.current = error.current;
      if (error.code === 'VERSION_CONFLICT' && request.auth) {
        const changedBy = await latestChangeOf(deps, request, request.auth.municipalityId, error);
        if (changedBy) body.changedBy = changedBy;
      }
      return reply.status(statusByCode[error.code]).send(body);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = contextLabels[error.validationContext ?? 'body'] ?? 'body';
      const details = error.validation.map((issue) => ({
        path: [context, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
        message: issue.message ?? 'Ogiltigt värde',
      }));
      return reply.status(400).send({
        error: { code: 'VALIDATION', message: 'Uppgifterna är inte giltiga.', details },
      } satisfies ErrorBody);
    }
    const state = databaseErrorState(error);
    if (state && concurrentWriteStates.has(state.code)) {
      // Told to the person as a conflict; logged so that a missing check before an insert shows up too.
      request.log.warn({ sqlState: state.code, constraint: state.constraint }, 'concurrent write refused');
      return reply.status(409).send({
        error: {
          code: 'VERSION_CONFLICT',
          message: 'Någon annan sparade samtidigt. Läs in och försök igen.',
        },
      } satisfies ErrorBody);
    }
    const status = error.statusCode ?? 500;
    if (status === 429) {
      return reply.status(429).send({
        error: { code: 'RATE_LIMITED', message: 'För många försök. Vänta en stund och försök igen.' },
      } satisfies ErrorBody);
    }
    if (status >= 400 && status < 500) {
      const message =
        status === 413
          ? 'Begäran är för stor.'
          : status === 415
            ? 'Begäran har fel innehållstyp; skicka JSON.'
            : 'Begäran kunde inte tolkas.';
      return reply.status(status).send({ error: { code: 'VALIDATION', message } } satisfies ErrorBody);
    }
    request.log.error({ err: error }, 'unexpected error');
    return reply.status(500).send({
      error: { code: 'INTERNAL', message: 'Ett oväntat fel inträffade. Försök igen senare.' },
    } satisfies ErrorBody);
  });
}
