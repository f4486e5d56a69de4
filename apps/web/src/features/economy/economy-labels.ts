import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import { statementColumnLabel } from '@styr/shared/domain/income-statement';
import { type AmountUnit, formatKronor } from '@styr/shared/format/number';

export const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "Bokslut 2022", "Prognos oktober", "Avvikelse". */
export const columnLabel = statementColumnLabel;

export const amountText = (kronor: string | null | undefined, unit: AmountUnit) =>
  formatKronor(kronor, { unit });

/** The document whose adoption freezes the year's figures: the year's last follow-up, e.g. "Årsrapport 2022". */
export function closingDocumentName(view: CommitteeYearView): string {
  const last = [...view.followUpPoints].sort((a, b) => b.month - a.month)[0];
  return `${last?.name ?? 'Årsrapporten'} ${view.year}`;
}
