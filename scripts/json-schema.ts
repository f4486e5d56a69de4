// Writes the JSON Schema of the open exchange format to docs/, or with --check
// fails when the committed file differs from what the zod schema gives.
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { committeeYearSchema } from '../packages/shared/src/contracts/interchange.ts';

const file = 'docs/format/committee-year.schema.json';
const schema = {
  ...z.toJSONSchema(committeeYearSchema, { io: 'input' }),
  $id: 'https://styr.example/format/committee-year.schema.json',
  title: 'Styr: en nämnds år (styr/committee-year, version 1)',
};
const text = `${JSON.stringify(schema, null, 2)}\n`;

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(file, 'utf8');
  } catch {
    // missing counts as different
  }
  if (committed !== text) {
    console.error(`${file} is out of date. Run: npm run format:schema`);
    process.exit(1);
  }
  console.log(`${file} matches the format's zod schema.`);
} else {
  writeFileSync(file, text);
  console.log(`Wrote ${file}`);
}
