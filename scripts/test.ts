// The one test command: prepares the machine, then lint, migration check, and the suite on PGlite and on
// PostgreSQL (a throwaway cluster from the npm-shipped binaries, or TEST_DATABASE_URL), with the browser
// journeys shared between the two. Ends with the line "N passed, N failed".
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { prepareTestMachine } from './test-prerequisites.ts';

interface StepResult {
  name: string;
  passed: number;
  failed: number;
  ok: boolean;
  seconds: number;
}

const results: StepResult[] = [];
const secondsSince = (started: number) => Math.round((performance.now() - started) / 1000);
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };

function run(
  name: string,
  command: string,
  args: string[],
  extraEnv: NodeJS.ProcessEnv = {},
): { ok: boolean; seconds: number } {
  console.log(`\n=== ${name} ===`);
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  return { ok: result.status === 0, seconds: secondsSince(started) };
}

function check(name: string, command: string, args: string[]) {
  const { ok, seconds } = run(name, command, args);
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, ok, seconds });
}

interface VitestRun {
  name: string;
  projects: string[];
  env: NodeJS.ProcessEnv;
  args?: string[];
}

function vitestArgs({ name, projects, args = [] }: VitestRun): { args: string[]; report: string } {
  mkdirSync('.tmp', { recursive: true });
  const report = `.tmp/vitest-${name.replace(/\W+/g, '-')}.json`;
  rmSync(report, { force: true });
  return {
    report,
    args: [
      'vitest',
      'run',
      ...projects.flatMap((project) => ['--project', project]),
      ...args,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
  };
}

function record(name: string, report: string, ok: boolean, seconds: number) {
  const counts = existsSync(report)
    ? JSON.parse(readFileSync(report, 'utf8'))
    : { numPassedTests: 0, numFailedTests: 0 };
  const failed = counts.numFailedTests + (ok || counts.numFailedTests > 0 ? 0 : 1);
  results.push({ name, passed: counts.numPassedTests, failed, ok, seconds });
}

function vitest(step: VitestRun) {
  const { args, report } = vitestArgs(step);
  const { ok, seconds } = run(step.name, 'npx', args, step.env);
  record(step.name, report, ok, seconds);
}

/** Runs vitest steps at the same time, each output line marked with its step's name. */
async function vitestTogether(steps: VitestRun[]) {
  console.log(`\n=== ${steps.map((step) => step.name).join(' | ')} ===`);
  await Promise.all(
    steps.map(async (step) => {
      const { args, report } = vitestArgs(step);
      const started = performance.now();
      const child = spawn('npx', args, {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...env, ...step.env },
      });
      for (const stream of [child.stdout, child.stderr])
        createInterface({ input: stream }).on('line', (line) => console.log(`[${step.name}] ${line}`));
      const [status] = (await once(child, 'close')) as [number | null];
      record(step.name, report, status === 0, secondsSince(started));
    }),
  );
}

const problems = prepareTestMachine();
if (problems.length > 0) {
  console.error(`\nnpm test cannot run on this machine yet:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

check('lint and types', 'npm', ['run', 'lint', '--silent']);
check('migrations match the schema', 'npx', ['node', 'scripts/check-migrations.ts']);
check('format schema in docs matches the contracts', 'npx', ['node', 'scripts/json-schema.ts', '--check']);
check('build the web app', 'npm', ['run', 'build', '-w', '@styr/web', '--silent']);
vitest({
  name: 'PGlite: unit, web components, integration',
  projects: ['unit', 'web', 'int'],
  env: { TEST_DB: 'pglite' },
});
vitest({ name: 'PostgreSQL: integration', projects: ['int'], env: { TEST_DB: 'postgres' } });
// The browser journeys test the web app, which is the same on either engine, and the integration tests above
// already run every server path on both: so each journey runs once, half of them on each engine. A journey waits
// on its browser and server most of the time (about half a core in use), so the two halves run side by side.
await vitestTogether([
  {
    name: 'PGlite: browser, first half',
    projects: ['e2e'],
    env: { TEST_DB: 'pglite' },
    args: ['--shard=1/2'],
  },
  {
    name: 'PostgreSQL: browser, second half',
    projects: ['e2e'],
    env: { TEST_DB: 'postgres' },
    args: ['--shard=2/2'],
  },
]);

console.log('\n=== Summary ===');
for (const result of results) {
  console.log(
    `${result.ok ? 'ok  ' : 'FAIL'} ${result.name} (${result.seconds} s): ${result.passed} passed, ${result.failed} failed`,
  );
}
const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && results.every((result) => result.ok) ? 0 : 1);
