import type { StatementAmountView } from '@styr/shared/contracts/economy';
import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import { EARLIER_YEARS, type StatementColumnKind } from '@styr/shared/domain/income-statement';
import { yearFreeze } from '@styr/shared/domain/year-freeze';
import { documentName, useCommitteeYear, useYearFreeze } from '../plan/index.ts';
import { columnLabel } from './economy-labels.ts';

/** One figure of the income statement: its line, its column's kind and year, and a forecast's month. */
export interface StatementFigure {
  line: string;
  kind: StatementColumnKind;
  year: number;
  month: number | null;
}

/** The columns a figure may be entered in: the year's, and the outcome of the years before. */
export function figureColumns(year: number) {
  const kinds: { kind: StatementColumnKind; year: number }[] = [
    { kind: 'actual', year },
    { kind: 'budget', year },
    { kind: 'revisedBudget', year },
    { kind: 'forecast', year },
    ...Array.from({ length: EARLIER_YEARS }, (_, index) => ({
      kind: 'actual' as const,
      year: year - index - 1,
    })),
  ];
  return kinds.map(({ kind, year: columnYear }) => ({
    /** "actual-2022", "budget-2022", "revisedBudget-2022" or "forecast-2022". */
    value: `${kind}-${columnYear}`,
    label: kind === 'forecast' ? `Prognos ${year}` : columnLabel({ kind, year: columnYear, month: null }),
    kind,
    year: columnYear,
  }));
}

export function storedFigure(
  amounts: readonly StatementAmountView[],
  figure: StatementFigure,
): StatementAmountView | null {
  return (
    amounts.find(
      (amount) =>
        amount.line === figure.line &&
        amount.year === figure.year &&
        amount.column === figure.kind &&
        amount.month === figure.month,
    ) ?? null
  );
}

export interface FigureLock {
  /** "Delårsrapport augusti 2022": the document whose adoption freezes the figure. */
  documentName: string;
  /** Why the figure cannot be entered now; null when it can. */
  reason: string | null;
}

/**
 * Whether a figure may still change, as the write authority decides it: a forecast belongs to the follow-up of
 * its month (or the year's last), any other figure to its own year's last follow-up. The page's year does not
 * say whether an earlier year's annual report is adopted, so that year is read when such a figure is chosen.
 */
export function useFigureLock(view: CommitteeYearView, figure: StatementFigure): FigureLock {
  const freeze = useYearFreeze(view);
  const earlier = figure.year !== view.year;
  const earlierYear = useCommitteeYear(view.committee.id, figure.year, earlier);
  const document =
    view.followUpPoints.find((point) => figure.month !== null && point.month === figure.month)?.key ??
    freeze.lastFollowUp;
  const name = documentName(document, view.followUpPoints, figure.year);
  const adopted = `${name} är fastställd, så beloppet kan inte ändras.`;
  if (!earlier) return { documentName: name, reason: freeze.followUp(document) ? adopted : null };
  // Unread, the figure waits; unreadable, the server still refuses a figure of an adopted year.
  if (earlierYear.isPending) return { documentName: name, reason: `Kontrollerar om ${name} är fastställd …` };
  const frozen = earlierYear.data && yearFreeze(earlierYear.data.documents, document).followUp(document);
  return { documentName: name, reason: frozen ? adopted : null };
}
