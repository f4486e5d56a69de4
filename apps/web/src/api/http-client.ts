import { csrfSchema } from '@styr/shared/contracts/auth';
import { errorBodySchema } from '@styr/shared/contracts/common';
import { ApiError, fallbackError } from './api-error.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What the client needs of a response schema; the shared zod schemas fit it. */
export interface Schema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false };
}

export interface RequestOptions<T> {
  method?: Method;
  path: string;
  body?: unknown;
  /** Validates the response body; omit for 204 responses. */
  schema?: Schema<T>;
}

export interface HttpClient {
  request<T>(options: RequestOptions<T> & { schema: Schema<T> }): Promise<T>;
  request(options: RequestOptions<void>): Promise<void>;
  /** The session's CSRF token, known after sign-in or from /api/auth/me; null forgets it. */
  setCsrfToken(token: string | null): void;
}

export function createHttpClient({ fetchFn = globalThis.fetch.bind(globalThis) } = {}): HttpClient {
  let csrfToken: string | null = null;

  async function send(method: Method, path: string, body: unknown): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET') headers['x-csrf-token'] = await ensureCsrfToken();
    try {
      return await fetchFn(path, {
        method,
        headers,
        credentials: 'same-origin',
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new ApiError({
        code: 'NETWORK',
        message: 'Det gick inte att nå servern. Kontrollera anslutningen och försök igen.',
      });
    }
  }

  async function ensureCsrfToken(): Promise<string> {
    if (csrfToken) return csrfToken;
    const response = await send('GET', '/api/auth/csrf', undefined);
    const { csrfToken: token } = await readBody(response, csrfSchema);
    csrfToken = token;
    return token;
  }

  async function readBody<T>(response: Response, schema: Schema<T> | undefined): Promise<T> {
    const text = await response.text();
    let data: unknown;
    try {
      data = text ? JSON.parse(text) : undefined;
    } catch {
      if (!response.ok) throw fallbackError(response.status);
      throw badResponse();
    }
    if (!response.ok) {
      const parsed = errorBodySchema.safeParse(data);
      if (!parsed.success) throw fallbackError(response.status);
      const { code, message, details } = parsed.data.error;
      const { current, changedBy } = parsed.data;
      throw new ApiError({ code, message, details, status: response.status, current, changedBy });
    }
    if (!schema) return undefined as T;
    const parsed = schema.safeParse(data);
    if (!parsed.success) throw badResponse();
    return parsed.data;
  }

  async function request<T>({ method = 'GET', path, body, schema }: RequestOptions<T>): Promise<T> {
    const response = await send(method, path, body);
    try {
      return await readBody(response, schema);
    } catch (error) {
      // A token can go stale when the session changes in another tab; fetch a fresh one and try once more.
      if (error instanceof ApiError && error.code === 'CSRF' && method !== 'GET') {
        csrfToken = null;
        return readBody(await send(method, path, body), schema);
      }
      throw error;
    }
  }

  return {
    request: request as HttpClient['request'],
    setCsrfToken(token) {
      csrfToken = token;
    },
  };
}

function badResponse(): ApiError {
  return new ApiError({
    code: 'BAD_RESPONSE',
    message: 'Servern svarade på ett oväntat sätt. Ladda om sidan och försök igen.',
  });
}
