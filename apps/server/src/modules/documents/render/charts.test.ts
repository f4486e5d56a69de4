import { departmentDeviationChart, indicatorTrendChart } from '@styr/shared/domain/document-charts';
import { documentLabelDefaults } from '@styr/shared/domain/document-labels';
import {
  type Block,
  type ChartBlock,
  type DocumentModel,
  heading,
  numberHeadings,
} from '@styr/shared/domain/document-model';
import { describe, expect, it } from 'vitest';
import { docxPart } from '../../../../../../test/docx-parts.ts';
import { pdfAProblems, pdfUaProblems } from '../../../../../../test/pdf-conformance.ts';
import { readPdfStructure, type StructNode } from '../../../../../../test/pdf-structure.ts';
import { readPdf } from '../../../../../../test/pdf-text.ts';
import { layoutChart, niceTicks, wrapText } from './chart-layout.ts';
import { chartSvg, measureChartText } from './chart-svg.ts';
import { renderDocx } from './render-docx.ts';
import { renderHtml } from './render-html.ts';
import { renderPdf } from './render-pdf.ts';

const labels = documentLabelDefaults;
const outcome = (year: number, value: number | null) => ({
  year,
  period: 'year',
  gender: 'T' as const,
  value,
  note: null,
  version: 1,
});

const trend = indicatorTrendChart({
  indicator: {
    name: 'Timmar hemtjänst per brukare',
    unit: 'timmar',
    valueKind: 'number',
    decimals: 1,
    values: [outcome(2022, 31.4), outcome(2023, null), outcome(2024, 30.8), outcome(2025, 29.6)],
  },
  through: 2025,
  points: [],
  chart: 'line',
  labels,
}) as ChartBlock;
const deviations = departmentDeviationChart(
  [
    { name: 'Hemtjänst norr med ett långt namn som bryts på två rader', deviation: '1200000' },
    { name: 'Särskilt boende', deviation: '-350400' },
    { name: 'Stab', deviation: null },
  ],
  labels,
) as ChartBlock;

const model = (blocks: Block[]): DocumentModel => ({
  title: 'Delårsrapport 2025',
  subtitle: 'Vård- och omsorgsnämnden',
  footer: 'Delårsrapport 2025 Vård- och omsorgsnämnden',
  language: 'sv-SE',
  blocks: numberHeadings([heading(1, 'Resultat', true), trend, heading(2, 'Avdelningar', true), deviations]),
  ...(blocks.length > 0 ? { blocks } : {}),
});

function* nodes(node: StructNode): Generator<StructNode> {
  yield node;
  for (const child of node.children) yield* nodes(child);
}

describe('the chart layout', () => {
  it('steps its axis in round numbers around the values, zero included for bars', () => {
    expect(niceTicks(29.6, 31.4)).toEqual({ ticks: [29.5, 30, 30.5, 31, 31.5], decimals: 1 });
    expect(niceTicks(-350.4, 1200).ticks).toEqual([-500, 0, 500, 1000, 1500]);
    expect(niceTicks(5, 5).ticks.length).toBeGreaterThan(1);
  });

  it('wraps a long name onto two lines at most, the second cut with an ellipsis', () => {
    const lines = wrapText('ett två tre fyra fem sex sju', 30, (text) => text.length * 4, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });

  it('prints every value beside its bar, negative bars to the left of zero, and a gap for a missing year', () => {
    const bars = layoutChart(deviations, 470, measureChartText);
    const texts = bars.shapes.flatMap((shape) => (shape.kind === 'text' ? [shape.text] : []));
    expect(texts).toEqual(expect.arrayContaining(['+1\u00a0200', '\u2212350', '–', 'Stab']));
    const rects = bars.shapes.filter((shape) => shape.kind === 'rect');
    // Two bars and the legend's swatch; the missing deviation draws no bar.
    expect(rects).toHaveLength(3);
    const [positive, negative] = rects;
    expect((negative?.x ?? 0) + (negative?.width ?? 0)).toBeCloseTo(positive?.x ?? -1, 5);
    const line = layoutChart(trend, 470, measureChartText);
    // The line breaks at the missing year: one segment after it, none joining across it.
    const lines = line.shapes.filter((shape) => shape.kind === 'polyline');
    expect(lines).toHaveLength(1);
    expect(lines[0]?.kind === 'polyline' && lines[0].points).toHaveLength(2);
    expect(line.shapes.filter((shape) => shape.kind === 'circle')).toHaveLength(3);
  });
});

describe('charts in the three formats', () => {
  it('are an SVG image named by the alt text, the same text every time', () => {
    const { svg } = chartSvg(deviations, 470);
    expect(svg).toMatch(
      /^<svg [^>]*role="img" aria-label="Stapeldiagram: Budgetavvikelse per avdelning \(tkr\)\. /,
    );
    expect(svg).toContain(`<title>${deviations.alt}</title>`);
    expect(svg).toContain('>+1\u00a0200</text>');
    expect(chartSvg(deviations, 470).svg).toBe(svg);
    const html = renderHtml(model([])).toString('utf8');
    expect(html).toContain('<figure class="chart"><svg');
    expect(html).toContain(`aria-label="${trend.alt}"`);
  });

  it('are Figures with their alt text in a PDF/UA and PDF/A file, drawn as vectors with their values', async () => {
    const pdf = await renderPdf(model([]), { decided: '2025-10-01' });
    const structure = await readPdfStructure(pdf);
    expect(pdfUaProblems(structure)).toEqual([]);
    expect(pdfAProblems(structure)).toEqual([]);
    const figures = structure.root ? [...nodes(structure.root)].filter((node) => node.type === 'Figure') : [];
    expect(figures.map((figure) => figure.alt)).toEqual([trend.alt, deviations.alt]);
    expect(figures.every((figure) => figure.content.length > 0)).toBe(true);
    const text = (await readPdf(pdf)).pages
      .map((page) => page.text)
      .join('\n')
      .replaceAll('\u00a0', ' ');
    for (const value of ['31,4', '30,8', '29,6', '2023', '+1 200', '\u2212350'])
      expect(text).toContain(value);
    expect(pdf.equals(await renderPdf(model([]), { decided: '2025-10-01' }))).toBe(true);
  });

  it('are pictures in the Word file, SVG with a PNG fallback, described by the alt text, the same bytes twice', async () => {
    const docx = await renderDocx(model([]));
    const xml = docxPart(docx, 'word/document.xml');
    const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(xml).toContain(`descr="${escaped(trend.alt)}"`);
    expect(xml).toContain(`descr="${escaped(deviations.alt)}"`);
    expect(xml.match(/<asvg:svgBlip/g)).toHaveLength(2);
    const relations = docxPart(docx, 'word/_rels/document.xml.rels');
    expect(relations.match(/media\/[^"]+\.svg/g)).toHaveLength(2);
    expect(relations.match(/media\/[^"]+\.png/g)).toHaveLength(2);
    expect(docx.equals(await renderDocx(model([])))).toBe(true);
  });
});
