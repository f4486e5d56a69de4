import { type CommitteeReading, committeeReading, yearPages } from '@styr/shared/domain/committee-reading';
import { useMemo } from 'react';
import { useMe } from '../auth/index.ts';
import { useOrgTree } from '../org/index.ts';

/** How far the signed-in person reads the committee's year: its work, what is handed over, or its organisation. */
export function useCommitteeReading(committeeId: string): CommitteeReading {
  const { grants } = useMe();
  const { index } = useOrgTree();
  return useMemo(
    () => committeeReading(grants, committeeId, (nodeId) => index?.pathOf(nodeId) ?? [nodeId]),
    [grants, committeeId, index],
  );
}

/** The pages of the committee's year the person can use; the navigation shows only these. */
export function useYearPages(committeeId: string) {
  return yearPages(useCommitteeReading(committeeId));
}
