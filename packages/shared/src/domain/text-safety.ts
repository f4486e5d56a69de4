/**
 * PostgreSQL cannot store the NUL character (\u0000) in text or jsonb, and no one types it: it comes from broken
 * files or from probing. Finding it before anything is written lets the refusal name where it is.
 */
export function findNulCharacter(value: unknown): string | null {
  // Iterative, since a hostile document can nest deeper than the call stack reaches.
  const stack: { value: unknown; path: string }[] = [{ value, path: '' }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop() as { value: unknown; path: string };
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return path;
    } else if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index--)
        stack.push({ value: current[index], path: `${path}[${index}]` });
    } else if (current !== null && typeof current === 'object') {
      for (const [key, item] of Object.entries(current).reverse()) {
        if (key.includes('\u0000')) return path;
        stack.push({ value: item, path: path ? `${path}.${key}` : key });
      }
    }
  }
  return null;
}
