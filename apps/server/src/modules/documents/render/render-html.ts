import { toneSymbols } from '@styr/shared/domain/assessment';
import { chapterFootnotes, type Footnote } from '@styr/shared/domain/document-footnotes';
import { type FrameModel, frameOfModel, withinDepth } from '@styr/shared/domain/document-frame';
import {
  type Block,
  type ChartBlock,
  contentsTitleOf,
  type DocumentModel,
  headingLabel,
  type Inline,
  type TableBlock,
  tableOfContents,
} from '@styr/shared/domain/document-model';
import { chartSvg } from './chart-svg.ts';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const anchor = (index: number) => `avsnitt-${index}`;

function inlines(items: readonly Inline[]): string {
  return items
    .map((inline) => {
      if (inline.kind === 'break') return '<br>';
      if (inline.kind === 'footnote') {
        const number = inline.number ?? 0;
        return `<sup class="footnote-ref"><a id="fotnotsref-${number}" href="#fotnot-${number}" aria-label="Fotnot ${number}">${number}</a></sup>`;
      }
      let html = escapeHtml(inline.text);
      if (inline.bold) html = `<strong>${html}</strong>`;
      if (inline.italic) html = `<em>${html}</em>`;
      if (inline.href) html = `<a href="${escapeHtml(inline.href)}">${html}</a>`;
      return html;
    })
    .join('');
}

const lines = (text: string) => text.split('\n').map(escapeHtml).join('<br>');

function table(block: TableBlock): string {
  const align = (cell: { align?: string }) => (cell.align === 'right' ? ' class="num"' : '');
  const head = block.header
    .map((cell) => `<th scope="col"${align(cell)}>${escapeHtml(cell.text)}</th>`)
    .join('');
  const body = block.rows
    .map((row) => `<tr>${row.map((cell) => `<td${align(cell)}>${lines(cell.text)}</td>`).join('')}</tr>`)
    .join('');
  const notes = block.notes.map((note) => `<p class="table-note">${escapeHtml(note)}</p>`).join('');
  // A table wider than the page scrolls inside its own box instead of widening the page; the box takes the
  // keyboard focus so it scrolls without a mouse too, and is named after the table's first column.
  const name = escapeHtml(`Tabell: ${block.header[0]?.text ?? ''}`);
  return `<div class="table-scroll" role="region" aria-label="${name}" tabindex="0"><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>${notes}`;
}

/** The width a chart is laid out at on the page, in points: the PDF's column, scaled to the page's column. */
const chartWidth = 470;

/** A chart as inline SVG (role img, named and titled by its alt text); its title is drawn in it. */
function chartFigure(chart: ChartBlock): string {
  return `<figure class="chart">${chartSvg(chart, chartWidth).svg}</figure>`;
}

function block(item: Block, index: number): string {
  switch (item.kind) {
    case 'heading': {
      const tag = `h${Math.min(item.level + 1, 6)}`;
      return `<${tag} id="${anchor(index)}">${escapeHtml(headingLabel(item))}</${tag}>`;
    }
    case 'paragraph':
      return `<p>${inlines(item.inlines)}</p>`;
    case 'list': {
      const tag = item.ordered ? 'ol' : 'ul';
      return `<${tag}>${item.items.map((entry) => `<li>${inlines(entry)}</li>`).join('')}</${tag}>`;
    }
    case 'table':
      return table(item);
    case 'chart':
      return chartFigure(item);
    case 'status':
      return `<p class="status status-${item.tone}">${escapeHtml(item.prefix)}: <span aria-hidden="true">${toneSymbols[item.tone]}</span> <strong>${escapeHtml(item.label)}</strong></p>`;
    case 'pageBreak':
      return '<div class="page-break"></div>';
  }
}

/** A chapter's footnotes, numbered as in the text, each linking back to its reference. */
function notes(footnotes: readonly Footnote[]): string {
  const items = footnotes
    .map(
      (note) =>
        `<li id="fotnot-${note.number}" value="${note.number}">${escapeHtml(note.text)} <a href="#fotnotsref-${note.number}" aria-label="Tillbaka till fotnot ${note.number}">↩</a></li>`,
    )
    .join('');
  return `<section class="footnotes" aria-label="Fotnoter"><ol>${items}</ol></section>`;
}

/** The title page's logo and lines as the article's header; the title line is its heading. */
function titleHeader(titlePage: NonNullable<FrameModel['titlePage']>): string {
  const logo = titlePage.logo
    ? `<img style="max-width:12rem;max-height:7rem" src="data:image/png;base64,${Buffer.from(titlePage.logo.png).toString('base64')}" alt="${escapeHtml(titlePage.logo.alt)}">`
    : '';
  const lines = titlePage.lines
    .map((line) =>
      line.title ? `<h1>${escapeHtml(line.text)}</h1>` : `<p class="subtitle">${escapeHtml(line.text)}</p>`,
    )
    .join('');
  return `<header>${logo}${lines}</header>`;
}

/** The document as one <article>: the frame's title and contents, then the content, every text escaped. */
export function renderHtmlArticle(model: DocumentModel): string {
  const frame = frameOfModel(model);
  const toc = withinDepth(tableOfContents(model.blocks), frame.contentsDepth ?? 0)
    .map(
      (entry) =>
        `<li class="toc-level-${entry.level}"><a href="#${anchor(entry.index)}">${escapeHtml(`${entry.number} ${entry.text}`)}</a></li>`,
    )
    .join('');
  // Without a title page the page still has its title as its first heading, for readers and the outline.
  const header = frame.titlePage
    ? titleHeader(frame.titlePage)
    : `<header><h1>${escapeHtml(model.title)}</h1></header>`;
  return [
    '<article class="styr-document" lang="sv-SE">',
    header,
    ...(frame.contentsDepth === null
      ? []
      : [
          `<nav aria-label="${escapeHtml(contentsTitleOf(model))}"><h2>${escapeHtml(contentsTitleOf(model))}</h2><ul class="toc">${toc}</ul></nav>`,
        ]),
    ...withFootnotes(model.blocks),
    '</article>',
  ].join('\n');
}

/** The blocks, each chapter's footnotes after its last block. */
function withFootnotes(blocks: readonly Block[]): string[] {
  const places = chapterFootnotes(blocks);
  return blocks.map((item, index) => {
    const footnotes = places.get(index);
    return footnotes ? `${block(item, index)}\n${notes(footnotes)}` : block(item, index);
  });
}

const style = `body{font-family:"DejaVu Sans",Arial,sans-serif;max-width:50rem;margin:2rem auto;line-height:1.45;color:#1a1a1a}
.table-scroll{overflow-x:auto;margin:.5rem 0}table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.25rem .4rem;vertical-align:top;text-align:left}
th{background:#e8edf2}.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}.table-note{font-size:.85em;margin:.2rem 0}
.toc{list-style:none;padding:0}.toc-level-2{padding-left:1.5rem}.toc-level-3{padding-left:3rem}
.status-good span{color:#1e7b34}.status-partial span{color:#8a6d00}.status-bad span{color:#b00020}.status-unknown span{color:#555}
.page-break{break-before:page}.chart{margin:.75rem 0}.chart svg{width:100%;height:auto}
.footnotes{font-size:.85em;border-top:1px solid #999;margin-top:.5rem}.footnotes ol{padding-left:1.5rem}
h1,h2,h3,h4,h5,h6,.status{break-after:avoid}tr{break-inside:avoid}@media print{.table-scroll{overflow:visible}}`;

/** A standalone web page of the document, for downloading and for the command line. */
export function renderHtml(model: DocumentModel): Buffer {
  const page = `<!doctype html>
<html lang="sv-SE">
<head><meta charset="utf-8"><title>${escapeHtml(`${model.title} ${model.subtitle}`)}</title><style>${style}</style></head>
<body>
${renderHtmlArticle(model)}
</body>
</html>
`;
  return Buffer.from(page, 'utf8');
}
