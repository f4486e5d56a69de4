import type { EconomyView } from '@styr/shared/contracts/economy';
import { AmountTable, tkr } from './amount-table.tsx';
import { columnLabel } from './economy-labels.ts';

type Forecasts = EconomyView['departments']['total']['forecasts'];

/** Result per department in tkr, with the forecasts made during the year and the committee's total. */
export function DepartmentTable({
  departments,
  year,
}: {
  departments: EconomyView['departments'];
  year: number;
}) {
  const { rows, total } = departments;
  const months = total.forecasts.map((forecast) => forecast.month);
  const figures = (row: {
    resultActual: string | null;
    resultBudget: string | null;
    deviation: string | null;
  }) => [row.resultActual, row.resultBudget, row.deviation].map(tkr);
  const forecasts = (of: Forecasts) =>
    months.map((month) => tkr(of.find((forecast) => forecast.month === month)?.amount));
  return (
    <AmountTable
      caption={`Resultat per avdelning ${year}, tkr`}
      corner="Tkr"
      columns={[
        { key: 'result', heading: 'Resultat' },
        { key: 'budget', heading: 'Budget' },
        { key: 'deviation', heading: 'Avvikelse' },
        ...months.map((month) => ({
          key: `forecast-${month}`,
          heading: columnLabel({ kind: 'forecast', year, month }),
        })),
      ]}
      rows={rows.map((row) => ({
        key: row.key,
        heading: row.name,
        cells: [...figures(row), ...forecasts(row.forecasts)],
      }))}
      total={[...figures(total), ...forecasts(total.forecasts)]}
    />
  );
}
