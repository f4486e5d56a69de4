/** Text compared by code unit: the same order on every machine and locale, unlike localeCompare. */
export const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Rows in their stored order with their key breaking ties: two rows may share a sort order (written by different
 * routes), and the database returns such ties in no fixed order, which an export must not repeat.
 */
export const inOrder = <T extends { sortOrder: number; key: string }>(rows: readonly T[]): T[] =>
  [...rows].sort((a, b) => a.sortOrder - b.sortOrder || compareText(a.key, b.key));
