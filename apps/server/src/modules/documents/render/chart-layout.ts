import type { ChartBlock } from '@styr/shared/domain/document-model';
import { formatNumber } from '@styr/shared/format/number';

/**
 * A chart laid out once as simple shapes in points, which the PDF draws with PDFKit and the SVG (web page, Word)
 * writes as elements, so the three look alike. Text positions are baselines.
 */
export type ChartShape =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill: string }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number }
  | { kind: 'polyline'; points: [number, number][]; stroke: string; width: number }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string }
  | {
      kind: 'text';
      x: number;
      y: number;
      text: string;
      size: number;
      anchor: 'start' | 'middle' | 'end';
      bold: boolean;
      fill: string;
    };

export interface ChartLayout {
  width: number;
  height: number;
  shapes: ChartShape[];
}

/** The width of a text in points, in the font the chart is drawn in. */
export type MeasureText = (text: string, size: number, bold: boolean) => number;

const palette = ['#1F5F8B', '#B35900', '#2E7D32', '#6A3D9A'];
const ink = '#1A1A1A';
const grid = '#D0D5DB';
const axis = '#555555';
const titleSize = 9;
const labelSize = 7.5;
const line = labelSize + 3;

const colourOf = (index: number) => palette[index % palette.length] ?? ink;

/** Words into lines no wider than `width`, at most `most` of them, the last cut with "…" when it runs over. */
export function wrapText(
  text: string,
  width: number,
  measure: (text: string) => number,
  most: number,
): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = current ? `${current} ${word}` : word;
    if (current && measure(next) > width) {
      lines.push(current);
      current = word;
    } else current = next;
  }
  if (current) lines.push(current);
  if (lines.length <= most) return lines;
  const kept = lines.slice(0, most);
  let last = `${kept[most - 1]}…`;
  while (last.length > 1 && measure(last) > width) last = `${last.slice(0, -2)}…`;
  kept[most - 1] = last;
  return kept;
}

/** Round steps (1, 2 or 5 times a power of ten) from below the smallest value to above the largest. */
export function niceTicks(low: number, high: number): { ticks: number[]; decimals: number } {
  const span = high - low || Math.abs(high) || 1;
  const rough = span / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((factor) => factor * power >= rough) ?? 10) * power;
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  const first = Math.floor(low / step + 1e-9);
  const last = Math.ceil(high / step - 1e-9);
  const ticks: number[] = [];
  for (let index = first; index <= Math.max(last, first + 1); index += 1)
    ticks.push(Number((index * step).toFixed(decimals)));
  return { ticks, decimals };
}

interface Frame {
  shapes: ChartShape[];
  top: number;
}

/** The title (at most two lines) at the top. */
function titled(chart: ChartBlock, width: number, measure: MeasureText): Frame {
  const shapes: ChartShape[] = [];
  const lines = wrapText(chart.title, width, (text) => measure(text, titleSize, true), 2);
  lines.forEach((text, index) => {
    shapes.push({
      kind: 'text',
      x: 0,
      y: 10 + index * 12,
      text,
      size: titleSize,
      anchor: 'start',
      bold: true,
      fill: ink,
    });
  });
  return { shapes, top: 10 + lines.length * 12 };
}

/** One entry per series under the plot: its colour and its name with the unit. */
function legend(chart: ChartBlock, shapes: ChartShape[], y: number, measure: MeasureText): void {
  let x = 0;
  chart.series.forEach((series, index) => {
    const colour = colourOf(index);
    if (chart.chart === 'line')
      shapes.push({ kind: 'line', x1: x, y1: y - 3, x2: x + 14, y2: y - 3, stroke: colour, width: 2 });
    else shapes.push({ kind: 'rect', x, y: y - 7, width: 10, height: 8, fill: colour });
    const text = `${series.name} (${series.unit})`;
    shapes.push({
      kind: 'text',
      x: x + 18,
      y,
      text,
      size: labelSize,
      anchor: 'start',
      bold: false,
      fill: ink,
    });
    x += 30 + measure(text, labelSize, false);
  });
}

/** The values drawn; a chart with none still gets an axis (around zero). */
function valuesOf(chart: ChartBlock): number[] {
  const values = chart.series.flatMap((series) => series.values.filter((value) => value !== null));
  return values.length > 0 ? values : [0];
}

/** Years (or other categories) along the bottom, a line per series with its points and their printed values. */
function lineChart(chart: ChartBlock, width: number, measure: MeasureText): ChartLayout {
  const { shapes, top } = titled(chart, width, measure);
  const values = valuesOf(chart);
  // A little room above and below, so no point sits on the plot's edge with its label over the axis.
  const margin = (Math.max(...values) - Math.min(...values)) * 0.1;
  const { ticks, decimals } = niceTicks(Math.min(...values) - margin, Math.max(...values) + margin);
  const tickTexts = ticks.map((tick) => formatNumber(tick, { decimals }));
  const left = Math.max(...tickTexts.map((text) => measure(text, labelSize, false))) + 6;
  const plotTop = top + 14;
  const plotBottom = plotTop + 100;
  const low = ticks[0] ?? 0;
  const high = ticks.at(-1) ?? 1;
  const yOf = (value: number) => plotBottom - ((value - low) / (high - low)) * (plotBottom - plotTop);
  ticks.forEach((tick, index) => {
    const y = yOf(tick);
    shapes.push({ kind: 'line', x1: left, y1: y, x2: width, y2: y, stroke: grid, width: 0.5 });
    const text = tickTexts[index] ?? '';
    shapes.push({
      kind: 'text',
      x: left - 4,
      y: y + 2.5,
      text,
      size: labelSize,
      anchor: 'end',
      bold: false,
      fill: axis,
    });
  });
  shapes.push({ kind: 'line', x1: left, y1: plotTop, x2: left, y2: plotBottom, stroke: axis, width: 0.75 });
  const band = (width - left) / Math.max(1, chart.categories.length);
  const xOf = (index: number) => left + band * (index + 0.5);
  chart.categories.forEach((category, index) => {
    shapes.push({
      kind: 'text',
      x: xOf(index),
      y: plotBottom + 12,
      text: category,
      size: labelSize,
      anchor: 'middle',
      bold: false,
      fill: ink,
    });
  });
  chart.series.forEach((series, seriesIndex) => {
    const colour = colourOf(seriesIndex);
    // A missing value breaks the line: the years on either side are not joined across it.
    let run: [number, number][] = [];
    const endRun = () => {
      if (run.length > 1) shapes.push({ kind: 'polyline', points: run, stroke: colour, width: 1.75 });
      run = [];
    };
    series.values.forEach((value, index) => {
      if (value === null) endRun();
      else run.push([xOf(index), yOf(value)]);
    });
    endRun();
    series.values.forEach((value, index) => {
      if (value === null) return;
      const y = yOf(value);
      shapes.push({ kind: 'circle', cx: xOf(index), cy: y, r: 2.5, fill: colour });
      const text = series.labels[index] ?? '';
      shapes.push({
        kind: 'text',
        x: xOf(index),
        y: y - 5 - seriesIndex * line,
        text,
        size: labelSize,
        anchor: 'middle',
        bold: false,
        fill: ink,
      });
    });
  });
  const legendY = plotBottom + 30;
  legend(chart, shapes, legendY, measure);
  return { width, height: legendY + 6, shapes };
}

/** A horizontal bar per category from zero, left for negative values, with the value printed at its end. */
function barChart(chart: ChartBlock, width: number, measure: MeasureText): ChartLayout {
  const { shapes, top } = titled(chart, width, measure);
  const values = valuesOf(chart);
  const { ticks, decimals } = niceTicks(Math.min(0, ...values), Math.max(0, ...values));
  const labelWidth = (text: string) => measure(text, labelSize, false);
  const names = chart.categories.map((category) => wrapText(category, width * 0.34, labelWidth, 2));
  const left = Math.max(...names.flat().map(labelWidth)) + 8;
  const room = Math.max(...chart.series.flatMap((series) => series.labels.map(labelWidth))) + 6;
  const low = ticks[0] ?? 0;
  const high = ticks.at(-1) ?? 1;
  const plotLeft = left + (low < 0 ? room : 0);
  const plotRight = width - (high > 0 ? room : 0);
  const xOf = (value: number) => plotLeft + ((value - low) / (high - low)) * (plotRight - plotLeft);
  const series = chart.series.length;
  const band = Math.max(18, series * 10 + 8, ...names.map((lines) => lines.length * line + 6));
  const plotTop = top + 6;
  const plotBottom = plotTop + band * chart.categories.length;
  ticks.forEach((tick) => {
    const x = xOf(tick);
    shapes.push({ kind: 'line', x1: x, y1: plotTop, x2: x, y2: plotBottom, stroke: grid, width: 0.5 });
    const text = formatNumber(tick, { decimals });
    shapes.push({
      kind: 'text',
      x,
      y: plotBottom + 11,
      text,
      size: labelSize,
      anchor: 'middle',
      bold: false,
      fill: axis,
    });
  });
  const zero = xOf(0);
  names.forEach((lines, index) => {
    const middle = plotTop + band * (index + 0.5);
    lines.forEach((text, row) => {
      const y = middle + 2.5 + (row - (lines.length - 1) / 2) * line;
      shapes.push({ kind: 'text', x: 0, y, text, size: labelSize, anchor: 'start', bold: false, fill: ink });
    });
    const height = (band - 8) / series;
    chart.series.forEach((entry, seriesIndex) => {
      const value = entry.values[index] ?? null;
      const y = plotTop + band * index + 4 + seriesIndex * height;
      const text = entry.labels[index] ?? '';
      const end = value === null ? zero : xOf(value);
      if (value !== null && end !== zero)
        shapes.push({
          kind: 'rect',
          x: Math.min(zero, end),
          y,
          width: Math.abs(end - zero),
          height,
          fill: colourOf(seriesIndex),
        });
      const negative = value !== null && value < 0;
      shapes.push({
        kind: 'text',
        x: negative ? end - 3 : end + 3,
        y: y + height / 2 + 2.5,
        text,
        size: labelSize,
        anchor: negative ? 'end' : 'start',
        bold: false,
        fill: ink,
      });
    });
  });
  shapes.push({ kind: 'line', x1: zero, y1: plotTop, x2: zero, y2: plotBottom, stroke: axis, width: 0.75 });
  const legendY = plotBottom + 28;
  legend(chart, shapes, legendY, measure);
  return { width, height: legendY + 6, shapes };
}

/** The chart's shapes at the given width; its height follows from the content. */
export function layoutChart(chart: ChartBlock, width: number, measure: MeasureText): ChartLayout {
  return chart.chart === 'line' ? lineChart(chart, width, measure) : barChart(chart, width, measure);
}
