// The economy of one synthetic committee-year, in the open format's `economy` section.
import type { CommitteeYearInput } from '../packages/shared/src/contracts/interchange.ts';
import type { CountrySize } from './country-size.ts';

/** Zero-padded numbers, so keys sort as they are generated. */
export const pad = (value: number, width = 3) => String(value).padStart(width, '0');

/** Whole kronor in tkr steps, as decimal strings the format carries. */
const kronor = (tkr: number) => String(Math.round(tkr) * 1000);

/**
 * The year's economy: the statement's entered lines (actual, budget, forecasts, two earlier years' actuals),
 * departments with their result and kommunbidrag, one balanced adjustment round, state grants, central items,
 * the equity and a key figure table over the first indicators.
 */
export function economy(
  size: CountrySize,
  year: number,
  next: () => number,
  indicatorKeys: readonly string[],
): NonNullable<CommitteeYearInput['economy']> {
  const scale = 200_000 + Math.floor(next() * 1_000_000);
  const entered = { intakter: 0.1, kostnader: -1.1, kommunbidrag: 1, 'kommuninterna-bidrag': 0.01 };
  const amounts = Object.entries(entered).flatMap(([line, share]) => {
    const amount = () => kronor(scale * share * (0.95 + next() * 0.1));
    return [
      { line, year, column: 'actual' as const, amount: amount() },
      { line, year, column: 'budget' as const, amount: amount() },
      ...[4, 8, 10].map((month) => ({ line, year, column: 'forecast' as const, month, amount: amount() })),
      { line, year: year - 1, column: 'actual' as const, amount: amount() },
      { line, year: year - 2, column: 'actual' as const, amount: amount() },
    ];
  });
  const departments = Array.from({ length: size.departmentsPerYear }, (_, index) => ({
    key: `avd-${pad(index)}`,
    name: `Avdelning ${index + 1}`,
    resultBudget: '0',
    resultActual: kronor(scale * 0.01 * (next() - 0.5)),
    forecasts: [4, 8, 10].map((month) => ({ month, amount: kronor(scale * 0.01 * (next() - 0.5)) })),
    comment: next() < 0.3 ? 'Resultatet förklaras av volymförändringar.' : null,
    grantBudget: kronor(scale / size.departmentsPerYear),
  }));
  const moved = kronor(scale * 0.002);
  return {
    amounts,
    departments,
    grantAdjustments: [
      { month: 5, department: 'avd-000', amount: moved },
      { month: 5, department: `avd-${pad(size.departmentsPerYear - 1)}`, amount: `-${moved}` },
    ],
    grantRounds: [{ month: 5, reason: 'Omfördelning mellan avdelningar' }],
    stateGrants: [
      {
        name: 'Statsbidrag för verksamhetsutveckling',
        amount: kronor(scale * 0.01),
        grantor: 'Socialstyrelsen',
      },
      { name: 'Lönebidrag', amount: kronor(scale * 0.001), code: '1669068', grantor: 'Arbetsförmedlingen' },
    ],
    centralItems: [
      { name: 'Kommungemensamma lokaler', actual: kronor(scale * 0.005), budget: kronor(scale * 0.005) },
    ],
    equity: { decidedLevel: kronor(scale * 0.03), proposedLevel: kronor(scale * 0.05), assessment: null },
    keyFigureTables: [
      {
        key: 'nyckeltal',
        title: 'Volym- och kostnadsutveckling',
        rows: [
          { heading: 'Verksamheten' },
          ...indicatorKeys
            .slice(0, 6)
            .map((indicator, index) => ({ indicator, showChange: index % 2 === 0 })),
        ],
      },
    ],
    significantDeviations: [],
  };
}
