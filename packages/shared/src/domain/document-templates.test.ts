import { describe, expect, it } from 'vitest';
import type { TemplateChapter } from '../contracts/documents.ts';
import { defaultTemplate, flattenChapters, templateProblem } from './document-templates.ts';

const chapter = (key: string, children: TemplateChapter[] = [], appendix = false): TemplateChapter => ({
  key,
  title: key,
  section: { kind: 'heading' },
  pageBreakBefore: false,
  appendix,
  children,
});

describe('default templates', () => {
  it('follow the annual report of reference 003 and pass their own checks', () => {
    const arsrapport = defaultTemplate('arsrapport');
    expect(arsrapport.map((entry) => entry.title)).toEqual([
      'Sammanfattning',
      'Väsentlig styrinformation till kommunledningen',
      'Övrig uppföljning till kommunledningen',
      'Bokslut',
      'Styrinformation till nämnden',
      'Redovisning av nämndens uppdrag',
    ]);
    for (const kind of ['verksamhetsplan', 'delarsrapport', 'arsrapport'] as const) {
      expect(templateProblem(defaultTemplate(kind))).toBeNull();
    }
  });

  it('lists every chapter in document order with its depth', () => {
    const tree = [chapter('a', [chapter('b', [chapter('c')])]), chapter('d')];
    expect(flattenChapters(tree).map(({ chapter: entry, depth }) => `${entry.key}${depth}`)).toEqual([
      'a0',
      'b1',
      'c2',
      'd0',
    ]);
  });
});

describe('templateProblem', () => {
  it('refuses repeated keys, nested appendices, five levels and chapters after the appendices', () => {
    expect(templateProblem([chapter('a'), chapter('a')])).toEqual({
      path: 'body.chapters[1].key',
      message: 'Nyckeln a finns redan i mallen',
    });
    expect(templateProblem([chapter('a', [chapter('b', [], true)])])?.message).toBe(
      'Bara ett kapitel överst kan vara bilaga',
    );
    const deep = [chapter('a', [chapter('b', [chapter('c', [chapter('d', [chapter('e')])])])])];
    expect(templateProblem(deep)?.message).toBe('Mallen har högst fyra nivåer');
    expect(templateProblem([chapter('a', [], true), chapter('b')])?.message).toBe(
      'Bilagorna kommer efter de numrerade kapitlen',
    );
    expect(templateProblem([chapter('a'), chapter('b', [], true)])).toBeNull();
  });

  it('refuses a text placement on a chapter that is itself the text, and takes it on any other', () => {
    const text = { ...chapter('a'), section: { kind: 'documentText' as const }, text: 'before' as const };
    expect(templateProblem([chapter('x', [text])])).toEqual({
      path: 'body.chapters[0].children[0].text',
      message: 'Kapitlet är självt nämndens text och skrivs inte före eller efter något',
    });
    expect(templateProblem([{ ...chapter('a'), text: 'after' }])).toBeNull();
  });

  it('refuses a heading pattern naming a field its items lack, and lists the fields they have', () => {
    const goals = {
      ...chapter('a'),
      section: { kind: 'goals' as const, goalKinds: ['committee' as const], heading: '{parent}: {titel}' },
    };
    expect(templateProblem([goals])).toEqual({
      path: 'body.chapters[0].section.heading',
      message:
        'Rubrikmönstret känner inte till {titel}; kända fält: {title}, {parent}, {root}, {kind}, {area}',
    });
    expect(
      templateProblem([{ ...goals, section: { ...goals.section, heading: '[{parent}: ]{title}' } }]),
    ).toBeNull();
  });
});
