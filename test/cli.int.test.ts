import { describe, expect, it } from 'vitest';
import { useCommandLine } from './cli-harness.ts';
import { ApiClient, startServer } from './server-process.ts';

const { styr, newInstallationEnv } = useCommandLine();

const production = { NODE_ENV: 'production', SESSION_SECRET: 's'.repeat(40) };

describe('styr command line', () => {
  it('lists its commands', async () => {
    const result = await styr(['--help']);
    expect(result.status).toBe(0);
    for (const command of [
      'serve',
      'migrate',
      'demo',
      'backup',
      'restore',
      'municipality',
      'template',
      'user',
    ])
      expect(result.stdout).toContain(command);
  });

  it('refuses bad arguments with a Swedish message and a non-zero exit', async () => {
    const [unknown, port, missing] = await Promise.all([
      styr(['serve', '--bogus']),
      styr(['serve', '--port', 'abc']),
      styr(['user', 'add', '--email', 'a@b.example']),
    ]);
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr).toContain("okänt alternativ: '--bogus'");
    expect(port.status).not.toBe(0);
    expect(port.stderr).toContain('Porten måste vara ett heltal');
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toContain('obligatoriskt alternativ saknas');
  });

  it('sets up a municipality and its first administrator, who can then sign in; production adds no demo data', async () => {
    const env = { ...(await newInstallationEnv('setup')), ...production };
    const municipality = await styr(
      ['municipality', 'add', '--name', 'Gävle kommun', '--short-name', 'Gävle', '--kolada', '2180'],
      env,
    );
    expect(municipality.status, municipality.stderr).toBe(0);
    // The password is checked before the database is opened.
    const weak = await styr(
      ['user', 'add', '--municipality', 'Gävle', '--email', 'anna@gavle.example', '--name', 'Anna'],
      { ...env, STYR_PASSWORD: 'kort' },
    );
    expect(weak.status).not.toBe(0);
    expect(weak.stderr).toContain('minst 12 tecken');
    const user = await styr(
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
    const server = await startServer({ ...(await newInstallationEnv('production')), ...production });
    try {
      await expect(
        new ApiClient(server.url).signIn('admin@goteborg.example', 'styr-demo-2026'),
      ).rejects.toThrow(/401/);
    } finally {
      await server.stop();
    }
  });
});
