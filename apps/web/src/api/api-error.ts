import type { ErrorCode } from '@styr/shared/contracts/common';

export type ApiErrorCode = ErrorCode | 'NETWORK' | 'BAD_RESPONSE';

export interface ChangedBy {
  name: string;
  at: string;
}

export interface FieldIssue {
  path: string;
  message: string;
}

/** An error from the API, or from failing to reach it, with a Swedish message that may be shown as is. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number;
  readonly details: FieldIssue[];
  /** For VERSION_CONFLICT: the object as it is now stored. */
  readonly current: unknown;
  /** For VERSION_CONFLICT: who saved the stored version and when (ISO time), when the server knows. */
  readonly changedBy: ChangedBy | undefined;

  constructor(options: {
    code: ApiErrorCode;
    message: string;
    status?: number;
    details?: FieldIssue[];
    current?: unknown;
    changedBy?: ChangedBy | undefined;
  }) {
    super(options.message);
    this.name = 'ApiError';
    this.code = options.code;
    this.status = options.status ?? 0;
    this.details = options.details ?? [];
    this.current = options.current;
    this.changedBy = options.changedBy;
  }
}

export function isApiError(error: unknown, code?: ApiErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

const fallbackByStatus: Record<number, { code: ErrorCode; message: string }> = {
  400: { code: 'VALIDATION', message: 'Uppgifterna kunde inte sparas. Kontrollera fälten.' },
  401: { code: 'UNAUTHENTICATED', message: 'Du är inte inloggad.' },
  403: { code: 'FORBIDDEN', message: 'Du har inte behörighet till detta.' },
  404: { code: 'NOT_FOUND', message: 'Det du söker finns inte.' },
  409: { code: 'CONFLICT', message: 'Ändringen krockar med befintliga uppgifter.' },
  413: { code: 'TOO_LARGE', message: 'Filen eller begäran är för stor.' },
  422: { code: 'UNPROCESSABLE', message: 'Uppgifterna går inte att behandla.' },
  429: { code: 'RATE_LIMITED', message: 'För många försök. Vänta en stund och försök igen.' },
};

/** Used when the server answers with an error but not in the agreed shape (e.g. a proxy's HTML page). */
export function fallbackError(status: number): ApiError {
  const known = fallbackByStatus[status];
  return new ApiError({
    code: known?.code ?? 'INTERNAL',
    message: known?.message ?? `Något gick fel på servern (HTTP ${status}). Försök igen om en stund.`,
    status,
  });
}
