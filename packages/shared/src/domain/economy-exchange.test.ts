import { describe, expect, it } from 'vitest';
import { type ExchangeEconomy, exchangeEconomySchema } from '../contracts/economy-exchange.ts';
import { economyProblems } from './economy-exchange.ts';
import { defaultStatementLines } from './income-statement.ts';

const economy = (input: unknown): ExchangeEconomy => exchangeEconomySchema.parse(input);
const problems = (input: unknown) =>
  economyProblems(
    economy(input),
    defaultStatementLines,
    2022,
    new Set(['sjukfranvaro']),
    new Set(['arsrapport']),
  );

describe('economy in the exchange format', () => {
  it('accepts the year’s figures, forecasts with a month and earlier actuals', () => {
    expect(
      problems({
        amounts: [
          { line: 'intakter', year: 2022, column: 'budget', amount: '1' },
          { line: 'intakter', year: 2022, column: 'forecast', month: 10, amount: '1' },
          { line: 'intakter', year: 2020, column: 'actual', amount: null },
        ],
      }),
    ).toEqual([]);
  });

  it('names each problem by its path', () => {
    expect(
      problems({
        amounts: [
          { line: 'okand', year: 2022, column: 'actual', amount: '1' },
          { line: 'resultat', year: 2022, column: 'actual', amount: '1' },
          { line: 'intakter', year: 2021, column: 'budget', amount: '1' },
          { line: 'intakter', year: 2022, column: 'forecast', amount: '1' },
          { line: 'intakter', year: 2022, column: 'budget', month: 3, amount: '1' },
        ],
        departments: [
          { key: 'a', name: 'A' },
          { key: 'a', name: 'A igen' },
        ],
        grantAdjustments: [{ month: 2, department: 'b', amount: '5' }],
        keyFigureTables: [
          { key: 'hr', title: 'HR', rows: [{ heading: 'Förvaltningen' }, { indicator: 'sjukfranvaro' }] },
          { key: 'volym', title: 'Volym', rows: [{ indicator: 'okand', showChange: true }] },
        ],
        significantDeviations: [{ key: 'personal', followUp: 'mars', title: 'Personalomsättning' }],
      }),
    ).toEqual([
      { path: 'economy.amounts[0].line', message: 'Raden "okand" finns inte i resultaträkningen' },
      {
        path: 'economy.amounts[2].year',
        message: 'Filen för 2022 har årets belopp och bokslut för de 2 åren före',
      },
      { path: 'economy.amounts[3].month', message: 'En prognos anger sin månad' },
      { path: 'economy.amounts[4].month', message: 'Bara prognos och utfall har en månad' },
      { path: 'economy.departments[1]', message: 'Avdelningen finns redan i listan' },
      { path: 'economy.grantAdjustments[0].department', message: 'Avdelningen "b" finns inte i filen' },
      {
        path: 'economy.keyFigureTables[1].rows[0].indicator',
        message: 'Indikatorn "okand" finns inte i filen',
      },
      {
        path: 'economy.significantDeviations[0].followUp',
        message: 'Uppföljningen "mars" finns inte i kommunen',
      },
      { path: 'economy.grantRounds', message: 'Justeringarna i februari saknar förklaring' },
    ]);
  });

  it('checks a line set the file brings', () => {
    expect(
      economyProblems(
        economy({ lines: [{ key: 'a', label: 'A', sumOf: ['a'] }] }),
        [{ key: 'a', label: 'A', sumOf: ['a'] }],
        2022,
        new Set(),
        new Set(),
      ),
    ).toEqual([{ path: 'economy.lines[0].sumOf', message: 'Raden "a" summerar sig själv' }]);
  });
});
