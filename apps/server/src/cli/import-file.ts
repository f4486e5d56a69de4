import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../errors.ts';

/**
 * Reads a JSON file and hands it to an import, named by the file's name. An unreadable file, or an import refused
 * with details, becomes one message listing every problem with its path: nothing has been saved.
 */
export async function importFromFile(
  file: string,
  work: (source: string, raw: unknown) => Promise<void>,
): Promise<void> {
  const { source, raw } = await readJsonFile(file);
  try {
    await work(source, raw);
  } catch (error) {
    if (error instanceof AppError && error.details) {
      const lines = error.details.map((detail) => `  ${source}: ${detail.path}: ${detail.message}`);
      throw new Error(`${source} kunde inte läsas in; inget har sparats.\n${lines.join('\n')}`);
    }
    throw error;
  }
}

/** A JSON file's content and its name to report it by; an unreadable file is refused naming it. */
export async function readJsonFile(file: string): Promise<{ source: string; raw: unknown }> {
  const source = basename(file);
  try {
    return { source, raw: JSON.parse(await readFile(file, 'utf8')) };
  } catch (error) {
    throw new Error(
      `${source}: filen är inte läsbar JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}
