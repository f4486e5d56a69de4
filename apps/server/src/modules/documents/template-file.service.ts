import { templateExtrasShape } from '@styr/shared/contracts/document-frame';
import { chapterSchema, type DocumentKind } from '@styr/shared/contracts/documents';
import type { TemplateCheck, TemplateFile } from '@styr/shared/contracts/template-file';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { municipalities } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../errors.ts';
import { importRefused } from '../../import-errors.ts';
import { checkTemplateFile } from './template-check.service.ts';
import { getTemplate, sanitizeTree, updateTemplate } from './templates.service.ts';

/** Chapters with their fields in the contract's order, so equal templates are equal as JSON. */
const canonicalChapters = z.array(chapterSchema);
/** A frame and labels in the contract's order, each left out when absent. */
const canonicalExtras = z.object(templateExtrasShape);

/** One document kind's template of the municipality as a `styr/template` file, in the order an export writes. */
export async function exportTemplateFile(
  deps: Deps,
  municipalityId: string,
  kind: DocumentKind,
): Promise<TemplateFile> {
  const [municipality] = await deps.db
    .select({ name: municipalities.name })
    .from(municipalities)
    .where(eq(municipalities.id, municipalityId));
  if (!municipality) throw new AppError('NOT_FOUND', 'Kommunen finns inte.');
  const template = await getTemplate(deps.db, municipalityId, kind);
  return {
    format: 'styr/template',
    formatVersion: 1,
    municipality: { name: municipality.name },
    kind,
    chapters: canonicalChapters.parse(template.chapters),
    ...canonicalExtras.parse({ frame: template.frame, labels: template.labels }),
  };
}

async function municipalityNamed(deps: Deps, name: string) {
  return deps.db
    .select({ id: municipalities.id, name: municipalities.name })
    .from(municipalities)
    .where(eq(municipalities.name, name));
}

/** The municipality a file names, when exactly one has that name. */
async function fileMunicipality(deps: Deps, raw: unknown) {
  const name = (raw as { municipality?: { name?: unknown } } | null)?.municipality?.name;
  if (typeof name !== 'string') return null;
  const rows = await municipalityNamed(deps, name.trim());
  return rows.length === 1 ? (rows[0] ?? null) : null;
}

/**
 * Checks a template file against the rules and, when its municipality exists, against that municipality's stored
 * texts and data (see `checkTemplateFile`). `municipality` is null when the file names none that exists.
 */
export async function checkTemplateFileOfMunicipality(
  deps: Deps,
  raw: unknown,
): Promise<TemplateCheck & { municipality: string | null }> {
  const found = await fileMunicipality(deps, raw);
  const { check } = await checkTemplateFile(deps, raw, found?.id ?? null);
  return { ...check, municipality: found?.name ?? null };
}

/**
 * Reads a `styr/template` file into the municipality it names, through the template editor's save, as the system
 * (the command line). All or nothing; a file equal to the stored template writes nothing, so a second import of
 * the same file changes nothing.
 */
export async function importTemplateFile(
  deps: Deps,
  source: string,
  raw: unknown,
): Promise<{ municipality: string; kind: DocumentKind; changed: boolean }> {
  const { check, file } = await checkTemplateFile(deps, raw, null);
  if (!file) throw importRefused(source, check.errors);
  const rows = await municipalityNamed(deps, file.municipality.name);
  if (rows.length > 1)
    throw new AppError('CONFLICT', `Det finns flera kommuner som heter ”${file.municipality.name}”.`);
  const [municipality] = rows;
  if (!municipality)
    throw importRefused(source, [
      { path: 'municipality.name', message: `Det finns ingen kommun som heter ”${file.municipality.name}”` },
    ]);
  const stored = await getTemplate(deps.db, municipality.id, file.kind);
  // Cleaned as the editor stores them, so a file equal to the stored template compares equal.
  const chapters = canonicalChapters.parse(sanitizeTree(file.chapters));
  const extras = canonicalExtras.parse({ frame: file.frame, labels: file.labels });
  const result = { municipality: municipality.name, kind: file.kind };
  const storedExtras = canonicalExtras.parse({ frame: stored.frame, labels: stored.labels });
  if (
    JSON.stringify(canonicalChapters.parse(stored.chapters)) === JSON.stringify(chapters) &&
    JSON.stringify(storedExtras) === JSON.stringify(extras)
  )
    return { ...result, changed: false };
  await updateTemplate(deps, { municipalityId: municipality.id, userId: null }, municipality.id, {
    kind: file.kind,
    version: stored.version,
    chapters,
    ...extras,
  });
  return { ...result, changed: true };
}
