import type { OrgNode } from '@styr/shared/contracts/org';
import type { TreeEntry } from '@styr/shared/domain/org';
import { useEffect, useState } from 'react';
import {
  Button,
  type Key,
  Link,
  NavigationTree,
  NavigationTreeItem,
  NavigationTreeItemContent,
} from 'react-aria-components';
import { useLocation } from 'react-router';
import { Loading, QueryError } from '../../components/query-state.tsx';
import { useCanRead } from '../access/index.ts';
import { flattenTree, nodePath, useOrgTree } from '../org/index.ts';
import { useSelection } from './use-selection.ts';

/** The committee's organisation for the year as a tree of links (arrow keys move, open and close). */
export function OrgNavTree({ committee, year }: { committee: OrgNode; year: number }) {
  const tree = useOrgTree(year);
  const { pathname } = useLocation();
  const { nodeId } = useSelection();
  const [expanded, setExpanded] = useState<Set<Key>>(new Set());

  const canOpen = useCanRead(tree.index);
  const entry = tree.index?.committeeTree(committee.id);
  const ancestors = nodeId && tree.index ? tree.index.pathOf(nodeId).slice(0, -1).join(' ') : '';
  const topLevel = entry?.children.map((child) => child.node.id).join(' ') ?? '';
  const contextOnly = entry
    ? flattenTree(entry.children)
        .filter(({ node }) => !canOpen(node.id))
        .map(({ node }) => node.id)
        .join(' ')
    : '';

  // The first level, the way down to the current node and the way down to what the person may read start
  // open; what the person opens stays open.
  useEffect(() => {
    const wanted = [...topLevel.split(' '), ...ancestors.split(' '), ...contextOnly.split(' ')].filter(
      Boolean,
    );
    if (wanted.length === 0) return;
    setExpanded((current) =>
      wanted.every((id) => current.has(id)) ? current : new Set([...current, ...wanted]),
    );
  }, [topLevel, ancestors, contextOnly]);

  if (tree.isPending) return <Loading label="Hämtar organisationen…" />;
  if (tree.isError) return <QueryError error={tree.error} onRetry={() => tree.refetch()} />;
  if (!entry || entry.children.length === 0) {
    return <p className="sidebar-note">Ingen organisation är registrerad under nämnden för {year}.</p>;
  }

  const renderItem = (item: TreeEntry<OrgNode>) => (
    <NavigationTreeItem
      key={item.node.id}
      id={item.node.id}
      textValue={item.node.name}
      href={canOpen(item.node.id) ? nodePath(committee.id, year, item.node.id) : undefined}
      className="nav-tree-item"
    >
      <NavigationTreeItemContent>
        {({ hasChildItems, isExpanded }) => (
          <>
            {hasChildItems ? (
              <Button slot="chevron" className="nav-tree-chevron">
                <span aria-hidden="true">{isExpanded ? '▾' : '▸'}</span>
              </Button>
            ) : (
              <span className="nav-tree-spacer" />
            )}
            {canOpen(item.node.id) ? (
              <Link className="nav-tree-link">
                {item.node.name}
                <span className="visually-hidden">
                  , {tree.index?.kindLabel(item.node.kind).toLowerCase()}
                </span>
              </Link>
            ) : (
              <span className="nav-tree-text">
                {item.node.name}
                <span className="visually-hidden">
                  , {tree.index?.kindLabel(item.node.kind).toLowerCase()}
                </span>
              </span>
            )}
          </>
        )}
      </NavigationTreeItemContent>
      {item.children.map(renderItem)}
    </NavigationTreeItem>
  );

  return (
    <NavigationTree
      aria-label={`Organisation under ${committee.name} ${year}`}
      className="nav-tree"
      selectedRoute={pathname}
      expandedKeys={expanded}
      onExpandedChange={setExpanded}
    >
      {entry.children.map(renderItem)}
    </NavigationTree>
  );
}
