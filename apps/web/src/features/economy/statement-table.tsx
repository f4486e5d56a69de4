import type { StatementTableView } from '@styr/shared/contracts/economy';
import { TableScroll } from '../../components/table-scroll.tsx';
import { amountText, columnLabel } from './economy-labels.ts';

/**
 * A statement table in mnkr: computed lines (results) set apart, deviations as the server computed them. A
 * printed figure that its parts do not give is shown as printed, with a warning naming both figures.
 */
export function StatementTable({ statement, year }: { statement: StatementTableView; year: number }) {
  const { columns, rows, warnings } = statement;
  const differs = (line: string, column: string) =>
    warnings.some((warning) => warning.line === line && warning.column === column);
  return (
    <>
      {warnings.length > 0 && (
        <div className="alert alert-warning" role="status">
          <p className="alert-title">Tryckta belopp som inte stämmer med sina delar</p>
          <ul>
            {warnings.map((warning) => (
              <li key={`${warning.line}-${warning.column}`}>{warning.message}</li>
            ))}
          </ul>
        </div>
      )}
      <TableScroll label={`${statement.title} ${year}, mnkr`}>
        <table className="table economy-table">
          <caption>
            {statement.title} {year}, mnkr
          </caption>
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
                    {differs(row.line, column.id) && ' (tryckt)'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
