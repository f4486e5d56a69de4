import { writeFile } from 'node:fs/promises';
import { exportCommitteeYear } from '../modules/interchange/index.ts';
import { findCommitteeByReference } from './committee-reference.ts';
import { type DatabaseOptions, withContext } from './context.ts';

/** Writes a committee's year in the open format, to a file or standard out. */
export const runExport = (options: DatabaseOptions & { committee: string; year: number; out?: string }) =>
  withContext(options, async ({ deps }) => {
    const match = await findCommitteeByReference(deps, options.committee);
    const document = await exportCommitteeYear(deps, {
      municipalityId: match.municipalityId,
      committeeId: match.id,
      year: options.year,
    });
    const json = `${JSON.stringify(document, null, 2)}\n`;
    if (options.out) {
      await writeFile(options.out, json);
      console.error(`Exporterat till ${options.out}.`);
    } else {
      process.stdout.write(json);
    }
  });
