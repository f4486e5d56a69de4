import { describe, expect, it } from 'vitest';
import {
  type Block,
  heading,
  headingLabel,
  numberHeadings,
  paragraph,
  tableOfContents,
} from './document-model.ts';
import { richTextBlocks, richTextLines } from './document-rich-text.ts';

const numbers = (blocks: Block[]) =>
  numberHeadings(blocks).flatMap((block) => (block.kind === 'heading' ? [block.number] : []));

describe('numberHeadings', () => {
  it('numbers 1, 2, 2.1, 2.1.1, 2.2 in order', () => {
    const blocks = [
      heading(1, 'Sammanfattning', true),
      heading(1, 'Väsentlig styrinformation', true),
      heading(2, 'Verksamhetens utveckling', true),
      heading(3, 'Redovisning av resultat', true),
      heading(3, 'Väsentliga avvikelser', true),
      heading(2, 'Budgetmål', true),
      heading(3, 'Organisationsmål', true),
      heading(1, 'Bokslut', true),
      heading(2, 'Sammanfattande analys', true),
    ];
    expect(numbers(blocks)).toEqual(['1', '2', '2.1', '2.1.1', '2.1.2', '2.2', '2.2.1', '3', '3.1']);
  });

  it('leaves unnumbered headings alone and keeps them out of the table of contents', () => {
    const blocks = numberHeadings([
      heading(1, 'Mål', true),
      heading(4, 'Ett mål', false),
      heading(2, 'Del', true),
    ]);
    expect(numbers(blocks)).toEqual(['1', null, '1.1']);
    expect(tableOfContents(blocks).map((entry) => entry.text)).toEqual(['Mål', 'Del']);
  });

  it('numbers appendices on their own', () => {
    const appendix = { ...heading(1, 'Barnbokslut', true), appendix: true };
    const blocks = numberHeadings([
      heading(1, 'Inledning', true),
      appendix,
      { ...appendix, text: 'Riskbild' },
    ]);
    expect(numbers(blocks)).toEqual(['1', 'Bilaga 1', 'Bilaga 2']);
    const second = blocks[2];
    expect(second?.kind === 'heading' && headingLabel(second)).toBe('Bilaga 2: Riskbild');
  });

  it('counts a skipped level from one', () => {
    expect(numbers([heading(1, 'A', true), heading(3, 'B', true)])).toEqual(['1', '1.1.1']);
  });

  it('does not touch other blocks', () => {
    expect(numberHeadings([paragraph('Text')])).toEqual([paragraph('Text')]);
  });
});

describe('richTextBlocks', () => {
  it('maps paragraphs with bold, italics and links', () => {
    expect(
      richTextBlocks('<p>Vi <strong>ökar</strong> <em>stödet</em> <a href="https://goteborg.se">läs</a></p>'),
    ).toEqual([
      {
        kind: 'paragraph',
        inlines: [
          { kind: 'text', text: 'Vi ' },
          { kind: 'text', text: 'ökar', bold: true },
          { kind: 'text', text: ' ' },
          { kind: 'text', text: 'stödet', italic: true },
          { kind: 'text', text: ' ' },
          { kind: 'text', text: 'läs', href: 'https://goteborg.se' },
        ],
      },
    ]);
  });

  it('maps headings, lists and breaks, and decodes entities', () => {
    const blocks = richTextBlocks(
      '<h3>Mål &amp; medel</h3><ol><li>Ett</li><li>Två<br>rader</li></ol><h4>Under</h4>',
    );
    expect(blocks).toEqual([
      { kind: 'heading', level: 4, text: 'Mål & medel', numbered: false, number: null },
      {
        kind: 'list',
        ordered: true,
        items: [
          [{ kind: 'text', text: 'Ett' }],
          [{ kind: 'text', text: 'Två' }, { kind: 'break' }, { kind: 'text', text: 'rader' }],
        ],
      },
      { kind: 'heading', level: 4, text: 'Under', numbered: false, number: null },
    ]);
  });

  it('reads a text without tags as plain paragraphs, keeping < and & as written', () => {
    expect(richTextBlocks('Första stycket\n\nAndra <3 & mer')).toEqual([
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'Första stycket' }] },
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'Andra <3 & mer' }] },
    ]);
  });

  it('drops links with other schemes and gives nothing for an empty text', () => {
    expect(richTextBlocks('<p><a href="javascript:alert(1)">x</a></p>')).toEqual([
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'x' }] },
    ]);
    expect(richTextBlocks(null)).toEqual([]);
    expect(richTextBlocks('  ')).toEqual([]);
  });

  it('flattens a text into lines for a table cell', () => {
    expect(richTextLines('<p>Ett</p><ul><li>a</li><li>b</li></ul>')).toBe('Ett\n• a\n• b');
  });
});
