import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { ApiClient, createEmptyDatabase, type ServerProcess, startServer } from './server-process.ts';

const admin = { email: 'admin@goteborg.example', password: 'styr-demo-2026' };
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The server on the engine this run tests, with a brand-new database; restartable on the same data. */
async function freshServerFactory(): Promise<() => Promise<ServerProcess>> {
  const clusterUrl = inject('databaseUrl');
  if (clusterUrl) {
    const url = await createEmptyDatabase(clusterUrl);
    return () => startServer({ DATABASE_URL: url });
  }
  const dir = mkdtempSync(join(tmpdir(), 'styr-crash-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return () => startServer({ DATA_DIR: join(dir, 'data') });
}

describe('crash safety', () => {
  it('keeps every acknowledged write when the server is killed with SIGKILL mid-stream', async () => {
    const start = await freshServerFactory();
    let server = await start();
    cleanups.push(() => server.stop('SIGKILL'));
    const client = new ApiClient(server.url);
    const me = await client.signIn(admin.email, admin.password);
    const base = `/api/municipalities/${me.municipality.id}`;
    const tree = await (await client.request('GET', `${base}/org-tree`)).json();
    const parent = tree.nodes.find((node: { name: string }) => node.name === 'Stödfunktioner');

    const acknowledged: string[] = [];
    let failures = 0;
    const writer = async (worker: number) => {
      for (let index = 0; ; index++) {
        const name = `Krasch ${worker}-${index}`;
        try {
          const response = await client.request('POST', `${base}/org-nodes`, {
            parentId: parent.id,
            kind: 'unit',
            name,
            validFrom: '2024-01-01',
          });
          if (response.status === 201) acknowledged.push(name);
          else failures++;
        } catch {
          return; // the server is gone
        }
      }
    };
    const writers = Array.from({ length: 8 }, (_, worker) => writer(worker));
    while (acknowledged.length < 120) await new Promise((done) => setTimeout(done, 10));
    server.child.kill('SIGKILL');
    await Promise.all(writers);
    await server.stop('SIGKILL');
    expect(failures).toBe(0);

    server = await start();
    const after = new ApiClient(server.url);
    await after.signIn(admin.email, admin.password);
    const stored = (await (await after.request('GET', `${base}/org-tree`)).json()).nodes.filter(
      (node: { name: string }) => node.name.startsWith('Krasch '),
    );
    const storedNames = new Set(stored.map((node: { name: string }) => node.name));
    expect(acknowledged.filter((name) => !storedNames.has(name))).toEqual([]);
    // Nothing half-written: every stored node has exactly its one audit record.
    for (const node of stored) {
      const history = await (await after.request('GET', `${base}/org-nodes/${node.id}/history`)).json();
      expect(history.entries.map((entry: { action: string }) => entry.action)).toEqual(['create']);
    }
  });
});
