import type { StatementTableView } from '@styr/shared/contracts/economy';
import {
  computeStatement,
  isComputedLine,
  printedDifferences,
  type StatementAmount,
  type StatementColumn,
  statementColumnLabel,
} from '@styr/shared/domain/income-statement';
import { kronorFromOre } from '@styr/shared/domain/money';
import { type StatementTable, tableColumns } from '@styr/shared/domain/statement-tables';
import { formatKronor } from '@styr/shared/format/number';
import type { TableLine } from './economy.queries.ts';

const kronor = (ore: bigint | null) => (ore === null ? null : kronorFromOre(ore));
const shown = (ore: bigint | null) => formatKronor(kronor(ore), { unit: 'kr', withUnit: true });

/**
 * Each statement table of a year, its lines' values computed from the municipality's own lines (a summary line
 * may sum lines of a detailed table), and every printed figure that its parts do not give as a warning.
 */
export function presentStatementTables(
  tables: readonly StatementTable[],
  lines: readonly TableLine[],
  amounts: readonly StatementAmount[],
  year: number,
  equityLine: string,
): { views: StatementTableView[]; closingEquity: bigint | null } {
  const bookClosing: StatementColumn = { id: 'closing', kind: 'actual', year, month: null };
  const closingEquity =
    computeStatement(lines, amounts, [bookClosing]).get(equityLine)?.get('closing') ?? null;
  const views = tables.map((table) => {
    const columns = tableColumns(table, year, amounts);
    const values = computeStatement(lines, amounts, columns);
    const own = lines.filter((line) => line.table === table.key);
    const labels = new Map(own.map((line) => [line.key, line.label]));
    const columnLabels = new Map(columns.map((column) => [column.id, statementColumnLabel(column)]));
    const warnings = printedDifferences(lines, amounts, columns)
      .filter((difference) => labels.has(difference.line))
      .map((difference) => ({
        line: difference.line,
        column: difference.column,
        printed: kronor(difference.printed),
        computed: kronor(difference.computed),
        message: `${labels.get(difference.line)}, ${columnLabels.get(difference.column)}: det tryckta beloppet ${shown(difference.printed)} skiljer sig från det beräknade ${shown(difference.computed)}`,
      }));
    return {
      key: table.key,
      title: table.title,
      columnsChosen: table.columns !== null,
      columns,
      rows: own.map((line) => ({
        line: line.key,
        label: line.label,
        computed: isComputedLine(line),
        values: Object.fromEntries(
          columns.map((column) => [column.id, kronor(values.get(line.key)?.get(column.id) ?? null)]),
        ),
      })),
      warnings,
    };
  });
  return { views, closingEquity };
}
