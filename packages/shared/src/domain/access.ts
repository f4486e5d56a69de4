import type { Role } from '../contracts/auth.ts';
import { fromTheTop } from './org.ts';

export const permissions = [
  'org.read',
  'org.manage',
  'users.manage',
  'content.read',
  'content.edit',
  'content.compile',
  'adopted.read',
  'audit.read',
] as const;
export type Permission = (typeof permissions)[number];

/** What each role may do on the node it is granted on and everything below it. */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  reader: ['org.read', 'content.read', 'adopted.read'],
  reporter: ['org.read', 'content.read', 'content.edit', 'adopted.read'],
  controller: ['org.read', 'content.read', 'content.edit', 'content.compile', 'adopted.read', 'audit.read'],
  member: ['org.read', 'adopted.read'],
  admin: ['org.read', 'org.manage', 'users.manage', 'content.read', 'adopted.read', 'audit.read'],
  // The auditors (revisorer) examine what was done and who did it, and change nothing.
  auditor: ['org.read', 'content.read', 'adopted.read', 'audit.read'],
};

/** Roles that only make sense for the whole municipality. */
export const municipalityWideRoles: readonly Role[] = ['admin'];

export interface GrantLike {
  role: Role;
  nodeId: string | null;
}

/**
 * Permissions a person holds on a node, given the node's path from the top
 * (committee first, the node itself last). A grant on the municipality (nodeId
 * null) or on any node of the path applies. An empty path means the
 * municipality itself.
 */
export function effectivePermissions(grants: readonly GrantLike[], path: readonly string[]): Set<Permission> {
  const onPath = new Set(path);
  const result = new Set<Permission>();
  for (const grant of grants) {
    if (grant.nodeId === null || onPath.has(grant.nodeId)) {
      for (const permission of rolePermissions[grant.role]) result.add(permission);
    }
  }
  return result;
}

export function hasPermission(
  grants: readonly GrantLike[],
  path: readonly string[],
  permission: Permission,
): boolean {
  return effectivePermissions(grants, path).has(permission);
}

/**
 * The nodes on which the grants give a permission: every node when a grant for the whole municipality gives it,
 * else the nodes granted it and everything below them. Linear in the number of nodes, however deep the tree.
 */
export function nodesWithPermission(
  grants: readonly GrantLike[],
  nodes: ReadonlyMap<string, { parentId: string | null }>,
  permission: Permission,
): Set<string> {
  const granted = new Set<string | null>();
  for (const grant of grants) if (rolePermissions[grant.role].includes(permission)) granted.add(grant.nodeId);
  if (granted.has(null)) return new Set(nodes.keys());
  const holds = fromTheTop<boolean>(nodes, (id, parent) => parent === true || granted.has(id));
  const result = new Set<string>();
  for (const [id, held] of holds) if (held) result.add(id);
  return result;
}

/**
 * Where grants give a permission that is read per committee (the audit log): the whole municipality, or the nodes
 * granted it. Committees are the top of the tree and permissions pass only downwards, so a committee is covered
 * exactly when it is among `nodeIds`; a grant further down covers no committee.
 */
export function permissionReach(
  grants: readonly GrantLike[],
  permission: Permission,
): { wholeMunicipality: boolean; nodeIds: ReadonlySet<string> } {
  const nodeIds = new Set<string>();
  let wholeMunicipality = false;
  for (const grant of grants) {
    if (!rolePermissions[grant.role].includes(permission)) continue;
    if (grant.nodeId === null) wholeMunicipality = true;
    else nodeIds.add(grant.nodeId);
  }
  return { wholeMunicipality, nodeIds };
}
