import type { GrantView } from '@styr/shared/contracts/economy';
import { monthName } from '@styr/shared/domain/municipal-grant';
import { ErrorAlert } from '../../components/alerts.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { amountText, capitalized } from './economy-labels.ts';

const shortMonth = (month: number) => capitalized(monthName(month).slice(0, 3));

/** Kommunbidrag: the budget per department, what was moved month by month and why, and the sums. */
export function GrantSection({ grant, year }: { grant: GrantView; year: number }) {
  if (grant.rows.length === 0)
    return <p className="empty">Ingen fördelning av kommunbidraget per avdelning är inlagd för {year}.</p>;
  return (
    <>
      {grant.problems.length > 0 && (
        <ErrorAlert title="Budgetjusteringarna stämmer inte">
          <ul>
            {grant.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </ErrorAlert>
      )}
      <TableScroll label={`Kommunbidrag ${year} per avdelning med budgetjusteringar per månad, tkr`}>
        <table className="table economy-table">
          <caption>Kommunbidrag {year} per avdelning med budgetjusteringar per månad, tkr</caption>
          <thead>
            <tr>
              <th scope="col">Tkr</th>
              <th scope="col" className="numeric">
                Budget
              </th>
              {grant.months.map((month) => (
                <th key={month} scope="col" className="numeric">
                  <abbr title={`Justering i ${monthName(month)}`}>{shortMonth(month)}</abbr>
                </th>
              ))}
              <th scope="col" className="numeric">
                Summa
              </th>
            </tr>
          </thead>
          <tbody>
            {grant.rows.map((row) => (
              <tr key={row.department}>
                <th scope="row">{row.name}</th>
                <td className="numeric">{amountText(row.budget, 'tkr')}</td>
                {grant.months.map((month) => (
                  <td key={month} className="numeric">
                    {row.byMonth[month] === undefined ? '' : amountText(row.byMonth[month], 'tkr')}
                  </td>
                ))}
                <td className="numeric">{amountText(row.total, 'tkr')}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="row-total">
              <th scope="row">Summa</th>
              <td className="numeric">{amountText(grant.budgetTotal, 'tkr')}</td>
              {grant.months.map((month) => (
                <td key={month} className="numeric">
                  {amountText(grant.monthTotals[month], 'tkr')}
                </td>
              ))}
              <td className="numeric">{amountText(grant.total, 'tkr')}</td>
            </tr>
          </tfoot>
        </table>
      </TableScroll>
      <h3>Skäl till justeringarna</h3>
      <dl className="grant-reasons">
        {grant.rounds.map((round) => (
          <div key={round.month}>
            <dt>{capitalized(monthName(round.month))}</dt>
            <dd>
              {round.reason}
              {round.decisionAmount !== null &&
                ` Nytt beslut: ${amountText(round.decisionAmount, 'tkr')} tkr.`}
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
