/** "Ekonomiska risker" → "ekonomiska-risker": ASCII letters and digits joined by hyphens, at most `maxLength`. */
export function slugOf(text: string, maxLength?: number): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, maxLength);
}

/**
 * The key of a row added in a form, made from its name so that nobody has to invent one, unique among `taken`
 * ("ekonomiska-risker-2"); `fallback` where the name gives none.
 */
export function keyFromName(
  name: string,
  taken: ReadonlySet<string>,
  { fallback, maxLength }: { fallback: string; maxLength: number },
): string {
  const base = slugOf(name, maxLength) || fallback;
  let key = base;
  for (let suffix = 2; taken.has(key); suffix += 1) key = `${base}-${suffix}`;
  return key;
}
