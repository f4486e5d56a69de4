import type { EconomyView } from '@styr/shared/contracts/economy';
import { TableScroll } from '../../components/table-scroll.tsx';
import { amountText } from './economy-labels.ts';

/** Targeted state grants received in the year, in tkr, with their sum. */
export function StateGrantTable({ grants, year }: { grants: EconomyView['stateGrants']; year: number }) {
  if (grants.rows.length === 0)
    return <p className="empty">Inga riktade statsbidrag är inlagda för {year}.</p>;
  return (
    <TableScroll label={`Erhållna riktade statsbidrag ${year}, tkr`}>
      <table className="table economy-table">
        <caption>Erhållna riktade statsbidrag {year}, tkr</caption>
        <thead>
          <tr>
            <th scope="col">Statsbidrag</th>
            <th scope="col" className="numeric">
              Belopp
            </th>
            <th scope="col">Speckod</th>
            <th scope="col">Bidragsgivare</th>
          </tr>
        </thead>
        <tbody>
          {grants.rows.map((grant) => (
            <tr key={`${grant.name}:${grant.code ?? ''}`}>
              <th scope="row">{grant.name}</th>
              <td className="numeric">{amountText(grant.amount, 'tkr')}</td>
              <td>{grant.code ?? <span className="muted">saknas</span>}</td>
              <td>{grant.grantor}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="row-total">
            <th scope="row">Summa</th>
            <td className="numeric">{amountText(grants.total, 'tkr')}</td>
            <td />
            <td />
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}

/** Kommuncentrala poster: outcome against the budgeted amount, the deviation and why. */
export function CentralItemTable({ items, year }: { items: EconomyView['centralItems']; year: number }) {
  if (items.length === 0) return <p className="empty">Inga kommuncentrala poster är inlagda för {year}.</p>;
  return (
    <>
      <TableScroll label={`Kommuncentrala poster ${year}, tkr`}>
        <table className="table economy-table">
          <caption>Kommuncentrala poster {year}, tkr</caption>
          <thead>
            <tr>
              <th scope="col">Kommuncentral post</th>
              <th scope="col" className="numeric">
                Utfall
              </th>
              <th scope="col" className="numeric">
                Budgeterat belopp
              </th>
              <th scope="col" className="numeric">
                Avvikelse
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.name}>
                <th scope="row">{item.name}</th>
                <td className="numeric">{amountText(item.actual, 'tkr')}</td>
                <td className="numeric">{amountText(item.budget, 'tkr')}</td>
                <td className="numeric">{amountText(item.deviation, 'tkr')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {items
        .filter((item) => item.comment)
        .map((item) => (
          <p key={item.name} className="prose">
            <strong>{item.name}:</strong> {item.comment}
          </p>
        ))}
    </>
  );
}
