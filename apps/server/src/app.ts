import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { TrustProxy } from './config.ts';
import type { Deps } from './deps.ts';
import type { Access } from './http/access.ts';
import { isApiRequest, registerApiNoStore } from './http/api-request.ts';
import { registerErrorHandler } from './http/error-handler.ts';
import { registerJsonBodyParser } from './http/json-body.ts';
import { registerSessionHooks } from './http/session-hooks.ts';
import { actionPlanRoutes } from './modules/action-plans/action-plans.routes.ts';
import { adoptionRoutes } from './modules/adoption/adoption.routes.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { backupRoutes } from './modules/backup/backup.routes.ts';
import { documentsRoutes } from './modules/documents/documents.routes.ts';
import { logoRoutes } from './modules/documents/logo.routes.ts';
import { economyRoutes } from './modules/economy/economy.routes.ts';
import { economyFileRoutes } from './modules/economy/economy-files.routes.ts';
import { interchangeRoutes } from './modules/interchange/interchange.routes.ts';
import { settingsRoutes } from './modules/municipalities/settings.routes.ts';
import { orgRoutes } from './modules/org/org.routes.ts';
import { planRoutes } from './modules/plan/plan.routes.ts';
import { planMeasuresRoutes } from './modules/plan/plan-measures.routes.ts';
import { planStructureRoutes } from './modules/plan/plan-structure.routes.ts';
import { planWriteRoutes } from './modules/plan/plan-write.routes.ts';
import { riskRoutes } from './modules/risks/risks.routes.ts';
import { startRoutes } from './modules/start/start.routes.ts';
import { systemRoutes } from './modules/system/system.routes.ts';
import { usersRoutes } from './modules/users/users.routes.ts';
import { workflowRoutes } from './modules/workflow/workflow.routes.ts';
import { appVersion } from './version.ts';

export interface ApiRoute {
  method: string;
  url: string;
  access: Access;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every API route with its declared access, for the authorization matrix and the docs. */
    apiRoutes: ApiRoute[];
  }
}

const defaultWebDist = resolve(dirname(fileURLToPath(import.meta.url)), '../../web/dist');
// The API documentation page ships its own assets and is public, like the OpenAPI document it shows.
const isDocsAsset = (url: string) => url === '/api/docs' || url.startsWith('/api/docs/');

// Fastify trusts no hop for a bare count, since it cannot tell the proxy from a client that reaches the server
// directly; a count is meant for a server that only its proxies can reach, so it is given as "the nearest n hops".
const trustedHops = (trust: TrustProxy) =>
  typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust;

export interface AppOptions {
  logger?: FastifyServerOptions['logger'];
  /** The secret with which a local `styr backup` asks this server for a backup (PGlite only). */
  localToken?: string;
}

export async function buildApp(deps: Deps, options: AppOptions = {}) {
  const timeout = deps.config.requestTimeoutMs;
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: trustedHops(deps.config.trustProxy),
    bodyLimit: 1024 * 1024,
    // A client that stops sending (headers, then a body that never ends, or a byte now and then) is cut off:
    // the whole request must arrive within the timeout, and a connection silent that long is closed.
    requestTimeout: timeout,
    connectionTimeout: timeout,
    http: { headersTimeout: timeout, connectionsCheckingInterval: Math.min(30_000, Math.ceil(timeout / 4)) },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.decorate('apiRoutes', [] as ApiRoute[]);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || isDocsAsset(route.url) || route.method === 'HEAD') return;
    const access = route.config?.access;
    if (!access) throw new Error(`Route ${String(route.method)} ${route.url} declares no access rule`);
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) app.apiRoutes.push({ method, url: route.url, access });
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Styr API',
        version: appVersion,
        description: 'Styrning, uppföljning och kontroll för kommunala nämnder.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'styr_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  registerErrorHandler(app, deps);
  registerJsonBodyParser(app);
  registerSessionHooks(app, deps);
  registerApiNoStore(app);

  await app.register(
    async (api) => {
      await api.register(systemRoutes(deps));
      await api.register(backupRoutes(deps, options.localToken));
      await api.register(authRoutes(deps));
      await api.register(orgRoutes(deps));
      await api.register(settingsRoutes(deps));
      await api.register(usersRoutes(deps));
      await api.register(auditRoutes(deps));
      await api.register(planRoutes(deps));
      await api.register(planWriteRoutes(deps));
      await api.register(planMeasuresRoutes(deps));
      await api.register(planStructureRoutes(deps));
      await api.register(adoptionRoutes(deps));
      await api.register(interchangeRoutes(deps));
      await api.register(workflowRoutes(deps));
      await api.register(startRoutes(deps));
      await api.register(riskRoutes(deps));
      await api.register(economyRoutes(deps));
      await api.register(economyFileRoutes(deps));
      await api.register(documentsRoutes(deps));
      await api.register(logoRoutes(deps));
      await api.register(actionPlanRoutes(deps));
    },
    { prefix: '/api' },
  );

  await registerWebApp(app, deps.config.webDist ?? defaultWebDist);
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;

async function registerWebApp(app: FastifyInstance, webDist: string) {
  const built = existsSync(resolve(webDist, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      setHeaders: (res, path) => {
        if (path.includes('/assets/')) res.header('cache-control', 'public, max-age=31536000, immutable');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    // Only page addresses fall back to the app; a missing asset or file must not be answered with HTML.
    const isFile = request.url.startsWith('/assets/') || /\.[a-z0-9]+(\?|$)/i.test(request.url);
    if (isApiRequest(request) || request.method !== 'GET' || isFile) {
      return reply.status(404).send({ error: { code: 'NOT_FOUND', message: 'Adressen finns inte.' } });
    }
    if (!built) {
      return reply
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('Webbappen är inte byggd. Kör "npm run build -w @styr/web" eller starta med "npm start".');
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
