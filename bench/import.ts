// Import speed of the synthetic country through the public import path (the function behind `styr import`
// and POST …/import), in stored rows per second, against plain COPY of the same rows into tables of the same
// shape, measured in the same run on the same database.
//
//   npx node bench/import.ts [--engine pglite|postgres] [--municipalities N] [--committees N] [--years N]
//
// Defaults to the full country (290 municipalities × 12 committees × 5 years). On PostgreSQL it uses
// DATABASE_URL (an empty database) or starts a throwaway durable cluster.
import { performance } from 'node:perf_hooks';
import { importCommitteeYear } from '../apps/server/src/modules/interchange/import.service.ts';
import { countRows, measureCopyFloor } from './copy-floor.ts';
import { committeeYear, fullCountry } from './country.ts';
import { engineArgument, machineLine, numberArgument, openBenchDatabase } from './engines.ts';
import { recordResult } from './results.ts';

const args = process.argv.slice(2);
const engine = engineArgument(args);
const size = {
  ...fullCountry,
  municipalities: numberArgument(args, '--municipalities', fullCountry.municipalities),
  committeesPerMunicipality: numberArgument(args, '--committees', fullCountry.committeesPerMunicipality),
  years: numberArgument(args, '--years', fullCountry.years),
};
const total = size.municipalities * size.committeesPerMunicipality * size.years;

const bench = await openBenchDatabase(engine);
console.log(`# import bench: ${engine}, ${machineLine()}`);
console.log(
  `# ${size.municipalities} municipalities × ${size.committeesPerMunicipality} committees × ${size.years} years = ${total} committee-years`,
);

let importMs = 0;
let done = 0;
let indicatorValues = 0;
const started = performance.now();
for (let municipality = 0; municipality < size.municipalities; municipality++)
  for (let yearIndex = 0; yearIndex < size.years; yearIndex++)
    for (let committee = 0; committee < size.committeesPerMunicipality; committee++) {
      const document = committeeYear(size, municipality, committee, yearIndex);
      const before = performance.now();
      const summary = await importCommitteeYear(bench.deps, document, {
        source: 'syntetiskt land',
        actor: null,
        municipalityId: null,
      });
      importMs += performance.now() - before;
      indicatorValues += summary.counts.values;
      done++;
      if (done % Math.max(1, Math.floor(total / 20)) === 0) {
        const elapsed = (performance.now() - started) / 1000;
        const left = (elapsed / done) * (total - done);
        process.stderr.write(
          `  ${done}/${total} committee-years, ${elapsed.toFixed(0)} s, about ${left.toFixed(0)} s left\n`,
        );
      }
    }

const tables = await countRows(bench);
const rows = tables.reduce((sum, table) => sum + table.rows, 0);
const floor = await measureCopyFloor(bench);
await bench.close();

const importRate = rows / (importMs / 1000);
const copyRate = floor.rows / (floor.ms / 1000);
const lines = [
  `${size.municipalities} municipalities × ${size.committeesPerMunicipality} committees × ${size.years} years = ${total} committee-years`,
  `rows stored: ${rows} (largest: ${tables
    .slice(0, 4)
    .map((table) => `${table.table} ${table.rows}`)
    .join(', ')})`,
  `engine=${engine} committee_years=${total} rows=${rows} indicator_values=${indicatorValues} import_s=${(importMs / 1000).toFixed(1)} import_rows_per_s=${Math.round(importRate)} copy_s=${(floor.ms / 1000).toFixed(1)} copy_rows_per_s=${Math.round(copyRate)} ratio=${(importRate / copyRate).toFixed(3)}`,
];
for (const line of lines) console.log(line);
recordResult('import', engine, lines);
