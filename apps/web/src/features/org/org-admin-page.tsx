import type { OrgNode } from '@styr/shared/contracts/org';
import { allowedChildKinds } from '@styr/shared/domain/org';
import { useState } from 'react';
import { Link } from 'react-router';
import { StatusMessage } from '../../components/alerts.tsx';
import type { Column } from '../../components/data-table.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Loading, QueryError } from '../../components/query-state.tsx';
import { useCanRead } from '../access/index.ts';
import { useMe } from '../auth/index.ts';
import { useSelection } from '../shell/index.ts';
import { MunicipalityForm } from './municipality-form.tsx';
import { type FlatNode, flattenTree } from './org-index.ts';
import { OrgNodeCreateDialog } from './org-node-create-dialog.tsx';
import { nodeHref } from './org-paths.ts';
import { OrgTable } from './org-table.tsx';
import { useOrgKinds, useOrgTree } from './use-org-queries.ts';

type AddTarget = { parent: OrgNode | null } | null;

export function OrgAdminPage() {
  const me = useMe();
  const { year } = useSelection();
  const tree = useOrgTree();
  const [target, setTarget] = useState<AddTarget>(null);
  const [created, setCreated] = useState<OrgNode | null>(null);
  const index = tree.index;
  const canOpen = useCanRead(index);
  const kinds = useOrgKinds();

  const actions: Column<FlatNode> = {
    key: 'actions',
    header: 'Åtgärd',
    cell: ({ node }) =>
      allowedChildKinds(kinds.kinds, node.kind).length === 0 ? null : (
        <button
          type="button"
          className="button button-small button-secondary"
          onClick={() => setTarget({ parent: node })}
        >
          Lägg till<span className="visually-hidden"> under {node.name}</span>
        </button>
      ),
  };

  return (
    <>
      <PageHeader title="Organisation" kicker={`Administration · ${me.municipality.name}`}>
        <p className="page-lead">
          Hela organisationen för alla år. Lägg till nämnder och delarna under dem. Ändra namn och giltighet
          på sidan för varje del.
        </p>
      </PageHeader>
      <StatusMessage>
        {created && index ? (
          <>
            <Link to={nodeHref(index, created, year)}>{created.name}</Link> (
            {kinds.label(created.kind).toLowerCase()}) är tillagd.
          </>
        ) : null}
      </StatusMessage>
      <section aria-labelledby="tree-heading" className="section">
        <h2 id="tree-heading">Nämnder och organisation</h2>
        <div className="toolbar">
          <button type="button" className="button" onClick={() => setTarget({ parent: null })}>
            Ny nämnd
          </button>
        </div>
        {tree.isPending && <Loading />}
        {tree.isError && <QueryError error={tree.error} onRetry={() => tree.refetch()} />}
        {index && (
          <OrgTable
            caption={`Organisationen i ${me.municipality.name}, alla år`}
            rows={flattenTree(index.roots)}
            hrefFor={(node) => nodeHref(index, node, year)}
            canOpen={canOpen}
            empty="Det finns ingen organisation ännu. Börja med att lägga till en nämnd."
            extraColumns={[actions]}
          />
        )}
      </section>
      {tree.data && (
        <section aria-labelledby="municipality-heading" className="section">
          <h2 id="municipality-heading">Kommunens uppgifter</h2>
          <MunicipalityForm key={tree.data.municipality.id} municipality={tree.data.municipality} />
        </section>
      )}
      {target && (
        <OrgNodeCreateDialog
          parent={target.parent}
          onClose={() => setTarget(null)}
          onCreated={(node) => {
            setTarget(null);
            setCreated(node);
          }}
        />
      )}
    </>
  );
}
