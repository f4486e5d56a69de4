import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { z } from 'zod';

/**
 * Whose X-Forwarded-For and X-Forwarded-Proto count: nobody's (false), the nearest n proxies' (a hop count, for a
 * server that only the proxies can reach), or those of the proxies at these addresses or ranges.
 */
export type TrustProxy = false | number | string[];

// proxy-addr's names for the loopback, link-local and unique-local ranges.
const rangeNames = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrRange(entry: string): boolean {
  if (rangeNames.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128));
}

const trustProxyHint =
  'give the number of proxies in front of the server (e.g. 1) or their addresses (e.g. 10.0.0.5, 10.0.0.0/8, loopback)';

const trustProxySchema = z
  .string()
  .trim()
  .transform((value, context): TrustProxy => {
    if (value === '' || value === 'false' || value === '0') return false;
    if (/^\d+$/.test(value)) return Number(value);
    const entries = value.split(',').map((entry) => entry.trim());
    const invalid = entries.filter((entry) => !isAddressOrRange(entry));
    if (invalid.length === 0) return entries;
    context.addIssue({
      code: 'custom',
      message:
        value === 'true'
          ? `"true" would trust every X-Forwarded-For hop, so any client could choose its own address; ${trustProxyHint}`
          : `not an address or CIDR range: ${invalid.join(', ')}; ${trustProxyHint}`,
    });
    return z.NEVER;
  });

const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  SESSION_SECRET: z.string().min(32, 'SESSION_SECRET must be at least 32 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Set behind a reverse proxy that terminates TLS: cookies become Secure, client addresses come from X-Forwarded-For. */
  TRUST_PROXY: trustProxySchema.default(false),
  WEB_DIST: z.string().optional(),
  /** How long a request may take to arrive whole, headers and body, and a connection may stay silent. */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(120_000),
  /** How long rendering one PDF or Word file (both, at adoption) may take; under REQUEST_TIMEOUT_MS, so the answer arrives. */
  RENDER_TIMEOUT_MS: z.coerce.number().int().min(1).max(3_600_000).default(60_000),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  databaseUrl: string | undefined;
  dataDir: string;
  sessionSecret: string;
  logLevel: string;
  trustProxy: TrustProxy;
  webDist: string | undefined;
  requestTimeoutMs: number;
  renderTimeoutMs: number;
}

export type ConfigOverrides = Partial<Pick<Config, 'port' | 'dataDir' | 'host'>>;

/** Parses the environment once. Bad configuration is a startup error, never a runtime surprise. */
export function loadConfig(env: NodeJS.ProcessEnv, overrides: ConfigOverrides = {}): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const values = parsed.data;
  if (values.NODE_ENV === 'production' && !values.SESSION_SECRET) {
    throw new Error('Invalid configuration:\n  SESSION_SECRET: required in production');
  }
  return {
    env: values.NODE_ENV,
    host: overrides.host ?? values.HOST,
    port: overrides.port ?? values.PORT,
    databaseUrl: values.DATABASE_URL,
    dataDir: overrides.dataDir ?? values.DATA_DIR,
    // Outside production a per-process secret is fine: sessions live in the database, the secret only signs CSRF cookies.
    sessionSecret: values.SESSION_SECRET ?? randomBytes(32).toString('hex'),
    logLevel: values.LOG_LEVEL,
    trustProxy: values.TRUST_PROXY,
    webDist: values.WEB_DIST,
    requestTimeoutMs: values.REQUEST_TIMEOUT_MS,
    renderTimeoutMs: values.RENDER_TIMEOUT_MS,
  };
}
