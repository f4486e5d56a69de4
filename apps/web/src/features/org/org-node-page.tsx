import type { OrgNode } from '@styr/shared/contracts/org';
import { isValidInYear } from '@styr/shared/domain/org';
import { Navigate, useParams } from 'react-router';
import { Notice } from '../../components/alerts.tsx';
import { HistorySection } from '../../components/history-list.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { MissingPage, PageLoadError, PageLoading } from '../../components/query-state.tsx';
import { useCanRead, useMunicipalityPermissions, usePermissions } from '../access/index.ts';
import { OrgBreadcrumbs } from './org-breadcrumbs.tsx';
import type { OrgIndex } from './org-index.ts';
import { OrgNodeDetails } from './org-node-details.tsx';
import { OrgNodeEditForm } from './org-node-edit-form.tsx';
import { nodePath, parseYear } from './org-paths.ts';
import { OrgTable } from './org-table.tsx';
import { ServedCommitteesForm } from './served-committees-form.tsx';
import { useOrgNode, useOrgNodeHistory, useOrgTree } from './use-org-queries.ts';

export function OrgNodePage() {
  const params = useParams();
  const year = parseYear(params.year);
  const nodeId = params.nodeId ?? '';
  const node = useOrgNode(nodeId);
  const tree = useOrgTree();

  if (year === null) return <MissingPage message="Året i adressen är inte ett giltigt år." />;
  if (node.isError)
    return <PageLoadError title="Organisation" error={node.error} onRetry={() => node.refetch()} />;
  if (tree.isError)
    return <PageLoadError title="Organisation" error={tree.error} onRetry={() => tree.refetch()} />;
  if (!node.data || !tree.index) {
    return <PageLoading title="Organisation" />;
  }
  const committeeId = tree.index.pathOf(node.data.id)[0];
  // Keeps one address per node, so that a link with the wrong committee still lands on a shareable URL.
  if (committeeId && committeeId !== params.committeeId) {
    return <Navigate to={nodePath(committeeId, year, node.data.id)} replace />;
  }
  return <NodeContent node={node.data} index={tree.index} year={year} />;
}

function NodeContent({ node, index, year }: { node: OrgNode; index: OrgIndex; year: number }) {
  const path = index.pathOf(node.id);
  const permissions = usePermissions(path.length > 0 ? path : [node.id]);
  const canOpen = useCanRead(index);
  const canEdit = permissions.has('org.manage');
  const managesMunicipality = useMunicipalityPermissions().has('org.manage');
  const canReadHistory = permissions.has('audit.read');
  const history = useOrgNodeHistory(node.id, canReadHistory);
  const committeeId = path[0] ?? node.id;
  const kind = index.kindLabel(node.kind);
  const children = index.childrenOf(node.id).filter((child) => isValidInYear(child, year));
  const rows = children.map((child) => ({ node: child, depth: 0 }));

  return (
    <>
      <OrgBreadcrumbs index={index} path={path} year={year} canOpen={canOpen} />
      <PageHeader title={node.name} kicker={`${kind} · ${year}`} />
      {!isValidInYear(node, year) && (
        <Notice>
          {node.name} ({kind.toLowerCase()}) fanns inte under {year}. Giltig {node.validFrom} –{' '}
          {node.validTo ?? 'tills vidare'}.
        </Notice>
      )}
      <section aria-labelledby="details-heading" className="section">
        <h2 id="details-heading">Uppgifter</h2>
        <OrgNodeDetails node={node} index={index} year={year} canOpen={canOpen} />
      </section>
      <section aria-labelledby="children-heading" className="section">
        <h2 id="children-heading">Underliggande organisation {year}</h2>
        <OrgTable
          caption={`Direkt under ${node.name} ${year}`}
          rows={rows}
          hrefFor={(child) => nodePath(committeeId, year, child.id)}
          canOpen={canOpen}
          empty={`Det finns ingen organisation direkt under ${node.name} för ${year}.`}
        />
      </section>
      {canEdit && (
        <section aria-labelledby="edit-heading" className="section">
          <h2 id="edit-heading">Ändra uppgifter</h2>
          <OrgNodeEditForm key={node.id} node={node} />
        </section>
      )}
      {managesMunicipality && node.kind !== 'committee' && (
        <section aria-labelledby="served-heading" className="section">
          <h2 id="served-heading">Nämnder som enheten betjänar</h2>
          <ServedCommitteesForm key={node.id} node={node} index={index} />
        </section>
      )}
      {canReadHistory && <HistorySection history={history} names={index} />}
    </>
  );
}
