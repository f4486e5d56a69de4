import { keyFromName } from '../../components/form/row-keys.ts';

/**
 * The entries of a list a form edits, those added in the form (with no key yet) keyed by their names, unique
 * beside the kept keys: nobody has to invent a key, and a saved entry's key never changes.
 */
export function keyedValues<T extends { key: string }>(
  entries: readonly T[],
  name: (entry: T) => string,
): T[] {
  const taken = new Set(entries.map((entry) => entry.key).filter(Boolean));
  return entries.map((entry) => {
    if (entry.key !== '') return entry;
    const key = keyFromName(name(entry), taken, { fallback: 'ny', maxLength: 36 });
    taken.add(key);
    return { ...entry, key };
  });
}

/** "file.assessmentScales.1.name" → "assessmentScales[1].name": a field of the form as the file names its place. */
export const filePath = (formPath: string) => formPath.replace(/^file\./, '').replace(/\.(\d+)/g, '[$1]');

/** "assessmentScales[1].name" → "file.assessmentScales.1.name"; a path that names no field stays as it is. */
export const formPath = (path: string) =>
  /^[a-z]/i.test(path) ? `file.${path.replace(/\[(\d+)\]/g, '.$1')}` : path;
