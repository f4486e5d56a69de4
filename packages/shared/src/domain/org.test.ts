import { describe, expect, it } from 'vitest';
import type { OrgKindSetting } from '../contracts/org.ts';
import {
  allowedChildKinds,
  buildTree,
  defaultOrgKinds,
  fromTheTop,
  isValidInYear,
  nestingRefusal,
  orderedOrgKinds,
  orgKindLabel,
  pathInCommittee,
  pathTo,
  withAncestors,
} from './org.ts';

const ownKinds: OrgKindSetting[] = [
  { kind: 'unit', label: 'Verksamhet', children: [] },
  { kind: 'committee', label: 'Nämnd', children: ['administration'] },
  { kind: 'department', label: 'Område', children: ['unit'] },
  { kind: 'administration', label: 'Sektor', children: ['department'] },
];

describe('allowedChildKinds', () => {
  it('puts only committees directly under the municipality', () => {
    expect(allowedChildKinds(ownKinds, null)).toEqual(['committee']);
    expect(allowedChildKinds(defaultOrgKinds, null)).toEqual(['committee']);
  });
  it("follows the municipality's own nesting", () => {
    expect(allowedChildKinds(ownKinds, 'committee')).toEqual(['administration']);
    expect(allowedChildKinds(ownKinds, 'unit')).toEqual([]);
    expect(allowedChildKinds(defaultOrgKinds, 'unit')).toEqual(['unit']);
  });
});

describe('org kind names', () => {
  it("uses the municipality's names in its refusals, without articles", () => {
    expect(orgKindLabel(ownKinds, 'administration')).toBe('Sektor');
    expect(nestingRefusal(ownKinds, 'unit', 'committee')).toEqual({
      message: 'Typen Verksamhet kan inte ligga under typen Nämnd.',
      allowed: 'Tillåtna typer: Sektor',
    });
    expect(nestingRefusal(ownKinds, 'unit', 'unit').allowed).toBe('Inga typer får ligga här');
  });
  it('orders the kinds from committee to unit', () => {
    expect(orderedOrgKinds(ownKinds).map((entry) => entry.label)).toEqual([
      'Nämnd',
      'Sektor',
      'Område',
      'Verksamhet',
    ]);
  });
});

describe('isValidInYear', () => {
  it('counts a node formed during the year', () => {
    expect(isValidInYear({ validFrom: '2021-01-01', validTo: null }, 2021)).toBe(true);
    expect(isValidInYear({ validFrom: '2021-07-01', validTo: null }, 2021)).toBe(true);
  });
  it('excludes years before it was formed and after it ended', () => {
    expect(isValidInYear({ validFrom: '2021-01-01', validTo: null }, 2020)).toBe(false);
    expect(isValidInYear({ validFrom: '2010-01-01', validTo: '2020-12-31' }, 2021)).toBe(false);
    expect(isValidInYear({ validFrom: '2010-01-01', validTo: '2020-12-31' }, 2020)).toBe(true);
  });
});

describe('buildTree', () => {
  const node = (id: string, parentId: string | null, name: string, sortOrder = 0) => ({
    id,
    parentId,
    name,
    sortOrder,
  });

  it('nests children under parents and orders siblings by sort order, then Swedish name order', () => {
    const tree = buildTree([
      node('a', null, 'Nämnd'),
      node('c', 'a', 'Östra', 0),
      node('b', 'a', 'Ängen', 0),
      node('d', 'a', 'Först', -1),
    ]);
    expect(tree).toHaveLength(1);
    expect(tree[0]?.children.map((child) => child.node.name)).toEqual(['Först', 'Ängen', 'Östra']);
  });

  it('treats nodes whose parent is missing as roots', () => {
    expect(buildTree([node('x', 'gone', 'Enhet')]).map((entry) => entry.node.id)).toEqual(['x']);
  });
});

describe('pathTo', () => {
  it('lists ids from the top down and stops at cycles', () => {
    const nodes = new Map([
      ['a', { parentId: null }],
      ['b', { parentId: 'a' }],
      ['c', { parentId: 'b' }],
    ]);
    expect(pathTo(nodes, 'c')).toEqual(['a', 'b', 'c']);
    const cyclic = new Map([
      ['x', { parentId: 'y' }],
      ['y', { parentId: 'x' }],
    ]);
    expect(pathTo(cyclic, 'x')).toEqual(['y', 'x']);
  });
});

describe('trees of any depth', () => {
  const chain = (length: number) =>
    Array.from({ length }, (_, index) => ({
      id: `n${index}`,
      parentId: index === 0 ? null : `n${index - 1}`,
      name: `Enhet ${index}`,
      sortOrder: 0,
    }));

  it('builds, walks and measures a chain of 100 000 nodes without recursion', () => {
    const nodes = chain(100_000);
    const byId = new Map(nodes.map((node) => [node.id, node]));
    let deepest = buildTree(nodes)[0];
    let depth = 1;
    while (deepest?.children[0]) {
      deepest = deepest.children[0];
      depth++;
    }
    expect(depth).toBe(100_000);
    const levels = fromTheTop<number>(byId, (_, parent) => (parent ?? 0) + 1);
    expect(levels.get('n99999')).toBe(100_000);
    expect(pathTo(byId, 'n99999')).toHaveLength(100_000);
    expect(withAncestors(byId, ['n99999', 'n5']).size).toBe(100_000);
  });

  it('computes each node from its parent, breaking a cycle where it closes', () => {
    const nodes = new Map([
      ['a', { parentId: null }],
      ['b', { parentId: 'a' }],
      ['c', { parentId: 'b' }],
      ['x', { parentId: 'y' }],
      ['y', { parentId: 'x' }],
      ['z', { parentId: 'gone' }],
    ]);
    const levels = fromTheTop<number>(nodes, (_, parent) => (parent ?? 0) + 1);
    expect(Object.fromEntries(levels)).toEqual({ a: 1, b: 2, c: 3, x: 2, y: 1, z: 1 });
    expect([...withAncestors(nodes, ['c'])].sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('pathInCommittee', () => {
  const served = new Map([['admin', ['b']]]);
  it('keeps the path of a unit under the committee', () => {
    expect(pathInCommittee(['a', 'admin', 'unit'], served, 'a')).toEqual(['a', 'admin', 'unit']);
  });
  it('places a served unit and everything beneath it under the committee it serves', () => {
    expect(pathInCommittee(['a', 'admin', 'unit'], served, 'b')).toEqual(['b', 'admin', 'unit']);
    expect(pathInCommittee(['a', 'admin'], served, 'b')).toEqual(['b', 'admin']);
  });
  it('leaves a unit that does not serve the committee outside it', () => {
    expect(pathInCommittee(['a', 'other'], served, 'b')).toEqual(['a', 'other']);
  });
});
