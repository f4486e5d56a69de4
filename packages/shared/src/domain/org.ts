import type { OrgKindSetting, OrgNodeKind } from '../contracts/org.ts';

/** A new municipality's kinds of unit, as most Swedish municipalities name and nest them. */
export const defaultOrgKinds: OrgKindSetting[] = [
  { kind: 'committee', label: 'Nämnd', children: ['administration', 'department'] },
  { kind: 'administration', label: 'Förvaltning', children: ['department', 'unit'] },
  { kind: 'department', label: 'Avdelning', children: ['department', 'unit'] },
  { kind: 'unit', label: 'Enhet', children: ['unit'] },
];

/** The kinds in their fixed order, whatever order a file lists them in. */
export function orderedOrgKinds(kinds: readonly OrgKindSetting[]): OrgKindSetting[] {
  const order = defaultOrgKinds.map((setting) => setting.kind);
  return [...kinds].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}

/** The municipality's name for a kind of unit; the default name when its settings do not hold the kind. */
export function orgKindLabel(kinds: readonly OrgKindSetting[], kind: OrgNodeKind): string {
  const setting =
    kinds.find((entry) => entry.kind === kind) ?? defaultOrgKinds.find((entry) => entry.kind === kind);
  return setting?.label ?? kind;
}

/** Which kinds may be placed directly under a parent of a kind (null: the municipality, where only committees sit). */
export function allowedChildKinds(
  kinds: readonly OrgKindSetting[],
  parentKind: OrgNodeKind | null,
): OrgNodeKind[] {
  if (parentKind === null) return ['committee'];
  return [...(kinds.find((entry) => entry.kind === parentKind)?.children ?? [])];
}

/** "Typen Sektor kan inte ligga under typen Kontor." Without articles, which differ between a municipality's words. */
export function nestingRefusal(
  kinds: readonly OrgKindSetting[],
  kind: OrgNodeKind,
  parentKind: OrgNodeKind | null,
) {
  const where = parentKind ? `under typen ${orgKindLabel(kinds, parentKind)}` : 'högst upp i organisationen';
  const allowed = allowedChildKinds(kinds, parentKind).map((child) => orgKindLabel(kinds, child));
  return {
    message: `Typen ${orgKindLabel(kinds, kind)} kan inte ligga ${where}.`,
    allowed: allowed.length > 0 ? `Tillåtna typer: ${allowed.join(', ')}` : 'Inga typer får ligga här',
  };
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
  const bySortOrder = (a: TreeEntry<T>, b: TreeEntry<T>) =>
    a.node.sortOrder - b.node.sortOrder || a.node.name.localeCompare(b.node.name, 'sv');
  // Every list of siblings sorted once, without recursion: a tree of any depth.
  roots.sort(bySortOrder);
  for (const entry of entries.values()) entry.children.sort(bySortOrder);
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
    path.push(current);
    current = node.parentId;
  }
  return path.reverse();
}

/** The committees each unit serves besides the one above it in the tree, by the unit's id. */
export type ServedCommittees = ReadonlyMap<string, readonly string[]>;

/**
 * The node's path as seen from a committee: its own path when it lies under the committee, else the committee
 * followed by the path from the highest unit on it that serves the committee. A committee's grants reach a served
 * unit that way, and the other committee's do not.
 */
export function pathInCommittee(
  path: readonly string[],
  served: ServedCommittees,
  committeeId: string,
): string[] {
  if (path[0] === committeeId) return [...path];
  const from = path.findIndex((id) => served.get(id)?.includes(committeeId));
  return from < 0 ? [...path] : [committeeId, ...path.slice(from)];
}

/**
 * A value for every node, computed from its parent's value (undefined at the top: a node whose parent is absent,
 * or the node where a cycle closes). Each node is computed once, so this takes time linear in the number of
 * nodes however deep the tree is, where asking each node for its path takes time quadratic in the depth.
 */
export function fromTheTop<V>(
  nodes: ReadonlyMap<string, { parentId: string | null }>,
  value: (id: string, parent: V | undefined) => V,
): Map<string, V> {
  const values = new Map<string, V>();
  for (const start of nodes.keys()) {
    const way: string[] = [];
    const onWay = new Set<string>();
    let current: string | null = start;
    while (current !== null && nodes.has(current) && !values.has(current) && !onWay.has(current)) {
      way.push(current);
      onWay.add(current);
      current = nodes.get(current)?.parentId ?? null;
    }
    let parent = current === null ? undefined : values.get(current);
    for (let index = way.length - 1; index >= 0; index--) {
      const id = way[index] as string;
      parent = value(id, parent);
      values.set(id, parent);
    }
  }
  return values;
}

/** The given nodes and every ancestor of theirs, each ancestor visited once. */
export function withAncestors(
  nodes: ReadonlyMap<string, { parentId: string | null }>,
  ids: Iterable<string>,
): Set<string> {
  const result = new Set<string>();
  for (const id of ids) {
    let current: string | null = id;
    while (current !== null && !result.has(current)) {
      result.add(current);
      current = nodes.get(current)?.parentId ?? null;
    }
  }
  return result;
}

/**
 * How large a municipality's organisation may be: a person navigates 20 levels at most (nämnd, förvaltning and
 * avdelningar and enheter below), and a large municipality has a few thousand units.
 */
export const orgLimits = { depth: 20, nodes: 10_000 } as const;
