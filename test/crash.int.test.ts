import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { ApiClient, createEmptyDatabase, type ServerProcess, startServer } from './server-process.ts';

const admin = { email: 'admin@goteborg.example', password: 'styr-demo-2026' };
const controller = { email: 'controller@goteborg.example', password: admin.password };
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

interface Edit {
  name: string;
  send(): Promise<Response>;
}

type View = {
  indicators: {
    id: string;
    values: { year: number; period: string; gender: string; value: number | null }[];
  }[];
};

describe('crash safety', () => {
  it('keeps every acknowledged edit of 1 000 concurrent ones when the server is killed with SIGKILL', async () => {
    const start = await freshServerFactory();
    let server = await start();
    cleanups.push(() => server.stop('SIGKILL'));
    // The administrator adds units; the controller records outcomes.
    const client = new ApiClient(server.url);
    const me = await client.signIn(admin.email, admin.password);
    const recorder = new ApiClient(server.url);
    await recorder.signIn(controller.email, controller.password);
    const base = `/api/municipalities/${me.municipality.id}`;
    const tree = (await (await client.request('GET', `${base}/org-tree`)).json()).nodes as {
      id: string;
      name: string;
    }[];
    const parent = tree.find((node) => node.name === 'Stödfunktioner');
    const committee = tree.find((node) => node.name === 'Socialnämnden Hisingen');
    if (!parent || !committee) throw new Error('demo organisation missing');
    const yearUrl = `${base}/committees/${committee.id}/years/2022`;
    const view = async (api: ApiClient): Promise<View> => (await api.request('GET', yearUrl)).json();
    const indicators = (await view(client)).indicators;

    // Half new organisation units, half outcomes in cells no one has written yet: 1 000 distinct objects.
    const edits: Edit[] = [];
    for (let index = 0; index < 500; index++) {
      const name = `Krasch ${index}`;
      edits.push({
        name,
        send: () =>
          client.request('POST', `${base}/org-nodes`, {
            parentId: parent.id,
            kind: 'unit',
            name,
            validFrom: '2024-01-01',
          }),
      });
    }
    const cells = indicators.flatMap((indicator) =>
      [2010, 2011, 2012, 2013, 2014, 2015].flatMap((year) =>
        (['K', 'M'] as const).map((gender) => ({ indicator: indicator.id, year, gender })),
      ),
    );
    expect(cells.length).toBeGreaterThanOrEqual(500);
    for (const [index, cell] of cells.slice(0, 500).entries())
      edits.push({
        name: `${cell.indicator}:${cell.year}:${cell.gender}:${index}`,
        send: () =>
          recorder.request('PUT', `${yearUrl}/indicators/${cell.indicator}/values`, {
            year: cell.year,
            period: 'year',
            gender: cell.gender,
            value: index,
          }),
      });

    // Interleaved, so both kinds are in flight when the server dies.
    const order = edits.slice(0, 500).flatMap((edit, index) => [edit, edits[500 + index] as Edit]);
    const acknowledged = new Set<string>();
    const refused: string[] = [];
    const all = Promise.all(
      order.map(async (edit) => {
        try {
          const response = await edit.send();
          if (response.ok) acknowledged.add(edit.name);
          else refused.push(`${edit.name}: ${response.status}`);
        } catch {
          // the server is gone; the edit was never acknowledged
        }
      }),
    );
    // Which kind is answered first depends on the machine's load; the kill waits until both kinds have answers.
    const units = () => [...acknowledged].filter((name) => name.startsWith('Krasch ')).length;
    while (acknowledged.size < 200 || units() === 0 || units() === acknowledged.size)
      await new Promise((done) => setTimeout(done, 5));
    server.child.kill('SIGKILL');
    await all;
    await server.stop('SIGKILL');
    expect(refused).toEqual([]);
    // Killed mid-way: some edits were in flight and never answered.
    expect(acknowledged.size).toBeLessThan(edits.length);
    const acknowledgedUnits = [...acknowledged].filter((name) => name.startsWith('Krasch ')).length;
    expect(acknowledgedUnits).toBeGreaterThan(0);
    expect(acknowledged.size - acknowledgedUnits).toBeGreaterThan(0);

    server = await start();
    const after = new ApiClient(server.url);
    await after.signIn(admin.email, admin.password);
    const nodes = (await (await after.request('GET', `${base}/org-tree`)).json()).nodes.filter(
      (node: { name: string }) => node.name.startsWith('Krasch '),
    );
    const storedNodes = new Set(nodes.map((node: { name: string }) => node.name));
    const values = new Set(
      (await view(after)).indicators.flatMap((indicator) =>
        indicator.values
          .filter((value) => value.year <= 2015 && value.gender !== 'T')
          .map((value) => `${indicator.id}:${value.year}:${value.gender}:${value.value}`),
      ),
    );
    const missing = [...acknowledged].filter((name) =>
      name.startsWith('Krasch ') ? !storedNodes.has(name) : !values.has(name),
    );
    expect(missing).toEqual([]);
    // Nothing half-written: every stored unit has exactly its one audit record.
    const histories = await Promise.all(
      nodes.map(async (node: { id: string }) =>
        (await (await after.request('GET', `${base}/org-nodes/${node.id}/history`)).json()).entries.map(
          (entry: { action: string }) => entry.action,
        ),
      ),
    );
    expect(histories.filter((actions) => actions.join() !== 'create')).toEqual([]);
  });
});
