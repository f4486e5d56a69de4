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

  it('maps the state grant amount and the kommuncentrala posters outcome and budget', () => {
    const grants = {
      name: '1 Statsbidrag 2022 (tkr)',
      rows: [['SN: Statsbidrag 2022 (tkr)'], ['Statsbidrag', 'Belopp', 'Speckod', 'Bidragsgivare']],
    };
    expect(styrExportMapping(grants, 2022)).toMatchObject({
      target: 'stateGrants',
      mapping: {
        unit: 'tkr',
        columns: [{ column: 'B', kind: null, field: 'amount', year: 2022, month: null }],
      },
    });
    const items = {
      name: '1 Kommuncentrala poster 2022 (t',
      rows: [
        ['SN: Kommuncentrala poster 2022 (tkr)'],
        ['Kommuncentral post', 'Utfall', 'Budgeterat belopp', 'Avvikelse'],
      ],
    };
    expect(styrExportMapping(items, 2022)?.mapping.columns).toEqual([
      { column: 'B', kind: null, field: 'actual', year: 2022, month: null },
      { column: 'C', kind: null, field: 'budget', year: 2022, month: null },
    ]);
  });

  it('takes a statement column headed by a bare year, a date or Utfall as an outcome', () => {
    const sheet = {
      name: 'x',
      rows: [
        ['A: Resultaträkning 2022 (tkr)'],
        ['Tkr', '2\u00a0021', '2020-12-31', 'Utfall 2022', 'Budget 2022'],
      ],
    };
    expect(styrExportMapping(sheet, 2022)?.mapping.columns).toEqual([
      { column: 'B', kind: 'actual', field: null, year: 2021, month: null },
      { column: 'C', kind: 'actual', field: null, year: 2020, month: null },
      { column: 'D', kind: 'actual', field: null, year: 2022, month: null },
      { column: 'E', kind: 'budget', field: null, year: 2022, month: null },
    ]);
  });

  it('maps a key figure table, whatever its title, to the indicators values of its years', () => {
    const sheet = {
      name: '2 Personal',
      rows: [['SN: Personal'], ['Mått', 'Enhet', '2\u00a0020', '2\u00a0021', '2\u00a0022'], ['Personal']],
    };
    expect(styrExportMapping(sheet, 2022)).toEqual({
      target: 'indicatorValues',
      mapping: {
        sheet: '2 Personal',
        firstRow: 3,
        labelColumn: 'A',
        unit: 'tkr',
        columns: [2020, 2021, 2022].map((valueYear, index) => ({
          column: 'CDE'[index],
          kind: null,
          field: null,
          year: valueYear,
          month: null,
        })),
      },
    });
    expect(styrExportMapping(sheet, 2023)).toBeNull();
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

  it('recognises the kommunbidrag table and a statement table of the municipality’s own title and headings', () => {
    const grant = {
      name: 'Kommunbidrag',
      rows: [['N: Kommunbidrag 2022 (tkr)'], ['Tkr', 'Budget', 'maj', 'november', 'Summa']],
    };
    expect(styrExportMapping(grant, 2022)?.mapping.columns).toEqual([
      { column: 'B', kind: null, field: 'grantBudget', year: 2022, month: null },
      { column: 'C', kind: null, field: 'adjustment', year: 2022, month: 5 },
      { column: 'D', kind: null, field: 'adjustment', year: 2022, month: 11 },
      { column: 'E', kind: null, field: 'grantTotal', year: 2022, month: null },
    ]);
    const own = {
      name: 'Sammandrag',
      rows: [
        ['N: Driftredovisning 2022 (mnkr)'],
        ['Mnkr', 'Ursprunglig budget', 'Utfall augusti 2022', 'Avvikelse mot budget', 'Bokslut 2021'],
      ],
    };
    const columns = [
      { kind: 'budget' as const, year: 2022, month: null, label: 'Ursprunglig budget' },
      { kind: 'actual' as const, year: 2022, month: 8, label: null },
      { kind: 'deviation' as const, year: 2022, month: null, label: 'Avvikelse mot budget' },
    ];
    expect(styrExportMapping(own, 2022, columns)).toMatchObject({
      target: 'statement',
      mapping: {
        columns: [
          { column: 'B', kind: 'budget', year: 2022, month: null },
          { column: 'E', kind: 'actual', year: 2021, month: null },
        ],
      },
    });
    expect(styrExportMapping({ ...own, rows: [own.rows[0] ?? [], ['Tkr', 'Budget']] }, 2022)).toBeNull();
  });
});
