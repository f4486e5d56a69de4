import type { ImportPreviewAnswer } from '@styr/shared/contracts/import-preview';
import { type PreviewFile, previewImport } from '@styr/shared/domain/import-preview';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../errors.ts';
import { exportCommitteeYear } from './export.service.ts';
import { type ImportOptions, importCommitteeYear } from './import.service.ts';

/**
 * What importing a committee-year file would create, change and leave alone. The file goes through the whole
 * import, every check included; the year as it would be is exported inside that transaction, which is then
 * rolled back, and compared object by object with the year as it is. Both sides are the export, so what the
 * import itself decides (cleaned rich text, a unit's key turned into its id) is no difference.
 */
export async function previewCommitteeYear(
  deps: Deps,
  raw: unknown,
  options: ImportOptions,
): Promise<ImportPreviewAnswer> {
  const read: { after?: PreviewFile } = {};
  const summary = await importCommitteeYear(deps, raw, {
    ...options,
    dryRun: async (tx, written) => {
      read.after = await exportCommitteeYear({ ...deps, db: tx }, written);
    },
  });
  if (!read.after) throw new Error('the dry run did not read the year');
  const stored = await exportCommitteeYear(deps, summary).then(
    (exported): PreviewFile => exported,
    // A committee the file would create has no year to compare with.
    (error: unknown) => {
      if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
      throw error;
    },
  );
  return {
    preview: true,
    municipalityId: summary.municipalityId,
    committeeId: summary.committeeId,
    year: summary.year,
    parts: previewImport(stored, read.after),
  };
}
