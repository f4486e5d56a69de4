import type { TemplateChapter } from '../contracts/documents.ts';
import type { Problem } from './problem.ts';

/**
 * Table options that name what the municipality does not have: an indicator column of a follow-up point it has
 * no such key for prints "–" in every row. In Swedish, with the option's JSON path in the template file.
 */
export function tableOptionWarnings(
  chapters: readonly TemplateChapter[],
  followUpPoints: readonly string[],
  path = 'chapters',
): Problem[] {
  return chapters.flatMap((chapter, index) => {
    const here = `${path}[${index}]`;
    const { section } = chapter;
    const columns =
      section.kind === 'goals' || section.kind === 'goalAreas' ? (section.indicatorTable?.columns ?? []) : [];
    const own = columns.flatMap((column, at) =>
      column.kind === 'followUp' && !followUpPoints.includes(column.point)
        ? [
            {
              path: `${here}.section.indicatorTable.columns[${at}].point`,
              message: `Kapitlet ”${chapter.title}” visar utfallet vid uppföljningen ”${column.point}”, som kommunen inte har; kända uppföljningar: ${followUpPoints.join(', ')}`,
            },
          ]
        : [],
    );
    return [...own, ...tableOptionWarnings(chapter.children, followUpPoints, `${here}.children`)];
  });
}
