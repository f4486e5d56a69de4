/**
 * Helpers for lists of any length. `push(...items)` and `Math.max(...values)` pass every item as an argument to
 * one call, and a call takes only so many (about 120 000 in V8) before it throws a RangeError; these loop.
 */

/** Appends the items to `target` and returns it. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of the values, or `empty` when there are none. */
export function largest(values: Iterable<number>, empty: number): number {
  let result: number | undefined;
  for (const value of values) if (result === undefined || value > result) result = value;
  return result ?? empty;
}

/** The smallest of the values, or `empty` when there are none. */
export function smallest(values: Iterable<number>, empty: number): number {
  let result: number | undefined;
  for (const value of values) if (result === undefined || value < result) result = value;
  return result ?? empty;
}
