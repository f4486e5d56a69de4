import { describe, expect, it } from 'vitest';
import { effectivePermissions, hasPermission, nodesWithPermission, permissionReach } from './access.ts';

const committee = 'c';
const department = 'd';
const unit = 'u';
const path = [committee, department, unit];

describe('effectivePermissions', () => {
  it('inherits a grant on a committee down to its units', () => {
    const grants = [{ role: 'controller' as const, nodeId: committee }];
    expect(hasPermission(grants, path, 'content.edit')).toBe(true);
    expect(hasPermission(grants, [committee], 'content.compile')).toBe(true);
  });

  it('does not lift a unit grant up to the department above it', () => {
    const grants = [{ role: 'reporter' as const, nodeId: unit }];
    expect(hasPermission(grants, path, 'content.edit')).toBe(true);
    expect(hasPermission(grants, [committee, department], 'content.read')).toBe(false);
  });

  it('gives a municipality-wide grant everywhere, including the municipality level', () => {
    const grants = [{ role: 'admin' as const, nodeId: null }];
    expect(hasPermission(grants, [], 'users.manage')).toBe(true);
    expect(hasPermission(grants, path, 'org.manage')).toBe(true);
  });

  it('keeps committee members to reading', () => {
    const permissions = effectivePermissions([{ role: 'member', nodeId: committee }], path);
    expect([...permissions].sort()).toEqual(['adopted.read', 'org.read']);
  });

  it('unites the permissions of several grants', () => {
    const grants = [
      { role: 'reader' as const, nodeId: committee },
      { role: 'reporter' as const, nodeId: unit },
    ];
    expect(hasPermission(grants, [committee, department], 'content.edit')).toBe(false);
    expect(hasPermission(grants, path, 'content.edit')).toBe(true);
  });

  it('grants nothing without grants or off the path', () => {
    expect(effectivePermissions([], path).size).toBe(0);
    expect(effectivePermissions([{ role: 'controller', nodeId: 'other' }], path).size).toBe(0);
  });
});

describe('nodesWithPermission', () => {
  const nodes = new Map([
    [committee, { parentId: null }],
    [department, { parentId: committee }],
    [unit, { parentId: department }],
    ['other', { parentId: null }],
  ]);

  it('gives the granted nodes and everything below them, as effectivePermissions does on each path', () => {
    const grants = [{ role: 'reporter' as const, nodeId: department }];
    expect([...nodesWithPermission(grants, nodes, 'content.edit')].sort()).toEqual([department, unit]);
    expect(nodesWithPermission(grants, nodes, 'org.manage').size).toBe(0);
    expect(nodesWithPermission([{ role: 'admin', nodeId: null }], nodes, 'org.read').size).toBe(4);
  });
});

describe('permissionReach', () => {
  it('tells a municipality-wide grant from grants on nodes, counting only roles that give the permission', () => {
    const grants = [
      { role: 'controller' as const, nodeId: committee },
      { role: 'reader' as const, nodeId: 'other' },
    ];
    expect(permissionReach(grants, 'audit.read')).toEqual({
      wholeMunicipality: false,
      nodeIds: new Set([committee]),
    });
    expect(permissionReach([{ role: 'auditor', nodeId: null }], 'audit.read').wholeMunicipality).toBe(true);
  });

  it('keeps the auditor to reading', () => {
    const permissions = effectivePermissions([{ role: 'auditor', nodeId: null }], path);
    expect([...permissions].sort()).toEqual(['adopted.read', 'audit.read', 'content.read', 'org.read']);
  });
});
