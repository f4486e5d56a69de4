import { describe, expect, it } from 'vitest';
import { styrExportMapping } from './styr-export.ts';

describe("reading back Styr's own export", () => {
  it('maps the statement columns and the unit from the title and header rows', () => {
    const sheet = {
      name: '1 Resultaträkning 2022 (mnkr)',
      rows: [
        ['SN Nordost: Resultaträkning 2022 (mnkr)'],
        ['Mnkr', 'Bokslut 2022', 'Budget 2022', 'Avvikelse', 'Prognos oktober', 'Bokslut 2021'],
        ['Intäkter', '130,5', '120', '10,5', '', '110'],
      ],
    };
    expect(styrExportMapping(sheet, 2022)).toEqual({
      target: 'statement',
      mapping: {
        sheet: sheet.name,
        firstRow: 3,
        labelColumn: 'A',
        unit: 'mnkr',
        columns: [
          { column: 'B', kind: 'actual', field: null, year: 2022, month: null },
          { column: 'C', kind: 'budget', field: null, year: 2022, month: null },
          { column: 'E', kind: 'forecast', field: null, year: 2022, month: 10 },
          { column: 'F', kind: 'actual', field: null, year: 2021, month: null },
        ],
      },
    });
  });

  it('maps the department columns in tkr', () => {
    const sheet = {
      name: '1 Resultat per avdelning 2022',
      rows: [
        ['SN Nordost: Resultat per avdelning 2022 (tkr)'],
        ['Tkr', 'Resultat', 'Budget', 'Avvikelse', 'Prognos mars'],
      ],
    };
    expect(styrExportMapping(sheet, 2022)?.mapping).toMatchObject({
      unit: 'tkr',
      columns: [
        { column: 'B', field: 'resultActual', month: null },
        { column: 'C', field: 'resultBudget', month: null },
        { column: 'E', field: 'forecast', month: 3 },
      ],
    });
  });

  it('leaves other sheets and other years to the person', () => {
    expect(styrExportMapping({ name: 'Blad1', rows: [['Tkr', 'Bokslut']] }, 2022)).toBeNull();
    expect(
      styrExportMapping(
        { name: 'x', rows: [['A: Resultaträkning 2021 (mnkr)'], ['Mnkr', 'Bokslut 2021']] },
        2022,
      ),
    ).toBeNull();
  });
});
