import type { DocumentKind } from '@styr/shared/contracts/documents';
import {
  checkTemplateFileOfMunicipality,
  exportTemplateFile,
  importTemplateFile,
} from '../modules/documents/index.ts';
import { type DatabaseOptions, withContext } from './context.ts';
import { importFromFile, readJsonFile } from './import-file.ts';
import { municipalityOf, writeJson } from './municipality-command.ts';

/** Writes one document kind's template of the municipality as a `styr/template` file; REF is its id or exact name. */
export const runTemplateExport = (
  reference: string,
  options: DatabaseOptions & { kind: DocumentKind; out?: string },
) =>
  withContext(options, async ({ deps }) => {
    const municipality = await municipalityOf(deps, reference);
    await writeJson(await exportTemplateFile(deps, municipality.id, options.kind), options.out);
  });

/** Reads a template file into the municipality it names; on any problem nothing is saved. */
export const runTemplateImport = (file: string, options: DatabaseOptions) =>
  withContext(options, ({ deps }) =>
    importFromFile(file, async (source, raw) => {
      const result = await importTemplateFile(deps, source, raw);
      const what = result.changed ? 'uppdaterad' : 'oförändrad (inget ändrat)';
      console.log(`${source}: mallen för ${result.kind} i ${result.municipality} ${what}.`);
    }),
  );

/**
 * Prints a template file's errors and warnings, each with its JSON path; checked against the stored texts and data
 * of the municipality it names when that exists. Errors end the command with a non-zero exit.
 */
export const runTemplateCheck = (file: string, options: DatabaseOptions) =>
  withContext(options, async ({ deps }) => {
    const { source, raw } = await readJsonFile(file);
    const check = await checkTemplateFileOfMunicipality(deps, raw);
    for (const warning of check.warnings)
      console.log(`varning: ${source}: ${warning.path}: ${warning.message}`);
    const against = check.municipality
      ? `prövad mot de lagrade uppgifterna i ${check.municipality}`
      : 'kommunen finns inte här, så mallen är inte prövad mot lagrade uppgifter';
    const summary = `${source}: ${check.errors.length} fel, ${check.warnings.length} varningar; ${against}.`;
    if (check.errors.length === 0) {
      console.log(summary);
      return;
    }
    const lines = check.errors.map((error) => `  fel: ${source}: ${error.path}: ${error.message}`);
    throw new Error(`${summary}\n${lines.join('\n')}`);
  });
