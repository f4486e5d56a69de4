import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, createEmptyDatabase, startServer } from './server-process.ts';

const bin = resolve(import.meta.dirname, '../apps/server/bin/styr.js');
const dir = mkdtempSync(join(tmpdir(), 'styr-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The environment of a fresh installation on the engine this run tests. */
async function freshDatabaseEnv(name: string): Promise<NodeJS.ProcessEnv> {
  const clusterUrl = inject('databaseUrl');
  // A data directory whose parents do not exist yet, as a person may well name one.
  return clusterUrl
    ? { DATABASE_URL: await createEmptyDatabase(clusterUrl) }
    : { DATA_DIR: join(dir, name, 'styr', 'data') };
}

function styr(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('styr command line', () => {
  it('lists its commands', () => {
    const result = styr(['--help']);
    expect(result.status).toBe(0);
    for (const command of ['serve', 'migrate', 'demo', 'backup', 'restore', 'municipality', 'user'])
      expect(result.stdout).toContain(command);
  });

  it('refuses bad arguments with a Swedish message and a non-zero exit', () => {
    const unknown = styr(['serve', '--bogus']);
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr).toContain("okänt alternativ: '--bogus'");
    const port = styr(['serve', '--port', 'abc']);
    expect(port.status).not.toBe(0);
    expect(port.stderr).toContain('Porten måste vara ett heltal');
    const missing = styr(['user', 'add', '--email', 'a@b.example']);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toContain('obligatoriskt alternativ saknas');
  });

  it('sets up a municipality and its first administrator, who can then sign in; production adds no demo data', async () => {
    const env = {
      ...(await freshDatabaseEnv('setup')),
      NODE_ENV: 'production',
      SESSION_SECRET: 's'.repeat(40),
    };
    const municipality = styr(
      ['municipality', 'add', '--name', 'Gävle kommun', '--short-name', 'Gävle', '--kolada', '2180'],
      env,
    );
    expect(municipality.status, municipality.stderr).toBe(0);
    const weak = styr(
      ['user', 'add', '--municipality', 'Gävle', '--email', 'anna@gavle.example', '--name', 'Anna'],
      {
        ...env,
        STYR_PASSWORD: 'kort',
      },
    );
    expect(weak.status).not.toBe(0);
    expect(weak.stderr).toContain('minst 12 tecken');
    const user = styr(
      [
        'user',
        'add',
        '--municipality',
        '2180',
        '--email',
        'anna@gavle.example',
        '--name',
        'Anna',
        '--role',
        'admin',
      ],
      { ...env, STYR_PASSWORD: 'ett-langt-losenord-for-anna' },
    );
    expect(user.status, user.stderr).toBe(0);

    const server = await startServer(env);
    try {
      const client = new ApiClient(server.url);
      const me = await client.signIn('anna@gavle.example', 'ett-langt-losenord-for-anna');
      const tree = await (
        await client.request('GET', `/api/municipalities/${me.municipality.id}/org-tree`)
      ).json();
      expect(tree.municipality).toMatchObject({ name: 'Gävle kommun', koladaId: '2180' });
      await expect(
        new ApiClient(server.url).signIn('admin@goteborg.example', 'styr-demo-2026'),
      ).rejects.toThrow(/401/);
    } finally {
      await server.stop();
    }
  });

  it('never loads demo data into an empty production database unless asked', async () => {
    const env = {
      ...(await freshDatabaseEnv('production')),
      NODE_ENV: 'production',
      SESSION_SECRET: 's'.repeat(40),
    };
    const server = await startServer(env);
    try {
      await expect(
        new ApiClient(server.url).signIn('admin@goteborg.example', 'styr-demo-2026'),
      ).rejects.toThrow(/401/);
    } finally {
      await server.stop();
    }
  });

  it('loads the demo, exports a committee year as JSON, and refuses a bad file naming file, path and reason', async () => {
    const env = await freshDatabaseEnv('interchange');
    expect(styr(['demo'], env).status).toBe(0);
    const exported = styr(['export', '--committee', 'Socialnämnden Hisingen', '--year', '2022'], env);
    expect(exported.status, exported.stderr).toBe(0);
    const document = JSON.parse(exported.stdout);
    const goal = document.goals.find((entry: { title: string }) =>
      entry.title.startsWith('Antalet invånare i bidragsberoende'),
    );
    expect(document.assessments.find((entry: { goal: string }) => entry.goal === goal.key).level).toBe(
      'viss',
    );
    expect(document.assignments).toHaveLength(43);

    const rendered = join(dir, 'arsrapport.html');
    const render = styr(
      [
        'render',
        '--committee',
        'Socialnämnden Hisingen',
        '--year',
        '2022',
        '--document',
        'arsrapport',
        '--format',
        'html',
        '--out',
        rendered,
      ],
      env,
    );
    expect(render.status, render.stderr).toBe(0);
    expect(readFileSync(rendered, 'utf8')).toContain('2.2.3 Nämndspecifika mål från KF');

    const file = join(dir, 'trasig.json');
    document.goals[0].goalArea = 'finns-inte';
    writeFileSync(file, JSON.stringify(document));
    const refused = styr(['import', file], env);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain(
      'trasig.json: goals[0].goalArea: Målområdet "finns-inte" finns inte i filen',
    );
    expect(refused.stderr).toContain('inget har sparats');
  });
});
