import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import pg from 'pg';

const bin = resolve(import.meta.dirname, '../apps/server/bin/styr.js');

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Starts `styr serve` as a real process on a port the system picks, and waits until it says where it listens:
 * a port picked here beforehand could be taken by another process before the server binds it.
 */
export async function startServer(env: NodeJS.ProcessEnv, args: string[] = []): Promise<ServerProcess> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', ...args], {
    env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  let timer: NodeJS.Timeout | undefined;
  const port = await new Promise<string>((resolvePort, rejectPort) => {
    const collect = (chunk: Buffer) => {
      output += chunk;
      const listening = output.match(/Styr körs på http:\/\/\S+:(\d+)/);
      if (listening?.[1]) resolvePort(listening[1]);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.once('exit', () => rejectPort(new Error(`server exited early:\n${output}`)));
    // A bound so a server that hangs is reported with its output and stopped, not left running.
    timer = setTimeout(() => {
      child.kill();
      rejectPort(new Error(`server did not start:\n${output}`));
    }, 300_000);
  }).finally(() => clearTimeout(timer));
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    child,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** A new, empty database in the run's PostgreSQL cluster, so a server process starts as on a fresh install. */
export async function createEmptyDatabase(clusterUrl: string): Promise<string> {
  return createDatabase(clusterUrl, null);
}

/** A new database on the cluster holding what the database at `sourceUrl` holds; no one may be connected to it. */
export async function copyDatabase(clusterUrl: string, sourceUrl: string): Promise<string> {
  return createDatabase(clusterUrl, new URL(sourceUrl).pathname.slice(1));
}

async function createDatabase(clusterUrl: string, template: string | null): Promise<string> {
  const name = `styr_${crypto.randomUUID().replaceAll('-', '')}`;
  const client = new pg.Client({ connectionString: clusterUrl });
  await client.connect();
  await client.query(template ? `create database ${name} template ${template}` : `create database ${name}`);
  await client.end();
  const url = new URL(clusterUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A small HTTP client that keeps the session cookie and CSRF token, as the web app does. */
export class ApiClient {
  private cookies = new Map<string, string>();
  private csrfToken = '';

  readonly baseUrl: string;

  constructor(baseUrl: string) {
    this.baseUrl = baseUrl;
  }

  /** The cookies the client holds, as a Cookie header for tools that send their own requests. */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  /** The CSRF token writes must carry. */
  csrf(): string {
    return this.csrfToken;
  }

  async request(method: string, path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = { cookie: this.cookieHeader() };
    if (this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, ...value] = (pair ?? '').split('=');
      if (name) this.cookies.set(name, value.join('='));
    }
    return response;
  }

  async signIn(email: string, password: string) {
    this.csrfToken = (await (await this.request('GET', '/api/auth/csrf')).json()).csrfToken;
    const response = await this.request('POST', '/api/auth/sign-in', { email, password });
    if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
    const me = await response.json();
    this.csrfToken = me.csrfToken;
    return me as { municipality: { id: string }; user: { id: string } };
  }
}
