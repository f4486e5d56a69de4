import { importCommitteeYear } from '../modules/interchange/index.ts';
import { type DatabaseOptions, withContext } from './context.ts';
import { importFromFile } from './import-file.ts';

/** Reads a committee's year from a file; on any problem nothing is saved and every problem is listed with its path. */
export const runImport = (file: string, options: DatabaseOptions) =>
  withContext(options, ({ deps }) =>
    importFromFile(file, async (source, raw) => {
      const summary = await importCommitteeYear(deps, raw, {
        source,
        actor: null,
        municipalityId: null,
      });
      const { counts } = summary;
      console.log(
        `${source}: inläst för ${summary.year}: ${counts.goalAreas} målområden, ${counts.goals} mål, ${counts.indicators} indikatorer med ${counts.values} värden, ${counts.assignments} uppdrag, ${counts.assessments} bedömningar.`,
      );
    }),
  );
