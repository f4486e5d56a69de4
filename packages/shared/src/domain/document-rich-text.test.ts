import { describe, expect, it } from 'vitest';
import { chapterFootnotes, numberFootnotes } from './document-footnotes.ts';
import { type Block, heading } from './document-model.ts';
import { richTextBlocks, richTextLines } from './document-rich-text.ts';

/** A table as the editor writes it: the header row of th cells in tbody, each cell a paragraph. */
const editorTable =
  '<table><tbody><tr><th><p>Enhet</p></th><th><p>Antal</p></th></tr>' +
  '<tr><td><p>Hemtjänst</p></td><td><p>1 204</p></td></tr>' +
  '<tr><td><p>Boende</p><p>varav korttid</p></td><td><p>12,5 %</p></td></tr></tbody></table>';

describe('rich-text tables', () => {
  it('reads a table as a table block whose first row is the header, figures right-aligned', () => {
    expect(richTextBlocks(`<p>Före</p>${editorTable}<p>Efter</p>`)).toEqual([
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'Före' }] },
      {
        kind: 'table',
        header: [{ text: 'Enhet' }, { text: 'Antal' }],
        rows: [
          [{ text: 'Hemtjänst' }, { text: '1 204', align: 'right' }],
          [{ text: 'Boende\nvarav korttid' }, { text: '12,5 %', align: 'right' }],
        ],
        widths: [1, 1],
        notes: [],
      },
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'Efter' }] },
    ]);
  });

  it('reads thead and tbody alike, fills short rows and leaves a table without rows out', () => {
    const [table] = richTextBlocks(
      '<table><thead><tr><th>A</th><th>B</th><th>C</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>' +
        '<table><tbody></tbody></table>',
    );
    expect(table).toEqual({
      kind: 'table',
      header: [{ text: 'A' }, { text: 'B' }, { text: 'C' }],
      rows: [[{ text: '1', align: 'right' }, { text: '' }, { text: '' }]],
      widths: [1, 1, 1],
      notes: [],
    });
    expect(richTextBlocks('<table><tbody></tbody></table>')).toEqual([]);
  });

  it('reads a table nested in a cell as that cell’s text', () => {
    const [table] = richTextBlocks(
      '<table><tr><th>Rubrik</th></tr><tr><td>Ute <table><tr><td>inne</td></tr></table> ute igen</td></tr></table>',
    );
    expect(table?.kind === 'table' && table.rows).toEqual([[{ text: 'Ute inne ute igen' }]]);
  });

  it('gives a table in a cell as lines', () => {
    expect(richTextLines(editorTable)).toBe(
      'Enhet | Antal\nHemtjänst | 1 204\nBoende\nvarav korttid | 12,5 %',
    );
  });
});

describe('rich-text footnotes', () => {
  it('reads a footnote as an inline at its reference point, its text plain', () => {
    expect(
      richTextBlocks(
        '<p>Kostnaden ökade<span data-footnote="">Enligt <strong>bokslut</strong> &amp; prognos.</span> i år.</p>',
      ),
    ).toEqual([
      {
        kind: 'paragraph',
        inlines: [
          { kind: 'text', text: 'Kostnaden ökade' },
          { kind: 'footnote', text: 'Enligt bokslut & prognos.', number: null },
          { kind: 'text', text: ' i år.' },
        ],
      },
    ]);
  });

  it('keeps an empty footnote out and prints one in a table cell in parentheses', () => {
    expect(richTextBlocks('<p>Text<span data-footnote=""> </span></p>')).toEqual([
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'Text' }] },
    ]);
    const [table] = richTextBlocks(
      '<table><tr><th>Mått</th></tr><tr><td>Väntetid<span data-footnote="">Median.</span></td></tr></table>',
    );
    expect(table?.kind === 'table' && table.rows).toEqual([[{ text: 'Väntetid (Median.)' }]]);
  });

  it('numbers the footnotes through the document and places each chapter’s notes after its last block', () => {
    const note = (text: string) => ({ kind: 'footnote' as const, text, number: null });
    const blocks: Block[] = [
      heading(1, 'Ett', true),
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'a' }, note('Första')] },
      heading(2, 'Egen rubrik', false),
      { kind: 'list', ordered: false, items: [[note('Andra')]] },
      { kind: 'pageBreak' },
      heading(1, 'Två', true),
      { kind: 'paragraph', inlines: [note('Tredje')] },
      heading(1, 'Tre', true),
    ];
    const numbered = numberFootnotes(blocks);
    expect(numbered[3]).toEqual({
      kind: 'list',
      ordered: false,
      items: [[{ kind: 'footnote', text: 'Andra', number: 2 }]],
    });
    expect([...chapterFootnotes(numbered)]).toEqual([
      [
        3,
        [
          { number: 1, text: 'Första' },
          { number: 2, text: 'Andra' },
        ],
      ],
      [6, [{ number: 3, text: 'Tredje' }]],
    ]);
  });
});
