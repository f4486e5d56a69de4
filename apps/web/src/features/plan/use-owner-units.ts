import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import { useMemo } from 'react';
import { flattenTree, useOrgTree } from '../org/index.ts';
import type { UnitChoices } from './overview-plan.tsx';

/**
 * The units that own an activity of the year, and the administrations and departments above them, indented
 * as in the tree: choosing a department keeps the goals whose activities it or a unit beneath it owns.
 */
export function useOwnerUnits(view: CommitteeYearView): UnitChoices {
  const { index } = useOrgTree(view.year);
  return useMemo(() => {
    const pathOf = (nodeId: string) => index?.pathOf(nodeId) ?? [nodeId];
    const entry = index?.committeeTree(view.committee.id);
    if (!index || !entry) return { options: [], pathOf };
    const owners = view.goals.flatMap((goal) =>
      goal.activities.flatMap((activity) => activity.ownerNodeId ?? []),
    );
    const onPath = new Set(owners.flatMap(pathOf));
    const options = flattenTree(entry.children)
      .filter(({ node }) => onPath.has(node.id))
      .map(({ node, depth }) => ({
        value: node.id,
        label: `${'\u00a0\u00a0'.repeat(depth)}${node.name} (${index.kindLabel(node.kind).toLowerCase()})`,
      }));
    return { options, pathOf };
  }, [index, view]);
}
