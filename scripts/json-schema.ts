// Writes the JSON Schemas of the open formats to docs/format/, or with --check
// fails when a committed file differs from what its zod schema gives.
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { committeeYearSchema } from '../packages/shared/src/contracts/interchange.ts';
import { municipalityFileSchema } from '../packages/shared/src/contracts/municipality-file.ts';
import { templateFileSchema } from '../packages/shared/src/contracts/template-file.ts';

const formats = [
  {
    file: 'committee-year.schema.json',
    schema: committeeYearSchema,
    title: 'Styr: en nämnds år (styr/committee-year, version 1)',
  },
  {
    file: 'municipality.schema.json',
    schema: municipalityFileSchema,
    title: 'Styr: en kommun och dess inställningar (styr/municipality, version 1)',
  },
  {
    file: 'template.schema.json',
    schema: templateFileSchema,
    title: 'Styr: en kommuns mall för ett dokument (styr/template, version 1)',
  },
];

let stale = false;
for (const format of formats) {
  const path = `docs/format/${format.file}`;
  const schema = {
    ...z.toJSONSchema(format.schema, { io: 'input' }),
    $id: `https://styr.example/format/${format.file}`,
    title: format.title,
  };
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(path, 'utf8');
    } catch {
      // missing counts as different
    }
    if (committed === text) {
      console.log(`${path} matches the format's zod schema.`);
    } else {
      console.error(`${path} is out of date. Run: npm run format:schema`);
      stale = true;
    }
  } else {
    writeFileSync(path, text);
    console.log(`Wrote ${path}`);
  }
}
if (stale) process.exit(1);
