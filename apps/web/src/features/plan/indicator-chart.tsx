import type { Indicator } from '@styr/shared/contracts/plan';
import {
  formatIndicatorValue,
  seriesYears,
  targetFor,
  targetText,
  yearTotal,
} from '@styr/shared/domain/indicator-values';
import { formatNumber } from '@styr/shared/format/number';
import { useId } from 'react';
import { niceTicks, presentRuns } from './chart-scale.ts';
import type { FollowUpPoint } from './plan-labels.ts';

const width = 640;
const height = 300;
const margin = { top: 32, right: 16, bottom: 36, left: 64 };
const plotBottom = height - margin.bottom;
/** Beyond this many years the value labels would overlap; the axis and the table still give the values. */
const maxLabelledYears = 8;

interface Point {
  year: number;
  x: number;
  value: number | null;
  target: number | null;
}

/** A point below both neighbours has the line above it, so its label goes underneath. */
function isLow(points: readonly Point[], point: Point): boolean {
  const index = points.indexOf(point);
  const own = point.value;
  const neighbours = [points[index - 1]?.value, points[index + 1]?.value].filter(
    (value): value is number => value !== null && value !== undefined,
  );
  return own !== null && neighbours.length > 0 && neighbours.every((value) => value > own);
}

function describe(indicator: Indicator, points: readonly Point[]): string {
  const outcome = points
    .map((point) => `${point.year} ${formatIndicatorValue(indicator, point.value) ?? 'uppgift saknas'}`)
    .join(', ');
  const targets = points
    .filter((point) => point.target !== null)
    .map((point) => `${point.year} ${formatIndicatorValue(indicator, point.target)}`)
    .join(', ');
  return `Utfall: ${outcome}.${targets ? ` Målvärde: ${targets}.` : ''} Samma uppgifter finns i tabellen under diagrammet.`;
}

/**
 * Whole-year outcomes as a line with a gap for each missing year, numeric targets as diamonds on a dashed
 * line. Hand-drawn SVG: one series and a few years need no chart library, and the text alternative and
 * the table below carry the same data for those who cannot see it.
 */
export function IndicatorChart({
  indicator,
  followUpPoints,
}: {
  indicator: Indicator;
  followUpPoints: readonly FollowUpPoint[];
}) {
  const id = useId();
  const years = seriesYears(indicator);
  if (indicator.valueKind === 'yesPartlyNo') {
    return <p className="muted">Indikatorn mäts med ja eller nej och visas därför bara i tabellen.</p>;
  }
  const band = (width - margin.left - margin.right) / Math.max(years.length, 1);
  const points: Point[] = years.map((year, index) => {
    const target = targetFor(indicator, year);
    return {
      year,
      x: margin.left + band * (index + 0.5),
      value: yearTotal(indicator, year, followUpPoints).value,
      target: target?.kind === 'numeric' ? target.value : null,
    };
  });
  const numbers = points.flatMap((point) => [point.value, point.target]).filter((value) => value !== null);
  if (numbers.length === 0) {
    return (
      <p className="muted">Indikatorn har inga utfall eller numeriska målvärden att visa i ett diagram.</p>
    );
  }
  const low = Math.min(...numbers);
  const high = Math.max(...numbers);
  const pad = (high - low) * 0.12;
  // Counts and shares far from zero read best zoomed in; a spread that is wide anyway starts at zero.
  // Otherwise some room below and above keeps the value labels off the axis.
  const { ticks, decimals } = niceTicks(low >= 0 && low < high * 0.5 ? 0 : low - pad, high + pad);
  const bottom = ticks[0] ?? 0;
  const top = ticks[ticks.length - 1] ?? 1;
  const y = (value: number) =>
    plotBottom - ((value - bottom) / (top - bottom || 1)) * (plotBottom - margin.top);
  const labelled = years.length <= maxLabelledYears;
  const relative = indicator.targets.filter((entry) => entry.target.kind === 'relative');
  const numericTargets = points.some((point) => point.target !== null);
  const gaps = points.some((point) => point.value === null);
  const line = (run: Point[], pick: (point: Point) => number | null) =>
    run.map((point) => `${point.x},${y(pick(point) ?? 0)}`).join(' ');

  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>
          Diagram över {indicator.name}, {years[0]}–{years[years.length - 1]}
        </title>
        <desc id={`${id}-desc`}>{describe(indicator, points)}</desc>
        <text x={margin.left} y={14} className="chart-axis-title">
          {indicator.unit === 'antal' ? 'Antal' : indicator.unit}
        </text>
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              x1={margin.left}
              x2={width - margin.right}
              y1={y(tick)}
              y2={y(tick)}
              className="chart-grid"
            />
            <text x={margin.left - 8} y={y(tick) + 4} textAnchor="end" className="chart-tick">
              {formatNumber(tick, { decimals })}
            </text>
          </g>
        ))}
        {points.map((point) => (
          <text key={point.year} x={point.x} y={height - 12} textAnchor="middle" className="chart-tick">
            {point.year}
          </text>
        ))}
        {presentRuns(points, (point) => point.target !== null).map((run) => (
          <polyline
            key={`t${run[0]?.year}`}
            points={line(run, (point) => point.target)}
            className="chart-target-line"
          />
        ))}
        {presentRuns(points, (point) => point.value !== null).map((run) => (
          <polyline
            key={`v${run[0]?.year}`}
            points={line(run, (point) => point.value)}
            className="chart-value-line"
          />
        ))}
        {points.map((point) => (
          <g key={point.year}>
            {point.target !== null && (
              <>
                <path
                  d={`M${point.x} ${y(point.target) - 7}l7 7l-7 7l-7 -7z`}
                  className="chart-target-mark"
                />
                {labelled && (
                  <text x={point.x + 10} y={y(point.target) + 4} className="chart-target-label">
                    {formatIndicatorValue(indicator, point.target)}
                  </text>
                )}
              </>
            )}
            {point.value === null ? (
              <text x={point.x} y={plotBottom - 8} textAnchor="middle" className="chart-missing">
                saknas
              </text>
            ) : (
              <>
                <circle cx={point.x} cy={y(point.value)} r={5} className="chart-value-mark" />
                {labelled && (
                  <text
                    x={point.x}
                    y={y(point.value) + (isLow(points, point) ? 20 : -11)}
                    textAnchor="middle"
                    className="chart-value-label"
                  >
                    {formatIndicatorValue(indicator, point.value)}
                  </text>
                )}
              </>
            )}
          </g>
        ))}
      </svg>
      <figcaption>
        <ul className="chart-legend">
          <li>
            <span aria-hidden="true" className="legend-value" /> Utfall för helåret (heldragen linje, runda
            punkter)
          </li>
          {numericTargets && (
            <li>
              <span aria-hidden="true" className="legend-target" /> Målvärde (streckad linje, romber)
            </li>
          )}
          {gaps && <li>”saknas”: uppgift saknas för året, visas som ett avbrott i linjen</li>}
        </ul>
        {relative.length > 0 && (
          <p className="muted">
            Relativa målvärden syns bara i tabellen:{' '}
            {relative.map((entry) => `${entry.year} ${targetText(indicator, entry.target)}`).join(', ')}.
          </p>
        )}
      </figcaption>
    </figure>
  );
}
