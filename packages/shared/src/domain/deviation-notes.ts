import { fillLabel } from './document-labels.ts';
import type { StatementColumn } from './income-statement.ts';
import { deviationOre, kronorFromOre, oreFromKronor } from './money.ts';

/** "Reviderad budget" → "reviderad budget", for a column named inside a sentence. */
export const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** How a sentence names a column: its own heading where the table gives one, else its kind in words. */
function columnWord(column: StatementColumn): string {
  if (column.label) return lowerFirst(column.label);
  switch (column.kind) {
    case 'actual':
      return column.month === null ? 'bokslut' : 'utfall';
    case 'budget':
      return 'budget';
    case 'revisedBudget':
      return 'reviderad budget';
    case 'forecast':
      return 'prognos';
    case 'deviation':
      return 'avvikelse';
  }
}

/**
 * The two columns a deviation column compares: the ones it names, else (as the statement computes it) the
 * year's bokslut against its revised budget where the table has one, else against its budget.
 */
export function comparedColumns(
  deviation: StatementColumn,
  columns: readonly StatementColumn[],
): { of: StatementColumn; against: StatementColumn } | null {
  const byId = (id: string) => columns.find((column) => column.id === id);
  const of = byId(deviation.of ?? `actual-${deviation.year}`);
  const against = deviation.against
    ? byId(deviation.against)
    : (byId(`revisedBudget-${deviation.year}`) ?? byId(`budget-${deviation.year}`));
  return of && against ? { of, against } : null;
}

/**
 * One note per shown deviation column saying what it compares, from the pattern `{column} = {of} − {against}.`
 * (the municipality's label), so a note never names a column the figure was not computed against.
 */
export function deviationNotes(
  pattern: string,
  heading: (column: StatementColumn) => string,
  columns: readonly StatementColumn[],
  shown: readonly StatementColumn[],
): string[] {
  return shown.flatMap((column) => {
    if (column.kind !== 'deviation') return [];
    const compared = comparedColumns(column, columns);
    if (!compared) return [];
    return [
      fillLabel(pattern, {
        column: heading(column),
        of: columnWord(compared.of),
        against: columnWord(compared.against),
      }),
    ];
  });
}

/** `of` less `against` in kronor; missing when either is. */
export function kronorDifference(of: string | null, against: string | null): string | null {
  const ore = deviationOre(
    of === null ? null : oreFromKronor(of),
    against === null ? null : oreFromKronor(against),
  );
  return ore === null ? null : kronorFromOre(ore);
}
