import type { OrgNode } from '@styr/shared/contracts/org';
import type { TreeEntry } from '@styr/shared/domain/org';
import { Link, useParams } from 'react-router';
import { Notice } from '../../components/alerts.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Loading, MissingPage, PageLoadError } from '../../components/query-state.tsx';
import { useCanRead, usePermissions } from '../access/index.ts';
import { CommitteeNav } from '../shell/index.ts';
import { CommitteeNotInYear } from './committee-not-in-year.tsx';
import { flattenTree, type OrgIndex } from './org-index.ts';
import { committeeOrgPath, nodePath, parseYear } from './org-paths.ts';
import { OrgTable } from './org-table.tsx';
import { useOrgTree } from './use-org-queries.ts';

/** The committee's organisation for the year: a summary and every node under it. */
export function CommitteeOrgPage() {
  const params = useParams();
  const year = parseYear(params.year);
  const committeeId = params.committeeId ?? '';
  if (year === null) return <MissingPage message="Året i adressen är inte ett giltigt år." />;
  return <CommitteeOrg committeeId={committeeId} year={year} />;
}

function CommitteeOrg({ committeeId, year }: { committeeId: string; year: number }) {
  const tree = useOrgTree(year);
  const allYears = useOrgTree();

  if (tree.isPending) {
    return (
      <>
        <PageHeader title="Nämnd" />
        <Loading />
      </>
    );
  }
  if (tree.isError || !tree.index) {
    return <PageLoadError title="Nämnd" error={tree.error} onRetry={() => tree.refetch()} />;
  }
  const entry = tree.index.committeeTree(committeeId);
  if (entry?.node.kind !== 'committee') {
    const elsewhen = allYears.index?.byId.get(committeeId);
    if (elsewhen?.kind === 'committee')
      return (
        <CommitteeNotInYear
          committee={elsewhen}
          year={year}
          pathFor={(other) => committeeOrgPath(committeeId, other)}
        />
      );
    return <MissingPage message="Nämnden finns inte, eller så har du inte behörighet att se den." />;
  }
  return <CommitteeContent entry={entry} index={tree.index} year={year} />;
}

function CommitteeContent({
  entry,
  index,
  year,
}: {
  entry: TreeEntry<OrgNode>;
  index: OrgIndex;
  year: number;
}) {
  const committee = entry.node;
  const permissions = usePermissions([committee.id]);
  const canOpen = useCanRead(index);
  const rows = flattenTree(entry.children);
  const administrations = entry.children.filter((child) => child.node.kind === 'administration');
  const count = (kind: OrgNode['kind']) => rows.filter(({ node }) => node.kind === kind).length;

  return (
    <>
      <PageHeader
        title={committee.name}
        kicker={`Nämnd · ${year}`}
        documentTitle={`Organisation – ${committee.name} ${year}`}
      />
      <CommitteeNav committeeId={committee.id} year={year} />
      {!permissions.has('org.read') && (
        <Notice>Du ser de delar av nämndens organisation som du har behörighet till.</Notice>
      )}
      <section aria-labelledby="summary-heading" className="section">
        <h2 id="summary-heading">Sammanfattning {year}</h2>
        <dl className="summary">
          <div>
            <dt>Förvaltning</dt>
            <dd>
              {administrations.length === 0
                ? 'Ingen förvaltning registrerad'
                : administrations.map((item, position) => (
                    <span key={item.node.id}>
                      {position > 0 && ', '}
                      {canOpen(item.node.id) ? (
                        <Link to={nodePath(committee.id, year, item.node.id)}>{item.node.name}</Link>
                      ) : (
                        item.node.name
                      )}
                    </span>
                  ))}
            </dd>
          </div>
          <div>
            <dt>Avdelningar</dt>
            <dd className="numeric-value">{count('department')}</dd>
          </div>
          <div>
            <dt>Enheter</dt>
            <dd className="numeric-value">{count('unit')}</dd>
          </div>
          <div>
            <dt>Giltighet</dt>
            <dd>
              Bildad {committee.validFrom}
              {committee.validTo &&
                `, ${committee.validTo < new Date().toISOString().slice(0, 10) ? 'upphörde' : 'upphör'} ${committee.validTo}`}
            </dd>
          </div>
          {committee.shortName && (
            <div>
              <dt>Kortnamn</dt>
              <dd>{committee.shortName}</dd>
            </div>
          )}
        </dl>
        {(permissions.has('org.manage') || permissions.has('audit.read')) && (
          <p>
            <Link to={nodePath(committee.id, year, committee.id)}>
              {permissions.has('org.manage')
                ? 'Ändra nämndens uppgifter och se historik'
                : 'Se nämndens historik'}
            </Link>
          </p>
        )}
      </section>
      <section aria-labelledby="org-heading" className="section">
        <h2 id="org-heading">Organisation {year}</h2>
        <OrgTable
          caption={`Organisationen under ${committee.name} ${year}`}
          rows={rows}
          hrefFor={(node) => nodePath(committee.id, year, node.id)}
          canOpen={canOpen}
          empty={`Ingen organisation är registrerad under nämnden för ${year}.`}
        />
      </section>
    </>
  );
}
