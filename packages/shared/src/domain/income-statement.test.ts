import { describe, expect, it } from 'vitest';
import {
  computeStatement,
  defaultStatementLines,
  isComputedLine,
  printedDifferences,
  resolveColumn,
  type StatementAmount,
  type StatementLine,
  statementColumns,
  statementLineProblems,
} from './income-statement.ts';

const tkr = (value: number) => BigInt(value) * 100_000n;
const actual = (line: string, year: number, value: number | null): StatementAmount => ({
  line,
  year,
  column: 'actual',
  month: null,
  amount: value === null ? null : tkr(value),
});
const budget = (line: string, value: number): StatementAmount => ({
  line,
  year: 2022,
  column: 'budget',
  month: null,
  amount: tkr(value),
});

// Socialnämnden Hisingen, bokslut 2022 (reference 003, 3.2.1 and 4.2), in tkr.
const hisingen: StatementAmount[] = [
  actual('intakter', 2022, 128_122),
  actual('kostnader', 2022, -1_224_345),
  actual('kommunbidrag', 2022, 1_170_830),
  actual('kommuninterna-bidrag', 2022, 7_024),
  budget('intakter', 107_018),
  budget('kostnader', -1_286_263),
  budget('kommunbidrag', 1_170_830),
  budget('kommuninterna-bidrag', 8_500),
  actual('kommunbidrag', 2021, 1_133_170),
];

describe('income statement', () => {
  it('computes the result from its parts: Hisingen 2022 gives 81 631 tkr', () => {
    const columns = statementColumns(2022, hisingen);
    const values = computeStatement(defaultStatementLines, hisingen, columns);
    expect(values.get('resultat')?.get('actual-2022')).toBe(tkr(81_631));
    expect(values.get('resultat')?.get('budget-2022')).toBe(tkr(85));
    expect(values.get('kostnader')?.get('deviation-2022')).toBe(tkr(61_918));
    expect(values.get('resultat')?.get('actual-2021')).toBe(tkr(1_133_170));
    expect(values.get('eget-kapital')?.get('actual-2022')).toBeNull();
  });

  it('shows a printed figure on a computed line, never using it as a part, and names where it differs', () => {
    const lines = [...defaultStatementLines, { key: 'netto', label: 'Netto', sumOf: ['resultat'] }];
    const typed = [...hisingen, actual('resultat', 2022, 81_632), actual('resultat', 2021, 1_133_170)];
    const columns = statementColumns(2022, typed);
    const values = computeStatement(lines, typed, columns);
    expect(values.get('resultat')?.get('actual-2022')).toBe(tkr(81_632));
    expect(values.get('resultat')?.get('deviation-2022')).toBe(tkr(81_632 - 85));
    expect(values.get('netto')?.get('actual-2022')).toBe(tkr(81_631));
    expect(printedDifferences(lines, typed, columns)).toEqual([
      { line: 'resultat', column: 'actual-2022', printed: tkr(81_632), computed: tkr(81_631) },
    ]);
  });

  it('subtracts the parts a line subtracts', () => {
    const lines: StatementLine[] = [
      { key: 'intakter', label: 'Intäkter', sumOf: [] },
      { key: 'kostnader', label: 'Kostnader', sumOf: [] },
      { key: 'netto', label: 'Netto', sumOf: ['intakter'], subtract: ['kostnader'] },
    ];
    const entered = new Map([
      ['intakter', tkr(500)],
      ['kostnader', tkr(200)],
    ]);
    expect(resolveColumn(lines, (key) => entered.get(key) ?? null).get('netto')).toBe(tkr(300));
    expect(isComputedLine(lines[2] as StatementLine)).toBe(true);
    expect(statementLineProblems([{ ...lines[2], subtract: ['netto'] } as StatementLine], 'lines')).toEqual([
      { path: 'lines[0].sumOf[0]', message: 'Raden "intakter" finns inte i resultaträkningen' },
      { path: 'lines[0].sumOf', message: 'Raden "netto" summerar sig själv' },
    ]);
  });

  it('shows the revised budget where used and measures the deviation against it', () => {
    const amounts = [...hisingen, { ...budget('kostnader', -1_300_000), column: 'revisedBudget' as const }];
    const columns = statementColumns(2022, amounts);
    expect(columns.map((column) => column.id)).toEqual([
      'actual-2022',
      'budget-2022',
      'revisedBudget-2022',
      'deviation-2022',
      'actual-2021',
    ]);
    const values = computeStatement(defaultStatementLines, amounts, columns);
    expect(values.get('kostnader')?.get('deviation-2022')).toBe(tkr(75_655));
  });

  it('orders forecasts by month and earlier years newest first', () => {
    const amounts: StatementAmount[] = [
      actual('intakter', 2020, 1),
      actual('intakter', 2021, 1),
      { line: 'resultat', year: 2022, column: 'forecast', month: 10, amount: tkr(80_000) },
      { line: 'intakter', year: 2022, column: 'forecast', month: 4, amount: tkr(1) },
    ];
    expect(statementColumns(2022, amounts).map((column) => column.id)).toEqual([
      'actual-2022',
      'budget-2022',
      'deviation-2022',
      'forecast-2022-4',
      'forecast-2022-10',
      'actual-2021',
      'actual-2020',
    ]);
  });

  it('sums nested lines, keeps all-missing parts missing and treats a missing part as absent', () => {
    const lines: StatementLine[] = [
      { key: 'personal', label: 'Personalkostnader', sumOf: [] },
      { key: 'ovriga', label: 'Övriga kostnader', sumOf: [] },
      { key: 'kostnader', label: 'Kostnader', sumOf: ['personal', 'ovriga'] },
      { key: 'resultat', label: 'Resultat', sumOf: ['kostnader'] },
    ];
    const entered = new Map([['personal', tkr(-472_314)]]);
    const resolved = resolveColumn(lines, (key) => entered.get(key) ?? null);
    expect(resolved.get('resultat')).toBe(tkr(-472_314));
    expect(resolveColumn(lines, () => null).get('resultat')).toBeNull();
  });

  it('reports unknown parts and lines that sum themselves', () => {
    const lines: StatementLine[] = [
      { key: 'a', label: 'A', sumOf: ['b'] },
      { key: 'b', label: 'B', sumOf: ['a', 'x'] },
    ];
    expect(statementLineProblems(lines, 'economy.lines')).toEqual([
      { path: 'economy.lines[0].sumOf', message: 'Raden "a" summerar sig själv' },
      { path: 'economy.lines[1].sumOf[1]', message: 'Raden "x" finns inte i resultaträkningen' },
      { path: 'economy.lines[1].sumOf', message: 'Raden "b" summerar sig själv' },
    ]);
    expect(statementLineProblems(defaultStatementLines, 'lines')).toEqual([]);
  });
});
