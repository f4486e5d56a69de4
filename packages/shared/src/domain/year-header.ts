/** What a year column in a sheet holds, as its header says: an outcome, a budget or a revised budget. */
export type YearHeaderKind = 'actual' | 'budget' | 'revisedBudget';

const KINDS: Record<string, YearHeaderKind> = {
  utfall: 'actual',
  bokslut: 'actual',
  budget: 'budget',
  'reviderad budget': 'revisedBudget',
};

/**
 * Reads a column header naming a year: "2022", "Utfall 2022", "Bokslut 2022", "Budget 2022", "Reviderad budget
 * 2022" or a closing date "2022-12-31". A bare year or a date says nothing of the kind (kind null), so the caller
 * decides it as for its table or takes it from the mapping. A header typed as the number 2022 reaches the preview
 * in Swedish form ("2 022"), so spaces inside the year are ignored. Null when the header names no year.
 */
export function readYearHeader(
  header: string | number,
): { year: number; kind: YearHeaderKind | null } | null {
  const text = String(header).trim().replace(/\s+/g, ' ');
  const bare = /^(\d)[\s\u00a0]?(\d{3})(?:-\d{2}-\d{2})?$/.exec(text);
  if (bare) return { year: Number(`${bare[1]}${bare[2]}`), kind: null };
  const named = /^(\p{L}+(?: \p{L}+)?) (\d{4})$/u.exec(text);
  const kind = named ? KINDS[named[1]?.toLowerCase() ?? ''] : undefined;
  return named && kind ? { year: Number(named[2]), kind } : null;
}
