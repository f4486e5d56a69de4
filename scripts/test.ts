// The one test command: prepares the machine, then lint, migration check, and the suite on PGlite and on
// PostgreSQL (a throwaway cluster from the npm-shipped binaries, or TEST_DATABASE_URL), with the browser
// journeys shared between the two. Ends with the line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { prepareTestMachine } from './test-prerequisites.ts';

interface StepResult {
  name: string;
  passed: number;
  failed: number;
  ok: boolean;
  seconds: number;
}

const results: StepResult[] = [];
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
  return { ok: result.status === 0, seconds: Math.round((performance.now() - started) / 1000) };
}

function check(name: string, command: string, args: string[]) {
  const { ok, seconds } = run(name, command, args);
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, ok, seconds });
}

function vitest(name: string, projects: string[], extraEnv: NodeJS.ProcessEnv, extraArgs: string[] = []) {
  mkdirSync('.tmp', { recursive: true });
  const report = `.tmp/vitest-${name.replace(/\W+/g, '-')}.json`;
  rmSync(report, { force: true });
  const args = ['vitest', 'run', ...projects.flatMap((project) => ['--project', project]), ...extraArgs];
  const { ok, seconds } = run(
    name,
    'npx',
    [...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    extraEnv,
  );
  const counts = existsSync(report)
    ? JSON.parse(readFileSync(report, 'utf8'))
    : { numPassedTests: 0, numFailedTests: 0 };
  const failed = counts.numFailedTests + (ok || counts.numFailedTests > 0 ? 0 : 1);
  results.push({ name, passed: counts.numPassedTests, failed, ok, seconds });
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
vitest('PGlite: unit, web components, integration', ['unit', 'web', 'int'], { TEST_DB: 'pglite' });
vitest('PostgreSQL: integration', ['int'], { TEST_DB: 'postgres' });
// The browser journeys test the web app, which is the same on either engine, and the integration tests above
// already run every server path on both: so each journey runs once, half of them on each engine. That halves the
// slowest part of the run (a browser and a server per file, one file at a time) and keeps both engines under it.
vitest('PGlite: browser, first half', ['e2e'], { TEST_DB: 'pglite' }, ['--shard=1/2']);
vitest('PostgreSQL: browser, second half', ['e2e'], { TEST_DB: 'postgres' }, ['--shard=2/2']);

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
