import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import type { FollowUpPoint } from '../plan/index.ts';

/** What every form in the follow-up editor needs to know about where it writes. */
export interface FollowUpContext {
  view: CommitteeYearView;
  point: FollowUpPoint;
  /** "Årsrapport 2022". */
  documentName: string;
  /** The year's last follow-up reports the whole-year outcome (period "year"). */
  isLast: boolean;
  /** The follow-up's document is adopted or the person may not edit the committee's content. */
  readOnly: boolean;
  /** Activities are frozen with the year's last follow-up. */
  activitiesFrozen: boolean;
}

/** The period an outcome of this follow-up is stored under. */
export const valuePeriod = (context: FollowUpContext) => (context.isLast ? 'year' : context.point.key);

/** "helår 2022", "aprilrapport 2022". */
export const periodText = (context: FollowUpContext) =>
  context.isLast ? `helår ${context.view.year}` : `${context.point.name.toLowerCase()} ${context.view.year}`;
