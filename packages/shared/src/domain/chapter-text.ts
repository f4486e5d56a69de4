/**
 * Where a chapter prints the text the committee writes for it, besides what its section generates: before the
 * generated content or after it. A chapter without a placement prints no such text, except a `documentText`
 * chapter, whose whole content is that text.
 */
export const chapterTextPlacements = ['before', 'after'] as const;
export type ChapterTextPlacement = (typeof chapterTextPlacements)[number];

/**
 * Where the committee's text of this chapter prints: its whole content, before or after it, or nowhere (null).
 * Typed by shape: the chapter contract is built from this file's values, so it cannot be imported here.
 */
export function chapterTextPlace(chapter: {
  section: { kind: string };
  text?: ChapterTextPlacement | undefined;
}): 'content' | ChapterTextPlacement | null {
  if (chapter.section.kind === 'documentText') return 'content';
  return chapter.text ?? null;
}
