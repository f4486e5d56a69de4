/**
 * A heading composed from an item's fields by a template's pattern, e.g. "{parent}: {title}" or
 * "[({parent}) ]{title}". A part in square brackets prints only when every field it names has a value, so one
 * pattern serves goals with and without a parent goal. Unknown fields print as written, so a typo shows in the
 * document rather than silently vanishing; the template check names them before that.
 */
export function fillHeadingPattern(pattern: string, fields: Readonly<Record<string, string | null>>): string {
  const fill = (part: string) =>
    part.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) =>
      name in fields ? (fields[name] ?? '') : whole,
    );
  const filled = pattern.replace(/\[([^\][]*)\]/g, (_, part: string) => {
    const named = [...part.matchAll(/\{([a-zA-Z]+)\}/g)].map((match) => match[1] ?? '');
    return named.every((name) => Boolean(fields[name])) ? fill(part) : '';
  });
  return fill(filled).replace(/\s+/g, ' ').trim();
}

/** The fields a pattern names that are not among `known`, for the template check. */
export function unknownPatternFields(pattern: string, known: readonly string[]): string[] {
  const named = [...pattern.matchAll(/\{([a-zA-Z]+)\}/g)].map((match) => match[1] ?? '');
  return [...new Set(named.filter((name) => !known.includes(name)))];
}

/** The fields each kind of section's item headings may name. */
export const itemHeadingFields: Readonly<Record<string, readonly string[]>> = {
  goals: ['title', 'parent', 'root', 'kind', 'area'],
  assignments: ['title', 'decision', 'goal', 'source'],
  riskRegister: ['title', 'area'],
  controlPlan: ['title', 'risk', 'area'],
};
