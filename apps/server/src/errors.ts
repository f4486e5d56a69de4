import type { ErrorCode } from '@styr/shared/contracts/common';

export interface ErrorDetail {
  path: string;
  message: string;
}

/** A failure the caller can act on. Services throw it; only the HTTP edge maps codes to status codes. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetail[] | undefined;
  readonly current: unknown;
  /** The audit log's id of the object a version conflict is about, where its `current` has none of its own. */
  readonly entityId: string | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { details?: ErrorDetail[]; current?: unknown; entityId?: string } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = options.details;
    this.current = options.current;
    this.entityId = options.entityId;
  }
}

export const statusByCode: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF: 403,
  NOT_FOUND: 404,
  VERSION_CONFLICT: 409,
  CONFLICT: 409,
  FROZEN: 409,
  TOO_LARGE: 413,
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

export const notFound = (what = 'Objektet') =>
  new AppError('NOT_FOUND', `${what} finns inte eller så saknar du behörighet.`);
export const forbidden = () => new AppError('FORBIDDEN', 'Du saknar behörighet för detta.');
