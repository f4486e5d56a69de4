import { writeFile } from 'node:fs/promises';
import { isoDateSchema } from '@styr/shared/contracts/common';
import { z } from 'zod';
import type { Deps } from '../deps.ts';
import {
  createMunicipality,
  exportMunicipalitySettings,
  findMunicipalityByReference,
  importMunicipalitySettings,
  listMunicipalities,
} from '../modules/municipalities/index.ts';
import { parse } from './arguments.ts';
import { type DatabaseOptions, withContext } from './context.ts';
import { importFromFile } from './import-file.ts';

/** Adds a municipality; its input is checked before the database is opened. A name already taken is refused. */
export async function runMunicipalityAdd(
  options: DatabaseOptions & { name: string; shortName?: string; kolada?: string; validFrom: string },
) {
  const input = {
    name: parse(z.string().trim().min(1, 'namn måste anges').max(200), options.name, '--name'),
    shortName: options.shortName ?? null,
    koladaId: options.kolada
      ? parse(z.string().regex(/^\d{4}$/, 'fyra siffror'), options.kolada, '--kolada')
      : null,
    validFrom: parse(isoDateSchema, options.validFrom, '--valid-from'),
  };
  await withContext(options, async ({ deps }) => {
    const created = await createMunicipality(deps, null, input);
    console.log(`Kommunen ${created.name} skapad med id ${created.id}.`);
  });
}

/** One line per municipality: id, name and number of committees, tab-separated so scripts can read it. */
export const runMunicipalityList = (options: DatabaseOptions) =>
  withContext(options, async ({ deps }) => {
    const rows = await listMunicipalities(deps.db);
    if (rows.length === 0) console.error('Det finns inga kommuner.');
    for (const row of rows) console.log(`${row.id}\t${row.name}\t${row.committees} nämnder`);
  });

/** The municipality whose id or exact name REF is; none or several is an error naming REF. */
export async function municipalityOf(deps: Deps, reference: string): Promise<{ id: string; name: string }> {
  const matches = (await findMunicipalityByReference(deps, reference)).filter(
    (row) => row.id === reference || row.name === reference,
  );
  if (matches.length > 1) throw new Error(`Flera kommuner heter ”${reference}”; ange kommunens id.`);
  const [match] = matches;
  if (!match) throw new Error(`Det finns ingen kommun med id eller namn ”${reference}”.`);
  return match;
}

/** A file's JSON to the file named, or to standard out. */
export async function writeJson(value: unknown, out: string | undefined) {
  const json = `${JSON.stringify(value, null, 2)}\n`;
  if (out) {
    await writeFile(out, json);
    console.error(`Exporterat till ${out}.`);
  } else {
    process.stdout.write(json);
  }
}

/** Writes the municipality's settings file, to a file or standard out; REF is its id or exact name. */
export const runMunicipalityExport = (reference: string, options: DatabaseOptions & { out?: string }) =>
  withContext(options, async ({ deps }) => {
    const match = await municipalityOf(deps, reference);
    await writeJson(await exportMunicipalitySettings(deps, match.id), options.out);
  });

/** Reads a municipality's settings file; on any problem nothing is saved and every problem is listed with its path. */
export const runMunicipalityImport = (file: string, options: DatabaseOptions) =>
  withContext(options, ({ deps }) =>
    importFromFile(file, async (source, raw) => {
      const result = await importMunicipalitySettings(deps, source, raw);
      const what = result.created ? 'skapad' : 'uppdaterad';
      const changed = result.changed.length > 0 ? `ändrat: ${result.changed.join(', ')}` : 'inget ändrat';
      console.log(`${source}: kommunen ${result.municipality.name} ${what} (${changed}).`);
    }),
  );
