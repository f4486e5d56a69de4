import type { OrgNode } from '@styr/shared/contracts/org';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../components/data-table.tsx';
import type { FlatNode } from './org-index.ts';
import { useOrgKinds } from './use-org-queries.ts';

/** Nodes in tree order, depth shown as indentation; the section heading above says what the table is. */
export function OrgTable({
  caption,
  rows,
  hrefFor,
  canOpen,
  empty,
  extraColumns = [],
}: {
  caption: string;
  rows: readonly FlatNode[];
  hrefFor: (node: OrgNode) => string;
  canOpen: (nodeId: string) => boolean;
  empty: string;
  extraColumns?: readonly Column<FlatNode>[];
}) {
  const kinds = useOrgKinds();
  const columns: Column<FlatNode>[] = [
    {
      key: 'name',
      header: 'Namn',
      cell: ({ node, depth }) => (
        <span
          className={node.kind === 'committee' ? 'org-name org-name-committee' : 'org-name'}
          style={{ paddingInlineStart: `${depth * 1.25}rem` }}
        >
          {canOpen(node.id) ? <Link to={hrefFor(node)}>{node.name}</Link> : node.name}
        </span>
      ),
    },
    { key: 'kind', header: 'Typ', cell: ({ node }) => kinds.label(node.kind) },
    { key: 'shortName', header: 'Kortnamn', cell: ({ node }) => node.shortName ?? '–' },
    { key: 'validFrom', header: 'Giltig från', nowrap: true, cell: ({ node }) => node.validFrom },
    {
      key: 'validTo',
      header: 'Giltig till',
      nowrap: true,
      cell: ({ node }) => node.validTo ?? 'Tills vidare',
    },
    ...extraColumns,
  ];
  return (
    <DataTable
      caption={caption}
      captionHidden
      columns={columns}
      rows={rows}
      rowKey={({ node }) => node.id}
      empty={empty}
    />
  );
}
