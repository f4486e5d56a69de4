import { describe, expect, it } from 'vitest';
import { type XmlTag, XmlTagReader, XmlTagTooLong } from './xml-tags.ts';

const xml = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<!DOCTYPE x>',
  '<worksheet xmlns="urn:x"><dimension ref="A1:B2"/>',
  '<!-- <c r="ZZ1"/> a comment with > and <row r="9"> inside -->',
  '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>',
  '<c foo="a>b" r = "B1"/><c r=\'C1\' bar="\'"/></row>',
  '<row r="2"><c r="A2" t="inlineStr"><is><t><![CDATA[<c r="XFD9"/> ]]> ]]></t></is></c></row>',
  '</sheetData><x:c r="D1"/></worksheet>',
].join('');

function tagsOf(pieces: string[], maxTagLength = 1_000): string[] {
  const tags: XmlTag[] = [];
  const reader = new XmlTagReader((tag) => tags.push(tag), maxTagLength);
  for (const piece of pieces) reader.push(piece);
  return tags.map(
    (tag) => `${tag.name}${[...tag.attributes].map(([key, value]) => ` ${key}=${value}`).join('')}`,
  );
}

describe('XmlTagReader', () => {
  const expected = [
    'worksheet xmlns=urn:x',
    'dimension ref=A1:B2',
    'sheetData',
    'row r=1',
    'c r=A1 t=s',
    'v',
    'c foo=a>b r=B1',
    "c r=C1 bar='",
    'row r=2',
    'c r=A2 t=inlineStr',
    'is',
    't',
    'x:c r=D1',
  ];

  it('finds start tags as an XML parser does, not those in comments, CDATA or quoted values', () => {
    expect(tagsOf([xml])).toEqual(expected);
  });

  it('finds the same tags however the text is split into pieces', () => {
    for (let size = 1; size <= 12; size++) {
      const pieces = Array.from({ length: Math.ceil(xml.length / size) }, (_, index) =>
        xml.slice(index * size, (index + 1) * size),
      );
      expect(tagsOf(pieces), `pieces of ${size}`).toEqual(expected);
    }
    for (let cut = 0; cut <= xml.length; cut++) {
      expect(tagsOf([xml.slice(0, cut), xml.slice(cut)]), `cut at ${cut}`).toEqual(expected);
    }
  });

  it('refuses a tag longer than it may hold, also over many pieces', () => {
    expect(() => tagsOf([`<c r="A1" x="${'y'.repeat(2_000)}"/>`])).toThrow(XmlTagTooLong);
    expect(() => tagsOf(['<c r="A1" x="', ...Array(300).fill('yyyyyyyy')])).toThrow(XmlTagTooLong);
    expect(tagsOf([`<!-- ${'y'.repeat(5_000)} -->`, '<c/>'], 100)).toEqual(['c']);
  });
});
