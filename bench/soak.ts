// Soak: simulated users, each with its own session, edit Hisingen 2022 for a while with think time, saving
// versioned edits (indicator values, goal assessments, assignment reports, plan texts) and re-reading on 409.
// Every acknowledged save is recorded; at the end the stored state must hold each object's last acknowledged
// save. Not part of the test suite.
//
//   npx node bench/soak.ts [--users 300] [--seconds 600] [--think 10000] [--postgres] [--engine pglite|postgres]
//
// --think is the mean pause in ms between one user's saves (uniform between half and one and a half of it).
// Exits non-zero when an acknowledged save is not stored.

import { parseArgs } from 'node:util';
import type { ApiClient } from '../test/server-process.ts';
import {
  adminEmail,
  type DemoScope,
  type Engine,
  enginesFrom,
  findHisingen,
  signInPatiently,
  startBenchServer,
} from './bench-server.ts';
import { recordResult } from './results.ts';

import {
  type EditTarget,
  editTargets,
  newValue,
  operations,
  type Stored,
  type YearView,
} from './soak-edits.ts';
import { type Ledger, printReport, verify } from './soak-report.ts';

const { values } = parseArgs({
  options: {
    users: { type: 'string', default: '300' },
    seconds: { type: 'string', default: '600' },
    think: { type: 'string', default: '10000' },
    postgres: { type: 'boolean', default: false },
    engine: { type: 'string' },
    'log-level': { type: 'string', default: 'warn' },
  },
});
const userCount = Number(values.users);
const seconds = Number(values.seconds);
const thinkMs = Number(values.think);
const maxAttempts = 5;
const password = 'soak-password-2026';

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)] as T;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Runs `work` over `items` with at most `limit` at a time. */
async function inBatches<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  });
  await Promise.all(lanes);
  return results;
}

async function json(response: Response, what: string) {
  if (!response.ok) throw new Error(`${what}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Users who may write in the committee's plan: controllers and rapportörer on the committee, alternately. */
async function createUsers(admin: ApiClient, scope: DemoScope, runId: string): Promise<string[]> {
  const base = `/api/municipalities/${scope.municipalityId}/users`;
  return inBatches([...Array(userCount).keys()], 4, async (index) => {
    const email = `soak-${runId}-${index}@goteborg.example`;
    const user = await json(
      await admin.request('POST', base, { email, displayName: `Soak ${index}`, password }),
      'create user',
    );
    const role = index % 2 === 0 ? 'reporter' : 'controller';
    await json(
      await admin.request('POST', `${base}/${user.id}/grants`, { role, nodeId: scope.committeeId }),
      'grant role',
    );
    return email;
  });
}

interface Run {
  scope: DemoScope;
  targets: EditTarget[];
  ledger: Ledger;
  deadline: number;
}

function note(ledger: Ledger, kind: string) {
  ledger.errors.set(kind, (ledger.errors.get(kind) ?? 0) + 1);
}

function time(ledger: Ledger, operation: string, ms: number) {
  const list = ledger.latencies.get(operation) ?? [];
  list.push(ms);
  ledger.latencies.set(operation, list);
}

async function readView(client: ApiClient, run: Run): Promise<YearView> {
  const start = performance.now();
  const response = await client.request('GET', run.scope.yearPath);
  const view = await json(response, 'read the year');
  time(run.ledger, 'read', performance.now() - start);
  return view;
}

/** One user's session: read the year, then save edits until the deadline, re-reading what a 409 says is newer. */
async function simulateUser(client: ApiClient, user: number, run: Run) {
  const { ledger, targets } = run;
  // Each kind of edit as often as the others, though there are many more indicator values than plan texts.
  const targetsOf = Map.groupBy(targets, (target) => target.operation);
  await sleep(Math.random() * thinkMs);
  let view = await readView(client, run);
  const known = new Map<string, Stored | null>();
  let sequence = 0;
  for (;;) {
    await sleep(thinkMs * (0.5 + Math.random()));
    if (Date.now() >= run.deadline) return;
    const target = pick(targetsOf.get(pick(operations)) ?? targets);
    for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
      const base = known.has(target.object) ? known.get(target.object) : target.read(view);
      sequence += 1;
      const value = newValue(target.operation, user, sequence);
      const { method, path, body } = target.request(value, base?.version);
      const start = performance.now();
      let response: Response;
      try {
        response = await client.request(method, `${run.scope.yearPath}/${path}`, body);
      } catch {
        // No answer: the save may or may not be stored, so the check allows a newer version here.
        note(ledger, 'no answer');
        ledger.unanswered.add(target.object);
        break;
      }
      const answer = await response.json().catch(() => null);
      time(ledger, target.operation, performance.now() - start);
      if (response.ok) {
        const stored = target.acknowledged(answer);
        ledger.saves.push({ user, target, ...stored });
        known.set(target.object, stored);
        break;
      }
      const code = answer?.error?.code ?? 'no body';
      note(ledger, `${response.status} ${code}`);
      if (response.status !== 409 || code !== 'VERSION_CONFLICT') break;
      const current = target.conflict(answer.current);
      if (current) known.set(target.object, current);
      else {
        known.clear();
        view = await readView(client, run);
      }
      if (attempt === maxAttempts) note(ledger, 'gave up after 5 conflicts');
    }
  }
}

async function soakEngine(engine: Engine): Promise<boolean> {
  const started = await startBenchServer(engine, { logLevel: values['log-level'] });
  try {
    const base = started.server.url;
    const { client: admin, me } = await signInPatiently(base, adminEmail);
    const scope = await findHisingen(admin, me.municipality.id);
    const setupStart = Date.now();
    const emails = await createUsers(admin, scope, crypto.randomUUID().slice(0, 8));
    const clients = await inBatches(
      emails,
      4,
      async (email) => (await signInPatiently(base, email, password)).client,
    );
    console.log(
      `${engine}: ${userCount} users created and signed in in ${((Date.now() - setupStart) / 1000).toFixed(0)} s`,
    );
    const view: YearView = await json(await admin.request('GET', scope.yearPath), 'read the year');
    const run: Run = {
      scope,
      targets: editTargets(view, scope.year),
      ledger: { saves: [], errors: new Map(), latencies: new Map(), unanswered: new Set() },
      deadline: Date.now() + seconds * 1000,
    };
    await Promise.all(clients.map((client, index) => simulateUser(client, index, run)));
    const final: YearView = await json(await admin.request('GET', scope.yearPath), 'read the year');
    const check = verify(run.ledger, final);
    const lines = printReport(
      { engine, users: userCount, seconds, thinkMs, targets: run.targets.length },
      run.ledger,
      check,
    );
    recordResult('soak', engine, lines);
    return check.missing.length === 0 && check.duplicateVersions === 0;
  } finally {
    await started.stop();
  }
}

let ok = true;
for (const engine of enginesFrom(values)) {
  if (!(await soakEngine(engine))) ok = false;
}
process.exitCode = ok ? 0 : 1;
