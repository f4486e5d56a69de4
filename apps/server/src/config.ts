import { randomBytes } from 'node:crypto';
import { z } from 'zod';

const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  SESSION_SECRET: z.string().min(32, 'SESSION_SECRET must be at least 32 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Set when a reverse proxy terminates TLS: cookies become Secure and client addresses come from X-Forwarded-For. */
  TRUST_PROXY: z.stringbool().default(false),
  WEB_DIST: z.string().optional(),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  databaseUrl: string | undefined;
  dataDir: string;
  sessionSecret: string;
  logLevel: string;
  trustProxy: boolean;
  webDist: string | undefined;
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
  };
}
