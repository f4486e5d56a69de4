import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import { lastFollowUpOf, type YearFreeze, yearFreeze } from '@styr/shared/domain/year-freeze';
import { useMemo } from 'react';

/** What of the committee's year is adopted and may no longer change; every page of the year asks this one hook. */
export function useYearFreeze(view: CommitteeYearView): YearFreeze & { lastFollowUp: string } {
  return useMemo(() => {
    const lastFollowUp = lastFollowUpOf(view.followUpPoints);
    return { ...yearFreeze(view.documents, lastFollowUp), lastFollowUp };
  }, [view.documents, view.followUpPoints]);
}
