/** The kinds of object an import preview names, in the order the file and the plan list them. */
export const previewKinds = ['goalAreas', 'goals', 'indicators', 'assignments', 'risks'] as const;
export type PreviewKind = (typeof previewKinds)[number];

/** The kinds as people name them, in Swedish. */
export const previewKindNames: Record<PreviewKind, string> = {
  goalAreas: 'Målområden',
  goals: 'Mål',
  indicators: 'Mått',
  assignments: 'Uppdrag',
  risks: 'Risker',
};

/** What an import does with an object, as people name it, in the order a preview lists it. */
export const previewChanges = [
  ['created', 'Läggs till'],
  ['changed', 'Ändras'],
  ['unchanged', 'Oförändrade'],
  ['removed', 'Tas bort'],
] as const;

export interface PreviewPart {
  created: string[];
  changed: string[];
  unchanged: string[];
  removed: string[];
}

type Item = { readonly key: string };
/** The parts of a committee-year file a preview compares: the year as it is and as the import would leave it. */
export type PreviewFile = Record<PreviewKind, readonly Item[]>;

/** "Segregationen i Göteborg ska brytas – fokus tidiga insatser": a goal adapted per area needs its focus. */
const nameOf = (item: Item) => {
  const named = item as { name?: unknown; title?: unknown; focus?: unknown };
  const name = String(named.name ?? named.title ?? item.key);
  return typeof named.focus === 'string' && named.focus ? `${name} – ${named.focus}` : name;
};

/** A field the format lets a file leave out: absent, null and an empty list all say "none". */
const isNone = (value: unknown) =>
  value === undefined || value === null || (Array.isArray(value) && value.length === 0);

/** A value with every object's keys in one order and its empty fields left out, so equal objects compare equal. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).filter(([, entry]) => !isNone(entry));
  return Object.fromEntries(
    entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, entry]) => [key, sorted(entry)]),
  );
}

/** An object's content without its id, which a file may leave out and the stored year always has. */
function content(item: Item): string {
  const { id: _id, ...rest } = item as { id?: unknown };
  return JSON.stringify(sorted(rest));
}

/**
 * What an import would create, change, leave as it is and remove, per kind of object: the year `stored` now
 * (null: a committee not there yet) against the year `imported` as the import would leave it, matched by key
 * and named for people to read.
 */
export function previewImport(
  stored: PreviewFile | null,
  imported: PreviewFile,
): Record<PreviewKind, PreviewPart> {
  const parts = {} as Record<PreviewKind, PreviewPart>;
  for (const kind of previewKinds) {
    const before = new Map((stored?.[kind] ?? []).map((item) => [item.key, item]));
    const after = new Set(imported[kind].map((item) => item.key));
    const part: PreviewPart = { created: [], changed: [], unchanged: [], removed: [] };
    for (const item of imported[kind]) {
      const old = before.get(item.key);
      if (!old) part.created.push(nameOf(item));
      else if (content(old) === content(item)) part.unchanged.push(nameOf(item));
      else part.changed.push(nameOf(item));
    }
    for (const [key, item] of before) if (!after.has(key)) part.removed.push(nameOf(item));
    parts[kind] = part;
  }
  return parts;
}
