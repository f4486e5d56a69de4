import type { EconomyView } from '@styr/shared/contracts/economy';
import { AmountTable, tkr } from './amount-table.tsx';

type Figures = EconomyView['investments']['total'];

const figures = (row: Figures) => [row.budget, row.actual, row.forecast, row.deviation].map(tkr);

/** The year's investment projects in tkr: budget, outcome, forecast and deviation, with their sum and comments. */
export function InvestmentTable({
  investments,
  year,
}: {
  investments: EconomyView['investments'];
  year: number;
}) {
  const { rows, total } = investments;
  if (rows.length === 0) return <p className="empty">Inga investeringar är inlagda för {year}.</p>;
  return (
    <>
      <AmountTable
        caption={`Investeringar ${year}, tkr`}
        corner="Investering"
        columns={['Budget', 'Utfall', 'Prognos', 'Avvikelse'].map((heading) => ({ key: heading, heading }))}
        rows={rows.map((row) => ({ key: row.key, heading: row.name, cells: figures(row) }))}
        total={figures(total)}
      />
      {rows
        .filter((row) => row.comment)
        .map((row) => (
          <p key={row.key}>
            <strong>{row.name}:</strong> {row.comment}
          </p>
        ))}
    </>
  );
}
