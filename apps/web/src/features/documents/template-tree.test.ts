import type { TemplateChapter } from '@styr/shared/contracts/documents';
import { describe, expect, it } from 'vitest';
import { sectionLabel } from './section-presets.ts';
import {
  addChapter,
  moveChapter,
  newChapterKey,
  removeChapter,
  statementSection,
  withSection,
  withText,
} from './template-tree.ts';

const chapter = (key: string, children: TemplateChapter[] = []): TemplateChapter => ({
  key,
  title: key,
  section: { kind: 'heading' },
  pageBreakBefore: false,
  appendix: false,
  children,
});
const keys = (tree: TemplateChapter[]): unknown[] =>
  tree.map((entry) => (entry.children.length ? [entry.key, keys(entry.children)] : entry.key));

describe('template tree edits', () => {
  const tree = [chapter('a', [chapter('b'), chapter('c')]), chapter('d')];

  it('moves a chapter among its siblings and not past the ends', () => {
    expect(keys(moveChapter(tree, 'c', -1))).toEqual([['a', ['c', 'b']], 'd']);
    expect(keys(moveChapter(tree, 'a', 1))).toEqual(['d', ['a', ['b', 'c']]]);
    expect(keys(moveChapter(tree, 'a', -1))).toEqual(keys(tree));
  });

  it('adds at the top level or under a chapter, and removes with the subchapters', () => {
    expect(keys(addChapter(tree, chapter('e'), 'b'))).toEqual([['a', [['b', ['e']], 'c']], 'd']);
    expect(keys(addChapter(tree, chapter('e'), null))).toEqual([['a', ['b', 'c']], 'd', 'e']);
    expect(keys(removeChapter(tree, 'a'))).toEqual(['d']);
  });

  it('adds a numbered top-level chapter before the appendices and an appendix after them', () => {
    const withAppendix = [...tree, { ...chapter('bilaga'), appendix: true }];
    expect(keys(addChapter(withAppendix, chapter('e'), null))).toEqual([
      ['a', ['b', 'c']],
      'd',
      'e',
      'bilaga',
    ]);
    expect(keys(addChapter(withAppendix, { ...chapter('f'), appendix: true }, null))).toEqual([
      ['a', ['b', 'c']],
      'd',
      'bilaga',
      'f',
    ]);
  });

  it('sets the statement table a chapter prints, naming none for the municipality’s first', () => {
    const plain = { kind: 'incomeStatement' } as const;
    const chosen = withSection(tree, 'c', statementSection(plain, 'detalj', 'sammandrag'));
    expect(chosen[0]?.children[1]?.section).toEqual({ kind: 'incomeStatement', table: 'detalj' });
    const first = withSection(chosen, 'c', statementSection(plain, 'sammandrag', 'sammandrag'));
    expect(first[0]?.children[1]?.section).toEqual({ kind: 'incomeStatement' });
    expect(first[1]).toEqual(tree[1]);
  });

  it('keeps the table options of a chapter whose statement table changes', () => {
    const section = { kind: 'incomeStatement', table: 'detalj', decimals: 0, deviationNote: true } as const;
    expect(statementSection(section, 'sammandrag', 'sammandrag')).toEqual({
      kind: 'incomeStatement',
      decimals: 0,
      deviationNote: true,
    });
  });

  it('makes a key from the title that no chapter has', () => {
    expect(newChapterKey(tree, 'Årets säkerhetsarbete')).toBe('arets-sakerhetsarbete');
    expect(newChapterKey([chapter('ekonomi')], 'Ekonomi')).toBe('ekonomi-2');
    expect(newChapterKey(tree, '!!!')).toBe('kapitel');
  });
});

describe('sectionLabel', () => {
  it('names a section with its own table layout by its kind', () => {
    expect(sectionLabel({ kind: 'departmentResults', columns: ['budget', 'forecast'] })).toBe(
      'Resultat per avdelning (tkr), med egna tabellval',
    );
  });

  it('names an assignment section grouped by something with its grouping', () => {
    expect(sectionLabel({ kind: 'assignments', sources: ['budget'] })).toBe('Uppdrag i KF:s budget');
    expect(sectionLabel({ kind: 'assignments', sources: ['budget'], groupBy: 'yearGiven' })).toBe(
      'Uppdrag i KF:s budget, grupperade efter år uppdraget gavs',
    );
    expect(
      sectionLabel({
        kind: 'assignments',
        sources: ['budget', 'council', 'committee', 'director'],
        groupBy: 'label',
      }),
    ).toBe('Alla uppdrag, grupperade efter etikett');
  });
});

describe("a chapter's own text", () => {
  it('is placed before or after the content, and taken away without leaving the field behind', () => {
    const tree = [chapter('a', [chapter('b')])];
    const placed = withText(tree, 'b', 'after');
    expect(placed[0]?.children[0]?.text).toBe('after');
    const removed = withText(placed, 'b', null);
    expect(removed).toEqual(tree);
    expect(Object.keys(removed[0]?.children[0] ?? {})).not.toContain('text');
  });
});
