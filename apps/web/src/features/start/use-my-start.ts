import type { MyStart, StartCommittee } from '@styr/shared/contracts/start';
import { workingYear } from '@styr/shared/domain/committee-reading';
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/api-context.tsx';
import { queryKeys } from '../../api/query-keys.ts';
import { useMe } from '../auth/index.ts';
import { currentYear } from '../org/index.ts';
import type { Place } from './remembered-place.ts';

export function useMyStart() {
  const api = useApi();
  const municipalityId = useMe().user.municipalityId;
  return useQuery({
    queryKey: queryKeys.myStart(municipalityId),
    queryFn: () => api.start.getMyStart(municipalityId),
  });
}

/** The year of the committee the person works in: where its links land, rather than the calendar year. */
export function committeeWorkingYear(entry: StartCommittee): number {
  return workingYear(entry.years, currentYear(), entry.reading);
}

/**
 * Where the person lands: the place they left, when they still read that committee, else the working year
 * of the first committee they work in (or read).
 */
export function landingPlace(start: MyStart | undefined, remembered: Place | null): Place | null {
  const committees = start?.committees ?? [];
  if (remembered && (!start || committees.some((entry) => entry.committee.id === remembered.committeeId))) {
    return remembered;
  }
  const first = committees.find((entry) => entry.reading === 'work') ?? committees[0];
  return first ? { committeeId: first.committee.id, year: committeeWorkingYear(first) } : null;
}
