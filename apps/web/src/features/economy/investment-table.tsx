import type { EconomyView } from '@styr/shared/contracts/economy';
import { TableScroll } from '../../components/table-scroll.tsx';
import { amountText } from './economy-labels.ts';

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
      <TableScroll label={`Investeringar ${year}, tkr`}>
        <table className="table economy-table">
          <caption>Investeringar {year}, tkr</caption>
          <thead>
            <tr>
              <th scope="col">Investering</th>
              {['Budget', 'Utfall', 'Prognos', 'Avvikelse'].map((heading) => (
                <th key={heading} scope="col" className="numeric">
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.name}</th>
                <td className="numeric">{amountText(row.budget, 'tkr')}</td>
                <td className="numeric">{amountText(row.actual, 'tkr')}</td>
                <td className="numeric">{amountText(row.forecast, 'tkr')}</td>
                <td className="numeric">{amountText(row.deviation, 'tkr')}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="row-total">
              <th scope="row">Summa</th>
              <td className="numeric">{amountText(total.budget, 'tkr')}</td>
              <td className="numeric">{amountText(total.actual, 'tkr')}</td>
              <td className="numeric">{amountText(total.forecast, 'tkr')}</td>
              <td className="numeric">{amountText(total.deviation, 'tkr')}</td>
            </tr>
          </tfoot>
        </table>
      </TableScroll>
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
