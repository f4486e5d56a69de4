import type { Section, TemplateChapter } from '@styr/shared/contracts/documents';
import type { ChapterTextPlacement } from '@styr/shared/domain/chapter-text';
import { keyFromName } from '../../components/form/row-keys.ts';

type Tree = TemplateChapter[];

/** Replaces the list of siblings that holds `key`, wherever it is in the tree. */
function mapSiblings(tree: Tree, key: string, change: (siblings: Tree, index: number) => Tree): Tree {
  const index = tree.findIndex((chapter) => chapter.key === key);
  if (index >= 0) return change(tree, index);
  return tree.map((chapter) => ({ ...chapter, children: mapSiblings(chapter.children, key, change) }));
}

export function moveChapter(tree: Tree, key: string, step: -1 | 1): Tree {
  return mapSiblings(tree, key, (siblings, index) => {
    const target = index + step;
    if (target < 0 || target >= siblings.length) return siblings;
    const next = [...siblings];
    const [moved] = next.splice(index, 1);
    if (moved) next.splice(target, 0, moved);
    return next;
  });
}

/** The tree with the chapter `key` holding `section` instead. */
export function withSection(tree: Tree, key: string, section: Section): Tree {
  return mapSiblings(tree, key, (siblings, index) =>
    siblings.map((chapter, at) => (at === index ? { ...chapter, section } : chapter)),
  );
}

/** The tree with the chapter `key` printing the committee's text there, or none (the field left out). */
export function withText(tree: Tree, key: string, text: ChapterTextPlacement | null): Tree {
  return mapSiblings(tree, key, (siblings, index) =>
    siblings.map((chapter, at) => {
      if (at !== index) return chapter;
      const { text: _old, ...rest } = chapter;
      return text ? { ...rest, text } : rest;
    }),
  );
}

/**
 * The income statement a chapter prints: the municipality's first table needs no name in the template, so that a
 * template written before there were several tables reads the same.
 */
export function statementSection(
  section: Extract<Section, { kind: 'incomeStatement' }>,
  table: string,
  firstTable: string | undefined,
): Section {
  // The table's other options (decimals, notes) stay as the template has them.
  const { table: _old, ...options } = section;
  return table === firstTable ? options : { ...options, table };
}

export function removeChapter(tree: Tree, key: string): Tree {
  return mapSiblings(tree, key, (siblings, index) => siblings.filter((_, at) => at !== index));
}

/** Adds a chapter at the end of the top level, or under the chapter `parentKey`. */
/** A new numbered top-level chapter goes before the appendices, which always come last. */
export function addChapter(tree: Tree, chapter: TemplateChapter, parentKey: string | null): Tree {
  if (parentKey === null) {
    const firstAppendix = tree.findIndex((entry) => entry.appendix);
    if (chapter.appendix || firstAppendix < 0) return [...tree, chapter];
    return [...tree.slice(0, firstAppendix), chapter, ...tree.slice(firstAppendix)];
  }
  return tree.map((entry) =>
    entry.key === parentKey
      ? { ...entry, children: [...entry.children, chapter] }
      : { ...entry, children: addChapter(entry.children, chapter, parentKey) },
  );
}

const keysOf = (tree: Tree): string[] =>
  tree.flatMap((chapter) => [chapter.key, ...keysOf(chapter.children)]);

/** A key from the title, unique in the tree: "ekonomisk-uppfoljning", "ekonomisk-uppfoljning-2". */
export const newChapterKey = (tree: Tree, title: string): string =>
  keyFromName(title, new Set(keysOf(tree)), { fallback: 'kapitel', maxLength: 60 });
