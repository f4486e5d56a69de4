import type { TemplateChapter } from '../contracts/documents.ts';

import { itemHeadingFields, unknownPatternFields } from './heading-pattern.ts';

export { defaultTemplate } from './default-templates.ts';

/** Every chapter of a tree in document order, with its depth (0 at the top). */
export function flattenChapters(
  tree: readonly TemplateChapter[],
  depth = 0,
): { chapter: TemplateChapter; depth: number }[] {
  return tree.flatMap((chapter) => [{ chapter, depth }, ...flattenChapters(chapter.children, depth + 1)]);
}

/** Why a tree cannot be saved, in Swedish, with the JSON path; null when it can. */
export function templateProblem(tree: readonly TemplateChapter[]): { path: string; message: string } | null {
  const seen = new Set<string>();
  const walk = (
    nodes: readonly TemplateChapter[],
    path: string,
    depth: number,
  ): { path: string; message: string } | null => {
    for (const [index, chapter] of nodes.entries()) {
      const here = `${path}[${index}]`;
      if (seen.has(chapter.key))
        return { path: `${here}.key`, message: `Nyckeln ${chapter.key} finns redan i mallen` };
      seen.add(chapter.key);
      if (chapter.text !== undefined && chapter.section.kind === 'documentText')
        return {
          path: `${here}.text`,
          message: 'Kapitlet är självt nämndens text och skrivs inte före eller efter något',
        };
      const pattern = 'heading' in chapter.section ? chapter.section.heading : undefined;
      const unknown = pattern
        ? unknownPatternFields(pattern, itemHeadingFields[chapter.section.kind] ?? [])
        : [];
      if (unknown.length > 0)
        return {
          path: `${here}.section.heading`,
          message: `Rubrikmönstret känner inte till ${unknown.map((name) => `{${name}}`).join(', ')}; kända fält: ${(itemHeadingFields[chapter.section.kind] ?? []).map((name) => `{${name}}`).join(', ')}`,
        };
      if (chapter.appendix && depth > 0)
        return { path: `${here}.appendix`, message: 'Bara ett kapitel överst kan vara bilaga' };
      if (depth >= 3 && chapter.children.length > 0)
        return { path: `${here}.children`, message: 'Mallen har högst fyra nivåer' };
      const problem = walk(chapter.children, `${here}.children`, depth + 1);
      if (problem) return problem;
    }
    return null;
  };
  const problem = walk(tree, 'body.chapters', 0);
  if (problem) return problem;
  const firstAppendix = tree.findIndex((chapter) => chapter.appendix);
  if (firstAppendix >= 0 && tree.slice(firstAppendix).some((chapter) => !chapter.appendix))
    return {
      path: `body.chapters[${firstAppendix}]`,
      message: 'Bilagorna kommer efter de numrerade kapitlen',
    };
  return null;
}
