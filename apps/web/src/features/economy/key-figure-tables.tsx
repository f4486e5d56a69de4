import type { KeyFigureTable } from '@styr/shared/contracts/economy';
import { keyFigureValueText } from '@styr/shared/domain/key-figures';
import { Link } from 'react-router';
import { ValueOrMissing } from '../../components/missing-value.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { indicatorPath } from '../org/index.ts';

/** The committee's named key figure tables over three years, each indicator linked to its own page. */
export function KeyFigureTables({
  tables,
  committeeId,
  year,
}: {
  tables: readonly KeyFigureTable[];
  committeeId: string;
  year: number;
}) {
  if (tables.length === 0) return <p className="empty">Inga nyckeltalstabeller är inlagda för {year}.</p>;
  return tables.map((table) => (
    <TableScroll label={table.title} key={table.key}>
      <table className="table economy-table">
        <caption>{table.title}</caption>
        <thead>
          <tr>
            <th scope="col">Mått</th>
            <th scope="col">Enhet</th>
            {table.years.map((tableYear) => (
              <th key={tableYear} scope="col" className="numeric">
                {tableYear}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, position) =>
            row.kind === 'heading' ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own but their place
              <tr key={position} className="row-heading">
                <th scope="colgroup" colSpan={table.years.length + 2}>
                  {row.text}
                </th>
              </tr>
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: the same indicator may appear in two places
              <tr key={position}>
                <th scope="row">
                  <Link to={indicatorPath(committeeId, year, row.indicatorId)}>{row.name}</Link>
                </th>
                <td>{row.unit}</td>
                {table.years.map((tableYear, index) => (
                  <td key={tableYear} className="numeric">
                    <ValueOrMissing text={keyFigureValueText(row, index)} />
                  </td>
                ))}
              </tr>
            ),
          )}
        </tbody>
      </table>
    </TableScroll>
  ));
}
