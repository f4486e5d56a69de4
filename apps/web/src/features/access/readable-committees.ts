import type { GrantLike } from '@styr/shared/domain/access';
import { nodesWithPermission } from '@styr/shared/domain/access';
import { fromTheTop, isValidInYear } from '@styr/shared/domain/org';
import type { OrgIndex } from '../org/index.ts';

/**
 * Committees the person can read something in during the year, in tree order. The org tree also
 * carries ancestors of readable nodes, so a committee counts when its node or any node below it is readable.
 */
export function readableCommittees(index: OrgIndex, grants: readonly GrantLike[], year: number) {
  const readable = nodesWithPermission(grants, index.byId, 'org.read');
  const tops = fromTheTop<string>(index.byId, (id, parent) => parent ?? id);
  const reading = new Set<string>();
  for (const id of readable) reading.add(tops.get(id) ?? id);
  return index.roots
    .filter((entry) => entry.node.kind === 'committee' && isValidInYear(entry.node, year))
    .filter((entry) => reading.has(entry.node.id))
    .map((entry) => entry.node);
}
