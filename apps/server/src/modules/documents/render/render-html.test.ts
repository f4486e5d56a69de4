import { type DocumentModel, numberHeadings } from '@styr/shared/domain/document-model';
import { describe, expect, it } from 'vitest';
import { renderHtml } from './render-html.ts';

describe('the web page of a document', () => {
  it('lets a wide table scroll inside its own named box, which the keyboard can reach', () => {
    const model: DocumentModel = {
      title: 'Årsrapport 2025',
      subtitle: 'Vård- och omsorgsnämnden',
      footer: 'Årsrapport 2025 Vård- och omsorgsnämnden',
      language: 'sv-SE',
      blocks: numberHeadings([
        {
          kind: 'table',
          header: [
            { text: 'Kostnadsslag' },
            ...Array.from({ length: 12 }, (_, month) => ({ text: `Månad ${month + 1}` })),
          ],
          rows: [
            [
              { text: 'Personal' },
              ...Array.from({ length: 12 }, () => ({ text: '1\u00a0234,5', align: 'right' as const })),
            ],
          ],
          widths: Array.from({ length: 13 }, () => 1),
          notes: ['Belopp i tkr.'],
        },
      ]),
    };
    const html = renderHtml(model).toString('utf8');
    expect(html).toContain(
      '<div class="table-scroll" role="region" aria-label="Tabell: Kostnadsslag" tabindex="0"><table>',
    );
    expect(html).toContain('</table></div><p class="table-note">Belopp i tkr.</p>');
    expect(html).toMatch(/\.table-scroll\{overflow-x:auto/);
  });

  it('prints like the PDF: headings kept with what follows, rows whole, wide tables unclipped, figures in even columns', () => {
    const html = renderHtml({
      title: 'Årsrapport 2025',
      subtitle: 'Vård- och omsorgsnämnden',
      footer: 'Årsrapport 2025 Vård- och omsorgsnämnden',
      language: 'sv-SE',
      blocks: [],
    }).toString('utf8');
    expect(html).toContain('h1,h2,h3,h4,h5,h6,.status{break-after:avoid}');
    expect(html).toContain('tr{break-inside:avoid}');
    expect(html).toContain('@media print{.table-scroll{overflow:visible}}');
    expect(html).toMatch(/\.num\{[^}]*font-variant-numeric:tabular-nums/);
  });

  it('heads the contents with the municipality’s word for it, and with Innehållsförteckning when it gave none', () => {
    const model: DocumentModel = {
      title: 'Årsrapport 2025',
      subtitle: 'Vård- och omsorgsnämnden',
      footer: 'Årsrapport 2025 Vård- och omsorgsnämnden',
      language: 'sv-SE',
      blocks: numberHeadings([{ kind: 'heading', level: 1, text: 'Ekonomi', numbered: true, number: null }]),
    };
    expect(renderHtml(model).toString('utf8')).toContain('<h2>Innehållsförteckning</h2>');
    const own = renderHtml({ ...model, contentsTitle: 'Innehåll' }).toString('utf8');
    expect(own).toContain('<nav aria-label="Innehåll"><h2>Innehåll</h2>');
  });
});
