import type { EconomyView } from '@styr/shared/contracts/economy';
import { TableScroll } from '../../components/table-scroll.tsx';
import { amountText, columnLabel } from './economy-labels.ts';

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
  const forecastOf = (forecasts: { month: number; amount: string }[], month: number) =>
    forecasts.find((forecast) => forecast.month === month)?.amount;
  return (
    <TableScroll label={`Resultat per avdelning ${year}, tkr`}>
      <table className="table economy-table">
        <caption>Resultat per avdelning {year}, tkr</caption>
        <thead>
          <tr>
            <th scope="col">Tkr</th>
            <th scope="col" className="numeric">
              Resultat
            </th>
            <th scope="col" className="numeric">
              Budget
            </th>
            <th scope="col" className="numeric">
              Avvikelse
            </th>
            {months.map((month) => (
              <th key={month} scope="col" className="numeric">
                {columnLabel({ kind: 'forecast', year, month })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.name}</th>
              <td className="numeric">{amountText(row.resultActual, 'tkr')}</td>
              <td className="numeric">{amountText(row.resultBudget, 'tkr')}</td>
              <td className="numeric">{amountText(row.deviation, 'tkr')}</td>
              {months.map((month) => (
                <td key={month} className="numeric">
                  {amountText(forecastOf(row.forecasts, month), 'tkr')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="row-total">
            <th scope="row">Summa</th>
            <td className="numeric">{amountText(total.resultActual, 'tkr')}</td>
            <td className="numeric">{amountText(total.resultBudget, 'tkr')}</td>
            <td className="numeric">{amountText(total.deviation, 'tkr')}</td>
            {months.map((month) => (
              <td key={month} className="numeric">
                {amountText(forecastOf(total.forecasts, month), 'tkr')}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
