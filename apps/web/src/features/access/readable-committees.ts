import type { GrantLike } from '@styr/shared/domain/access';
import { effectivePermissions } from '@styr/shared/domain/access';
import { isValidInYear } from '@styr/shared/domain/org';
import { flattenTree, type OrgIndex } from '../org/index.ts';

/**
 * Committees the person can read something in during the year, in tree order. The org tree also
 * carries ancestors of readable nodes, so a committee counts when its node or any node below it is readable.
 */
export function readableCommittees(index: OrgIndex, grants: readonly GrantLike[], year: number) {
  return index.roots
    .filter((entry) => entry.node.kind === 'committee' && isValidInYear(entry.node, year))
    .filter((entry) =>
      [{ node: entry.node }, ...flattenTree(entry.children)].some(({ node }) =>
        effectivePermissions(grants, index.pathOf(node.id)).has('org.read'),
      ),
    )
    .map((entry) => entry.node);
}
