import type { ReactNode } from 'react';
import { TableScroll } from '../../components/table-scroll.tsx';
import { amountText } from './economy-labels.ts';

export interface AmountTableColumn {
  key: string;
  heading: ReactNode;
  /** A column of words, not amounts: left-aligned like text. */
  text?: boolean;
}

export interface AmountTableRow {
  key: string;
  heading: ReactNode;
  /** One a column, in the columns' order. */
  cells: readonly ReactNode[];
}

/** An amount in kronor as the economy's tables show it: tkr, without the unit, which the caption names. */
export const tkr = (kronor: string | null | undefined) => amountText(kronor, 'tkr');

/**
 * One of the economy's tables of amounts, in its own scrolling region: a row an item under its name, amounts
 * right-aligned, and where given a sum row.
 */
export function AmountTable({
  caption,
  corner,
  columns,
  rows,
  total,
}: {
  /** "Investeringar 2022, tkr": also names the scrolling region. */
  caption: string;
  /** The heading above the items' names. */
  corner: string;
  columns: readonly AmountTableColumn[];
  rows: readonly AmountTableRow[];
  /** The cells of the "Summa" row, in the columns' order. */
  total?: readonly ReactNode[];
}) {
  const align = (column: AmountTableColumn | undefined) => (column?.text ? undefined : 'numeric');
  const cells = (values: readonly ReactNode[]) =>
    columns.map((column, index) => (
      <td key={column.key} className={align(column)}>
        {values[index]}
      </td>
    ));
  return (
    <TableScroll label={caption}>
      <table className="table economy-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{corner}</th>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={align(column)}>
                {column.heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.heading}</th>
              {cells(row.cells)}
            </tr>
          ))}
        </tbody>
        {total && (
          <tfoot>
            <tr className="row-total">
              <th scope="row">Summa</th>
              {cells(total)}
            </tr>
          </tfoot>
        )}
      </table>
    </TableScroll>
  );
}
