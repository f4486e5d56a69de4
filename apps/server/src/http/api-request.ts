import type { FastifyInstance, FastifyRequest } from 'fastify';

function decodedPath(url: string): string {
  const path = url.split('?', 1)[0] ?? '';
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * Whether a request is for the API, judged by the route Fastify matched (it matches the decoded path, so
 * `/%61pi/auth/sign-in` is the sign-in route) or, when none matched, by the decoded path; never by the raw URL,
 * whose spelling the client chooses.
 */
export function isApiRequest(request: FastifyRequest): boolean {
  return (request.routeOptions.url ?? decodedPath(request.url)).startsWith('/api/');
}

/** Every API answer, errors and unknown addresses included, is about one person's data: no cache keeps it. */
export function registerApiNoStore(app: FastifyInstance) {
  app.addHook('onSend', async (request, reply) => {
    if (isApiRequest(request)) reply.header('cache-control', 'no-store');
  });
}
