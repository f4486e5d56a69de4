import type { DocumentKind } from '@styr/shared/contracts/documents';
import { documentKeyOf } from './build-document.ts';

/**
 * The day a preview is dated by, from the document itself so that the same data still give the same bytes: a
 * follow-up by the last day of the month it reports ("2022-08-31"), the plan by the first day of its year.
 */
export function previewDateOf(
  kind: DocumentKind,
  year: number,
  points: readonly { key: string; month: number }[],
): string {
  const key = documentKeyOf(kind, points);
  const month = points.find((point) => point.key === key)?.month;
  if (key === 'plan' || month === undefined) return `${year}-01-01`;
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}
