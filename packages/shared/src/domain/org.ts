import type { OrgNodeKind } from '../contracts/org.ts';

export const orgNodeKindLabels: Record<OrgNodeKind, string> = {
  committee: 'Nämnd',
  administration: 'Förvaltning',
  department: 'Avdelning',
  unit: 'Enhet',
};

/** Which kind of node may be placed directly under a parent of a kind (null: the municipality). */
export function allowedChildKinds(parentKind: OrgNodeKind | null): OrgNodeKind[] {
  switch (parentKind) {
    case null:
      return ['committee'];
    case 'committee':
      return ['administration', 'department'];
    case 'administration':
      return ['department', 'unit'];
    case 'department':
      return ['department', 'unit'];
    case 'unit':
      return ['unit'];
  }
}

export interface Validity {
  validFrom: string;
  validTo: string | null;
}

/** True when the node exists at some point during the calendar year. */
export function isValidInYear(node: Validity, year: number): boolean {
  return node.validFrom <= `${year}-12-31` && (node.validTo === null || node.validTo >= `${year}-01-01`);
}

export interface TreeNodeLike {
  id: string;
  parentId: string | null;
  sortOrder: number;
  name: string;
}

export interface TreeEntry<T> {
  node: T;
  children: TreeEntry<T>[];
}

/** Builds a forest from a flat list; nodes whose parent is absent become roots. Siblings by sort order, then name. */
export function buildTree<T extends TreeNodeLike>(nodes: readonly T[]): TreeEntry<T>[] {
  const entries = new Map<string, TreeEntry<T>>();
  for (const node of nodes) entries.set(node.id, { node, children: [] });
  const roots: TreeEntry<T>[] = [];
  for (const entry of entries.values()) {
    const parent = entry.node.parentId ? entries.get(entry.node.parentId) : undefined;
    (parent ? parent.children : roots).push(entry);
  }
  const sort = (list: TreeEntry<T>[]) => {
    list.sort((a, b) => a.node.sortOrder - b.node.sortOrder || a.node.name.localeCompare(b.node.name, 'sv'));
    for (const entry of list) sort(entry.children);
  };
  sort(roots);
  return roots;
}

/** Ids from the top of the tree down to and including the node. */
export function pathTo(nodes: ReadonlyMap<string, { parentId: string | null }>, nodeId: string): string[] {
  const path: string[] = [];
  const seen = new Set<string>();
  let current: string | null = nodeId;
  while (current && !seen.has(current)) {
    seen.add(current);
    const node = nodes.get(current);
    if (!node) break;
    path.unshift(current);
    current = node.parentId;
  }
  return path;
}
