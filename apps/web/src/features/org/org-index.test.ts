import type { OrgNode } from '@styr/shared/contracts/org';
import { defaultOrgKinds } from '@styr/shared/domain/org';
import { describe, expect, it } from 'vitest';
import { flattenTree, indexOrg } from './org-index.ts';

const node = (id: string, parentId: string | null, sortOrder = 0): OrgNode => ({
  id,
  municipalityId: 'm',
  parentId,
  kind: parentId ? 'unit' : 'committee',
  name: id,
  shortName: null,
  validFrom: '2020-01-01',
  validTo: null,
  sortOrder,
  version: 1,
});

describe('the web organisation index', () => {
  it('lists a tree depth first in tree order', () => {
    const index = indexOrg(
      [node('a', null), node('a2', 'a', 2), node('a1', 'a', 1), node('a1x', 'a1')],
      defaultOrgKinds,
    );
    expect(flattenTree(index.roots).map((entry) => `${entry.depth}:${entry.node.id}`)).toEqual([
      '0:a',
      '1:a1',
      '2:a1x',
      '1:a2',
    ]);
    expect(index.pathOf('a1x')).toEqual(['a', 'a1', 'a1x']);
    expect(index.childrenOf('a').map((child) => child.id)).toEqual(['a1', 'a2']);
  });

  it('indexes, lists and searches a chain of 50 000 nodes without recursion', () => {
    const nodes = Array.from({ length: 50_000 }, (_, index) =>
      node(`n${index}`, index ? `n${index - 1}` : null),
    );
    const index = indexOrg(nodes, defaultOrgKinds);
    const flat = flattenTree(index.roots);
    expect(flat).toHaveLength(50_000);
    expect(flat.at(-1)).toMatchObject({ depth: 49_999, node: { id: 'n49999' } });
    expect(index.childrenOf('n49999')).toEqual([]);
    expect(index.pathOf('n49999')).toHaveLength(50_000);
  });

  it("shows a unit that serves another committee in that committee's tree, after its own units", () => {
    const index = indexOrg(
      [node('a', null), node('admin', 'a'), node('b', null, 1), node('b-own', 'b')],
      defaultOrgKinds,
      [{ nodeId: 'admin', committeeId: 'b' }],
    );
    const tree = index.committeeTree('b');
    expect(tree && flattenTree(tree.children).map((entry) => entry.node.id)).toEqual(['b-own', 'admin']);
    expect(index.servedCommittees('admin')).toEqual(['b']);
    expect(flattenTree(index.roots).map((entry) => entry.node.id)).toEqual(['a', 'admin', 'b', 'b-own']);
  });
});
