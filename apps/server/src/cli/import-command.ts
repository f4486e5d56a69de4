import type { ImportPreviewAnswer } from '@styr/shared/contracts/import-preview';
import { previewChanges, previewKindNames, previewKinds } from '@styr/shared/domain/import-preview';
import { importCommitteeYear, previewCommitteeYear } from '../modules/interchange/index.ts';
import { type DatabaseOptions, withContext } from './context.ts';
import { importFromFile } from './import-file.ts';

/** Per kind of object how many the file would add, change, leave and remove; then the names of those it touches. */
export function previewText(source: string, preview: ImportPreviewAnswer): string {
  const lines = [`${source}: så skulle filen ändra året ${preview.year}; inget har sparats.`];
  for (const kind of previewKinds) {
    const part = preview.parts[kind];
    const counts = previewChanges.map(([change, label]) => `${label.toLowerCase()} ${part[change].length}`);
    lines.push(`  ${previewKindNames[kind]}: ${counts.join(', ')}`);
  }
  for (const kind of previewKinds)
    for (const [change, label] of previewChanges)
      if (change !== 'unchanged' && preview.parts[kind][change].length > 0)
        lines.push(
          `  ${previewKindNames[kind]}, ${label.toLowerCase()}: ${preview.parts[kind][change].join('; ')}`,
        );
  return lines.join('\n');
}

/**
 * Reads a committee's year from a file; on any problem nothing is saved and every problem is listed with its path.
 * With `preview` the file is checked and read in full, and what it would do is told, but nothing is saved.
 */
export const runImport = (file: string, options: DatabaseOptions & { preview?: boolean }) =>
  withContext(options, ({ deps }) =>
    importFromFile(file, async (source, raw) => {
      const importOptions = { source, actor: null, municipalityId: null };
      if (options.preview) {
        console.log(previewText(source, await previewCommitteeYear(deps, raw, importOptions)));
        return;
      }
      const summary = await importCommitteeYear(deps, raw, importOptions);
      const { counts } = summary;
      console.log(
        `${source}: inläst för ${summary.year}: ${counts.goalAreas} målområden, ${counts.goals} mål, ${counts.indicators} indikatorer med ${counts.values} värden, ${counts.assignments} uppdrag, ${counts.assessments} bedömningar.`,
      );
    }),
  );
