import type { SheetPreview } from '@styr/shared/contracts/economy-files';
import { describe, expect, it } from 'vitest';
import { initialMapping, toMapping } from './spreadsheet-mapping.ts';

const sheet = (name: string, rows: string[][]) => ({ name, rowCount: rows.length, columnCount: 6, rows });

describe('the first mapping the import dialog shows', () => {
  it("fills in Styr's own export of the year so it can be read back as it is", () => {
    const preview: SheetPreview = {
      sheets: [
        sheet('1 Resultat per avdelning 2022 (', [
          ['SN Nordost: Resultat per avdelning 2022 (tkr)'],
          ['Tkr', 'Resultat', 'Budget', 'Avvikelse', 'Prognos oktober'],
          ['Nämndreserv', '28 205', '0', '28 205', '28 200'],
        ]),
      ],
    };
    const state = initialMapping(preview, 2022);
    expect(state).toEqual({
      target: 'departments',
      sheet: '1 Resultat per avdelning 2022 (',
      firstRow: '3',
      labelColumn: 'A',
      unit: 'tkr',
      columns: { B: 'resultActual', C: 'resultBudget', E: 'forecast-10' },
    });
    expect(toMapping(state, 2022).columns).toEqual([
      { column: 'B', kind: null, field: 'resultActual', year: 2022, month: null },
      { column: 'C', kind: null, field: 'resultBudget', year: 2022, month: null },
      { column: 'E', kind: null, field: 'forecast', year: 2022, month: 10 },
    ]);
  });

  it('starts any other file from its first sheet with values and no columns chosen', () => {
    const preview: SheetPreview = {
      sheets: [sheet('Tomt', []), sheet('Blad1', [['Tkr', 'Bokslut']])],
    };
    expect(initialMapping(preview, 2022)).toMatchObject({ target: 'statement', sheet: 'Blad1', columns: {} });
  });

  it('suggests the statement columns that the first row names by year, a bare year as an outcome', () => {
    const preview: SheetPreview = {
      sheets: [
        sheet('Blad1', [['Tkr', '2\u00a0022', 'Budget 2022', 'Utfall 2021', '2020-12-31', '1999', 'Not']]),
      ],
    };
    const state = initialMapping(preview, 2022);
    expect(state.columns).toEqual({
      B: 'actual-2022-0',
      C: 'budget-2022-0',
      D: 'actual-2021-0',
      E: 'actual-2020-0',
    });
    expect(toMapping(state, 2022).columns[0]).toEqual({
      column: 'B',
      kind: 'actual',
      field: null,
      year: 2022,
      month: null,
    });
  });

  it("fills in Styr's export of the state grants", () => {
    const preview: SheetPreview = {
      sheets: [
        sheet('1 Statsbidrag 2022 (tkr)', [
          ['SN Nordost: Statsbidrag 2022 (tkr)'],
          ['Statsbidrag', 'Belopp', 'Speckod', 'Bidragsgivare'],
        ]),
      ],
    };
    const state = initialMapping(preview, 2022);
    expect(state).toMatchObject({ target: 'stateGrants', columns: { B: 'amount' } });
    expect(toMapping(state, 2022).columns).toEqual([
      { column: 'B', kind: null, field: 'amount', year: 2022, month: null },
    ]);
  });
});
