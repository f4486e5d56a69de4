import { describe, expect, it } from 'vitest';
import { computeStatement, type StatementAmount, type StatementLine } from './income-statement.ts';
import {
  columnSpecOf,
  type StatementTable,
  statementColumnSpecProblems,
  statementTableProblems,
  tableColumns,
  writtenColumn,
} from './statement-tables.ts';

const amount = (
  line: string,
  column: StatementAmount['column'],
  value: number,
  extra: Partial<StatementAmount> = {},
): StatementAmount => ({ line, year: 2024, column, month: null, amount: BigInt(value), ...extra });

const summary: StatementTable = {
  key: 'sammandrag',
  title: 'Resultaträkning sammandrag',
  columns: [
    columnSpecOf({ key: 'ub', kind: 'budget', label: 'Ursprunglig budget' }),
    columnSpecOf({ key: 'utfall-aug', kind: 'actual', month: 8 }),
    columnSpecOf({ key: 'prognos', kind: 'forecast', month: 8, label: 'Prognos T2' }),
    columnSpecOf({ key: 'avv', kind: 'deviation', of: 'prognos', against: 'ub' }),
    columnSpecOf({ key: 'fg', kind: 'actual', yearOffset: -1 }),
  ],
};

describe('statement tables', () => {
  it('shows the chosen columns, the deviation as one chosen column minus another', () => {
    const lines: StatementLine[] = [
      { key: 'avgifter', label: 'Avgifter', sumOf: [] },
      { key: 'personal', label: 'Personal', sumOf: [] },
      { key: 'netto', label: 'Nettokostnad', sumOf: ['avgifter'], subtract: ['personal'] },
    ];
    const amounts = [
      amount('avgifter', 'budget', 1000),
      amount('personal', 'budget', 4000),
      amount('avgifter', 'forecast', 1200, { month: 8 }),
      amount('personal', 'forecast', 4100, { month: 8 }),
      amount('avgifter', 'actual', 800, { month: 8 }),
      amount('avgifter', 'actual', 900, { year: 2023 }),
    ];
    const columns = tableColumns(summary, 2024, amounts);
    expect(columns.map((column) => [column.id, column.kind, column.year, column.month])).toEqual([
      ['ub', 'budget', 2024, null],
      ['utfall-aug', 'actual', 2024, 8],
      ['prognos', 'forecast', 2024, 8],
      ['avv', 'deviation', 2024, null],
      ['fg', 'actual', 2023, null],
    ]);
    const values = computeStatement(lines, amounts, columns);
    expect(values.get('netto')?.get('ub')).toBe(-3000n);
    expect(values.get('netto')?.get('prognos')).toBe(-2900n);
    expect(values.get('netto')?.get('avv')).toBe(100n);
    expect(values.get('avgifter')?.get('utfall-aug')).toBe(800n);
    expect(values.get('avgifter')?.get('fg')).toBe(900n);
  });

  it('refuses columns that do not hold together, naming the field', () => {
    const specs = [
      columnSpecOf({ key: 'p', kind: 'forecast' }),
      columnSpecOf({ key: 'b', kind: 'budget', month: 4, yearOffset: -1 }),
      columnSpecOf({ key: 'd', kind: 'deviation', of: 'p', against: 'saknas' }),
      columnSpecOf({ key: 'p', kind: 'actual' }),
    ];
    expect(statementColumnSpecProblems(specs, 'statementTables[0].columns')).toEqual([
      { path: 'statementTables[0].columns[0].month', message: 'En prognos anger sin månad' },
      { path: 'statementTables[0].columns[1].month', message: 'Bara utfall och prognos har en månad' },
      {
        path: 'statementTables[0].columns[1].yearOffset',
        message: 'Bara utfall kan visas för de 2 åren före',
      },
      {
        path: 'statementTables[0].columns[2].against',
        message: 'Kolumnen "saknas" finns inte bland tabellens belopp',
      },
      { path: 'statementTables[0].columns[3].key', message: 'Kolumnen "p" finns redan i tabellen' },
    ]);
  });

  it('names a line in a table that does not exist, and writes a column in its shortest form', () => {
    expect(
      statementTableProblems([{ key: 'a' }, { key: 'a' }], [{ table: 'b' }, {}], 'tables', 'lines'),
    ).toEqual([
      { path: 'tables[1].key', message: 'Tabellen "a" finns redan i listan' },
      { path: 'lines[0].table', message: 'Tabellen "b" finns inte bland kommunens resultaträkningar' },
    ]);
    expect(writtenColumn(columnSpecOf({ key: 'ub', kind: 'budget', label: null, yearOffset: 0 }))).toEqual({
      key: 'ub',
      kind: 'budget',
    });
  });
});
