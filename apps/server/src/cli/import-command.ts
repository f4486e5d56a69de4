import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../errors.ts';
import { importCommitteeYear } from '../modules/interchange/index.ts';
import { type DatabaseOptions, withContext } from './context.ts';

/** Reads a committee's year from a file; on any problem nothing is saved and every problem is listed with its path. */
export const runImport = (file: string, options: DatabaseOptions) =>
  withContext(options, async ({ deps }) => {
    const source = basename(file);
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new Error(
        `${source}: filen är inte läsbar JSON (${error instanceof Error ? error.message : String(error)})`,
      );
    }
    try {
      const summary = await importCommitteeYear(deps, raw, {
        source,
        actor: null,
        municipalityId: null,
      });
      const { counts } = summary;
      console.log(
        `${source}: inläst för ${summary.year}: ${counts.goalAreas} målområden, ${counts.goals} mål, ${counts.indicators} indikatorer med ${counts.values} värden, ${counts.assignments} uppdrag, ${counts.assessments} bedömningar.`,
      );
    } catch (error) {
      if (error instanceof AppError && error.details) {
        const lines = error.details.map((detail) => `  ${source}: ${detail.path}: ${detail.message}`);
        throw new Error(`${source} kunde inte läsas in; inget har sparats.\n${lines.join('\n')}`);
      }
      throw error;
    }
  });
