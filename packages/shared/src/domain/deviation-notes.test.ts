import { describe, expect, it } from 'vitest';
import { deviationNotes, kronorDifference } from './deviation-notes.ts';
import type { StatementColumn } from './income-statement.ts';

const column = (id: string, kind: StatementColumn['kind'], extra: Partial<StatementColumn> = {}) => ({
  id,
  kind,
  year: 2025,
  month: null,
  ...extra,
});
const heading = (entry: StatementColumn) => entry.label ?? 'Avvikelse';
const pattern = '{column} = {of} − {against}.';

describe('deviation notes', () => {
  it('names the budget, or the revised budget where the statement has one, as the deviation is computed', () => {
    const plain = [
      column('actual-2025', 'actual'),
      column('budget-2025', 'budget'),
      column('d', 'deviation'),
    ];
    expect(deviationNotes(pattern, heading, plain, plain)).toEqual(['Avvikelse = bokslut − budget.']);
    const revised = [...plain, column('revisedBudget-2025', 'revisedBudget')];
    expect(deviationNotes(pattern, heading, revised, revised)).toEqual([
      'Avvikelse = bokslut − reviderad budget.',
    ]);
  });

  it('names the columns a deviation chooses by their own headings, and only deviations that are shown', () => {
    const columns = [
      column('prognos', 'forecast', { month: 8, label: 'Prognos helår' }),
      column('budget', 'budget', { label: 'Budget' }),
      column('avv', 'deviation', { label: 'Avvikelse mot budget', of: 'prognos', against: 'budget' }),
    ];
    expect(deviationNotes(pattern, heading, columns, columns)).toEqual([
      'Avvikelse mot budget = prognos helår − budget.',
    ]);
    expect(deviationNotes(pattern, heading, columns, columns.slice(0, 2))).toEqual([]);
  });

  it('subtracts amounts in kronor exactly, missing when either is', () => {
    expect(kronorDifference('1200000.5', '1000000')).toBe('200000.5');
    expect(kronorDifference(null, '1')).toBeNull();
  });
});
