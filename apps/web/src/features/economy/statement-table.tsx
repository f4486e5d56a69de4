import type { EconomyView } from '@styr/shared/contracts/economy';
import { amountText, columnLabel } from './economy-labels.ts';

/** The income statement in mnkr: computed lines (results) set apart, deviations as the server computed them. */
export function StatementTable({ statement, year }: { statement: EconomyView['statement']; year: number }) {
  const { columns, rows } = statement;
  return (
    <div className="table-wrap">
      <table className="table economy-table">
        <caption>Resultaträkning {year}, mnkr</caption>
        <thead>
          <tr>
            <th scope="col">Mnkr</th>
            {columns.map((column) => (
              <th key={column.id} scope="col" className="numeric">
                {columnLabel(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line} className={row.computed ? 'row-total' : undefined}>
              <th scope="row">{row.label}</th>
              {columns.map((column) => (
                <td key={column.id} className="numeric">
                  {amountText(row.values[column.id], 'mnkr')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
