import type { Risk, RiskOverview } from '@styr/shared/contracts/risks';
import { riskMatrix } from '@styr/shared/domain/risk';
import { formatNumber } from '@styr/shared/format/number';
import { useMemo } from 'react';
import { DataTable } from '../../components/data-table.tsx';
import { levelText } from './risk-labels.ts';

export interface MatrixCellChoice {
  probability: number;
  consequence: number;
}

/**
 * The municipality's risk matrix: sannolikhet upwards, konsekvens to the right, each cell with its count.
 * A cell is a button that shows its risks; the same figures follow as a plain table for screen readers.
 */
export function RiskMatrix({
  overview,
  risks,
  chosen,
  onChoose,
}: {
  overview: RiskOverview;
  risks: readonly Risk[];
  chosen: MatrixCellChoice | null;
  onChoose: (cell: MatrixCellChoice | null) => void;
}) {
  const rows = useMemo(() => riskMatrix(overview.scale, risks), [overview.scale, risks]);
  const consequences = [...overview.scale.consequence].sort((a, b) => a.value - b.value);
  const cells = rows.flat();
  return (
    <div className="risk-overview">
      <div className="risk-matrix" aria-hidden="true">
        <div className="risk-matrix-axis-y">Sannolikhet</div>
        <div
          className="risk-matrix-grid"
          style={{ gridTemplateColumns: `auto repeat(${consequences.length}, minmax(3.5rem, 1fr))` }}
        >
          {rows.map((row) => (
            <div className="risk-matrix-row" key={row[0]?.probability}>
              <span className="risk-matrix-label">{row[0]?.probability}</span>
              {row.map((cell) => {
                const isChosen =
                  chosen?.probability === cell.probability && chosen.consequence === cell.consequence;
                return (
                  <button
                    type="button"
                    tabIndex={-1}
                    key={cell.consequence}
                    className={`risk-cell risk-${cell.level}${isChosen ? ' risk-cell-chosen' : ''}`}
                    onClick={() => onChoose(isChosen ? null : cell)}
                    title={`Sannolikhet ${cell.probability}, konsekvens ${cell.consequence}: ${cell.items.length} risker`}
                  >
                    {formatNumber(cell.items.length)}
                  </button>
                );
              })}
            </div>
          ))}
          <div className="risk-matrix-row">
            <span />
            {consequences.map((step) => (
              <span className="risk-matrix-label" key={step.value}>
                {step.value}
              </span>
            ))}
          </div>
        </div>
        <div className="risk-matrix-axis-x">Konsekvens</div>
      </div>
      <DataTable
        caption="Riskmatrisen som tabell: antal risker per sannolikhet och konsekvens"
        className="risk-matrix-table"
        columns={[
          { key: 'p', header: 'Sannolikhet', cell: (cell) => cell.probability, numeric: true },
          { key: 'c', header: 'Konsekvens', cell: (cell) => cell.consequence, numeric: true },
          { key: 'v', header: 'Riskvärde', cell: (cell) => formatNumber(cell.value), numeric: true },
          { key: 'l', header: 'Nivå', cell: (cell) => levelText(cell.level) },
          {
            key: 'n',
            header: 'Antal risker',
            numeric: true,
            cell: (cell) =>
              cell.items.length === 0 ? (
                '0'
              ) : (
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={
                    chosen?.probability === cell.probability && chosen.consequence === cell.consequence
                  }
                  onClick={() => onChoose({ probability: cell.probability, consequence: cell.consequence })}
                >
                  {formatNumber(cell.items.length)}
                  <span className="visually-hidden">
                    {' '}
                    risker med sannolikhet {cell.probability} och konsekvens {cell.consequence}, visa dem
                  </span>
                </button>
              ),
          },
        ]}
        rows={cells.filter((cell) => cell.items.length > 0)}
        rowKey={(cell) => `${cell.probability}-${cell.consequence}`}
        empty="Inga risker att visa i matrisen."
      />
    </div>
  );
}
