import { type ReactNode, useMemo, useState } from 'react';
import { TableScroll } from './table-scroll.tsx';

export interface Column<T> {
  key: string;
  header: string;
  cell: (row: T) => ReactNode;
  /** Makes the column sortable. */
  sortValue?: (row: T) => string | number | null;
  numeric?: boolean;
  /** Keeps short values such as dates on one line. */
  nowrap?: boolean;
}

interface SortState {
  key: string;
  direction: 'ascending' | 'descending';
}

const collator = new Intl.Collator('sv', { numeric: true, sensitivity: 'base' });

function cellClass(column: { numeric?: boolean; nowrap?: boolean }): string | undefined {
  return [column.numeric && 'numeric', column.nowrap && 'nowrap'].filter(Boolean).join(' ') || undefined;
}

function compare(a: string | number | null, b: string | number | null): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

export function DataTable<T>({
  caption,
  captionHidden = false,
  columns,
  rows,
  rowKey,
  empty,
  className,
}: {
  caption: string;
  captionHidden?: boolean;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  empty: ReactNode;
  /** For a table's own column widths. */
  className?: string;
}) {
  const [sort, setSort] = useState<SortState | null>(null);

  const sorted = useMemo(() => {
    const column = sort && columns.find((candidate) => candidate.key === sort.key);
    if (!sort || !column?.sortValue) return rows;
    const value = column.sortValue;
    const factor = sort.direction === 'ascending' ? 1 : -1;
    return [...rows].sort((a, b) => {
      const left = value(a);
      const right = value(b);
      // Missing values go last in both directions; they are not smaller than anything.
      if (left === null || right === null) return left === right ? 0 : left === null ? 1 : -1;
      return compare(left, right) * factor;
    });
  }, [rows, columns, sort]);

  const toggle = (key: string) =>
    setSort((current) => {
      if (current?.key !== key) return { key, direction: 'ascending' };
      return current.direction === 'ascending' ? { key, direction: 'descending' } : null;
    });

  if (rows.length === 0) return <p className="empty">{empty}</p>;

  return (
    <TableScroll label={caption}>
      <table className={className ? `table ${className}` : 'table'}>
        <caption className={captionHidden ? 'visually-hidden' : undefined}>
          {caption}
          {sort && (
            <span className="visually-hidden">
              , sorterad efter {columns.find((column) => column.key === sort.key)?.header.toLowerCase()}{' '}
              {sort.direction === 'ascending' ? 'stigande' : 'fallande'}
            </span>
          )}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={cellClass(column)}
                aria-sort={sort?.key === column.key ? sort.direction : undefined}
              >
                {column.sortValue ? (
                  <button type="button" className="sort-button" onClick={() => toggle(column.key)}>
                    {column.header}
                    <span aria-hidden="true" className="sort-indicator">
                      {sort?.key === column.key ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                ) : (
                  column.header
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => (
                <td key={column.key} className={cellClass(column)}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
