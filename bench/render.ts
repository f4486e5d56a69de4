// How long one årsrapport takes to build: Hisingen 2022 from the demo data, rendered as DOCX and as PDF after a
// warm-up. Run with `npx node bench/render.ts [runs] [--engine pglite|postgres] [--out DIR]`; --out keeps the
// last files so they can be looked at. The data goes into a fresh PGlite, or into PostgreSQL (DATABASE_URL, an
// empty database, or else a throwaway cluster). The last line sums up in key=value form for a results file; the first renderings
// (first_ms) are the ones that find the process's caches empty. Not part of the test suite: timings depend on
// the machine.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { renderDocument } from '../apps/server/src/modules/documents/render.service.ts';
import { importCommitteeYear } from '../apps/server/src/modules/interchange/import.service.ts';
import { engineArgument, machineLine, median, openBenchDatabase } from './engines.ts';
import { recordResult } from './results.ts';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? args[outIndex + 1] : undefined;
const runs = Number(
  args.find((arg, index) => /^\d+$/.test(arg) && (outIndex < 0 || index !== outIndex + 1)) ?? 10,
);

const bench = await openBenchDatabase(engineArgument(args));
const { database, deps } = bench;
const engineName = database.engine === 'postgres' ? 'PostgreSQL' : 'PGlite';
const demo = join(import.meta.dirname, '../apps/server/src/demo/committee-years');
const files = ['hisingen-2022.json', 'nordost-2023.json'];
const scopes = [];
for (const file of files) {
  const document = JSON.parse(readFileSync(join(demo, file), 'utf8'));
  const summary = await importCommitteeYear(deps, document, {
    source: file,
    actor: null,
    municipalityId: null,
  });
  scopes.push({
    municipalityId: summary.municipalityId,
    committeeId: summary.committeeId,
    year: summary.year,
  });
}
const [hisingen, nordost] = scopes;
if (!hisingen || !nordost) throw new Error('The demo data was not imported');

console.log(
  `Årsrapport 2022 Socialnämnden Hisingen, ${engineName}, median of ${runs} runs after one warm-up`,
);
console.log(`${new Date().toISOString()} · ${machineLine()}`);
const summary = [`engine=${database.engine}`];
for (const format of ['docx', 'pdf'] as const) {
  const first = performance.now();
  let last = await renderDocument(deps, hisingen, 'arsrapport', format);
  summary.push(`${format}_first_ms=${(performance.now() - first).toFixed(0)}`);
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    last = await renderDocument(deps, hisingen, 'arsrapport', format);
    times.push(performance.now() - start);
  }
  console.log(`${format.toUpperCase()}: ${median(times).toFixed(0)} ms (${last.content.length} bytes)`);
  summary.push(`${format}_median_ms=${median(times).toFixed(0)}`);
  if (out) {
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, last.fileName), last.content);
    const plan = await renderDocument(deps, nordost, 'verksamhetsplan', format);
    writeFileSync(join(out, plan.fileName), plan.content);
  }
}
const line = [...summary, `runs=${runs}`, 'targets=docx<=300ms,pdf<=1500ms'].join(' ');
console.log(line);
recordResult('render', database.engine, [
  `Årsrapport 2022 Socialnämnden Hisingen, median of ${runs} runs after one warm-up render`,
  line,
]);
await bench.close();
