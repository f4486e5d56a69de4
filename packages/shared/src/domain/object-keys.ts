/** The longest key made from a name: long enough to recognise, far inside the format's limit of 100. */
const maxBase = 60;

/**
 * A key for a new object in the format's alphabet (a–z, 0–9, ".", "-", "_"), made from its name so an export
 * stays readable ("Andel nöjda brukare" → "andel-nojda-brukare"), and made unique among `taken` by a number.
 */
export function keyFromName(name: string, taken: ReadonlySet<string>, fallback: string): string {
  const base =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, maxBase)
      .replace(/^-+|-+$/g, '') || fallback;
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix++) {
    const candidate = `${base}-${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** A list with one item moved to `position` (clamped to the list), the others keeping their order. */
export function moveTo<T>(items: readonly T[], item: T, position: number): T[] {
  const rest = items.filter((entry) => entry !== item);
  const at = Math.max(0, Math.min(position, rest.length));
  return [...rest.slice(0, at), item, ...rest.slice(at)];
}
