import type { OrgKindSetting, OrgNode, OrgNodeKind } from '@styr/shared/contracts/org';
import { buildTree, isValidInYear, orgKindLabel, pathTo, type TreeEntry } from '@styr/shared/domain/org';

export interface OrgIndex {
  byId: ReadonlyMap<string, OrgNode>;
  roots: TreeEntry<OrgNode>[];
  /** Ids from the committee down to the node itself. */
  pathOf(nodeId: string): string[];
  childrenOf(nodeId: string): OrgNode[];
  nodeName(nodeId: string): string | undefined;
  /** The municipality's name for a kind of unit. */
  kindLabel(kind: OrgNodeKind): string;
  /** The committees a unit serves besides its own. */
  servedCommittees(nodeId: string): string[];
  /** A committee's tree as the committee sees it: its own units, then the units that serve it. */
  committeeTree(committeeId: string): TreeEntry<OrgNode> | undefined;
}

export function indexOrg(
  nodes: readonly OrgNode[],
  kinds: readonly OrgKindSetting[],
  served: readonly { nodeId: string; committeeId: string }[] = [],
): OrgIndex {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const roots = buildTree(nodes);
  const entries = new Map<string, TreeEntry<OrgNode>>();
  const stack = [...roots];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    entries.set(entry.node.id, entry);
    for (const child of entry.children) stack.push(child);
  }
  return {
    byId,
    roots,
    pathOf: (nodeId) => pathTo(byId, nodeId),
    childrenOf: (nodeId) => entries.get(nodeId)?.children.map((child) => child.node) ?? [],
    nodeName: (nodeId) => byId.get(nodeId)?.name,
    kindLabel: (kind) => orgKindLabel(kinds, kind),
    servedCommittees: (nodeId) =>
      served.flatMap((link) => (link.nodeId === nodeId ? [link.committeeId] : [])),
    committeeTree: (committeeId) => {
      const own = entries.get(committeeId);
      if (!own) return undefined;
      const servedEntries = served.flatMap((link) => {
        const entry = link.committeeId === committeeId ? entries.get(link.nodeId) : undefined;
        return entry ? [entry] : [];
      });
      return { node: own.node, children: [...own.children, ...servedEntries] };
    },
  };
}

export interface FlatNode {
  node: OrgNode;
  depth: number;
}

/** Depth-first, in tree order; `depth` 0 for the entries given. Linear in the number of nodes, however deep. */
export function flattenTree(entries: readonly TreeEntry<OrgNode>[]): FlatNode[] {
  const result: FlatNode[] = [];
  const stack = entries.map((entry) => ({ entry, depth: 0 })).reverse();
  for (let next = stack.pop(); next; next = stack.pop()) {
    result.push({ node: next.entry.node, depth: next.depth });
    for (let index = next.entry.children.length - 1; index >= 0; index--)
      stack.push({ entry: next.entry.children[index] as TreeEntry<OrgNode>, depth: next.depth + 1 });
  }
  return result;
}

export function committeesOf(nodes: readonly OrgNode[]): OrgNode[] {
  return buildTree(nodes.filter((node) => node.kind === 'committee')).map((entry) => entry.node);
}

/** The year to show a node in: the preferred one if the node exists then, else the closest year it does. */
export function yearForNode(node: OrgNode, preferredYear: number): number {
  if (isValidInYear(node, preferredYear)) return preferredYear;
  const from = Number(node.validFrom.slice(0, 4));
  if (from > preferredYear) return from;
  return node.validTo ? Number(node.validTo.slice(0, 4)) : preferredYear;
}

export function validityText(node: { validFrom: string; validTo: string | null }): string {
  return node.validTo ? `${node.validFrom} – ${node.validTo}` : `Från ${node.validFrom}, tills vidare`;
}
