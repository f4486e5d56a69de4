import { type MunicipalityFile, municipalityFileSchema } from '@styr/shared/contracts/municipality-file';

/** A problem at its place in the settings file, as the server names it: "assessmentScales[0].levels[1].label". */
export interface FileProblem {
  path: string;
  message: string;
}

/**
 * One entry of a list a form edits. `id` keeps the entry's fields and focus through moves; `fresh` entries were
 * added in the form and get their key from their name when the file is built, so nobody has to invent one.
 */
export interface Row<T> {
  id: string;
  fresh: boolean;
  value: T;
}

let lastId = 0;
const nextId = () => {
  lastId += 1;
  return `rad-${lastId}`;
};

export const loadedRows = <T>(values: readonly T[]): Row<T>[] =>
  values.map((value) => ({ id: nextId(), fresh: false, value }));

export const freshRow = <T>(value: T): Row<T> => ({ id: nextId(), fresh: true, value });

/** The list with the entry at `index` moved one place up (−1) or down (1); at an end it stays. */
export function moved<T>(list: readonly T[], index: number, step: -1 | 1): T[] {
  const target = index + step;
  if (target < 0 || target >= list.length) return [...list];
  const next = [...list];
  const [entry] = next.splice(index, 1);
  if (entry !== undefined) next.splice(target, 0, entry);
  return next;
}

/** "Ekonomiska risker" → "ekonomiska-risker", unique among `taken` ("…-2"); a nameless entry is "ny". */
export function keyFromName(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 36) || 'ny';
  let key = base;
  for (let suffix = 2; taken.has(key); suffix += 1) key = `${base}-${suffix}`;
  return key;
}

/** The values of the rows, fresh ones keyed by their name, unique beside the kept keys. */
export function keyedValues<T extends { key: string }>(
  rows: readonly Row<T>[],
  name: (value: T) => string,
): T[] {
  const taken = new Set(rows.filter((row) => !row.fresh).map((row) => row.value.key));
  return rows.map((row) => {
    if (!row.fresh) return row.value;
    const key = keyFromName(name(row.value), taken);
    taken.add(key);
    return { ...row.value, key };
  });
}

/** "assessmentScales", 0, "levels" → "assessmentScales[0].levels": the server's way of naming a place. */
function pathText(parts: readonly PropertyKey[]): string {
  return parts
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/**
 * What the shared contract finds wrong with the file a form built, with the paths the server would give: the
 * browser says it at the field before anything is sent, in the same words.
 */
export function fileProblems(file: MunicipalityFile): FileProblem[] {
  const parsed = municipalityFileSchema.safeParse(file);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => ({ path: pathText(issue.path), message: issue.message }));
}

/** The message for a field: every problem at exactly its path, joined so that none is lost. */
export function problemAt(problems: readonly FileProblem[], path: string): string | undefined {
  const found = problems.filter((problem) => problem.path === path);
  if (found.length === 0) return undefined;
  return [...new Set(found.map((problem) => problem.message))].join(' ');
}
