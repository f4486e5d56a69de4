import { describe, expect, it } from 'vitest';
import { readYearHeader } from './year-header.ts';

describe('a year in a column header', () => {
  it('reads a bare year, also typed as a number and shown in Swedish', () => {
    expect(readYearHeader('2022')).toEqual({ year: 2022, kind: null });
    expect(readYearHeader(2022)).toEqual({ year: 2022, kind: null });
    expect(readYearHeader('2\u00a0022')).toEqual({ year: 2022, kind: null });
    expect(readYearHeader(' 2021 ')).toEqual({ year: 2021, kind: null });
  });

  it('reads a closing date as its year', () => {
    expect(readYearHeader('2022-12-31')).toEqual({ year: 2022, kind: null });
  });

  it('reads the kind from the words before the year', () => {
    expect(readYearHeader('Utfall 2022')).toEqual({ year: 2022, kind: 'actual' });
    expect(readYearHeader('Bokslut 2021')).toEqual({ year: 2021, kind: 'actual' });
    expect(readYearHeader('budget 2022')).toEqual({ year: 2022, kind: 'budget' });
    expect(readYearHeader('Reviderad  budget 2022')).toEqual({ year: 2022, kind: 'revisedBudget' });
  });

  it('names no year in other headers', () => {
    for (const header of ['Tkr', 'Prognos oktober', 'Avvikelse 2022', '20222', '2022 tkr', '', 'Budget'])
      expect(readYearHeader(header)).toBeNull();
  });
});
