import { isValidInYear } from '@styr/shared/domain/org';
import { useMemo } from 'react';
import type { SelectOption } from '../../components/form-fields.tsx';
import { flattenTree, useOrgTree } from '../org/index.ts';

/** The committee's administrations, departments and units in the year, indented as in the tree. */
export function useUnitOptions(committeeId: string, year: number): SelectOption[] {
  const { index } = useOrgTree(year);
  return useMemo(() => {
    const entry = index?.committeeTree(committeeId);
    if (!index || !entry) return [];
    return flattenTree(entry.children)
      .filter(({ node }) => isValidInYear(node, year))
      .map(({ node, depth }) => ({
        value: node.id,
        label: `${'\u00a0\u00a0'.repeat(depth)}${node.name} (${index.kindLabel(node.kind).toLowerCase()})`,
      }));
  }, [index, committeeId, year]);
}
