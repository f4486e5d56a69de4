import type { OrgNode } from '@styr/shared/contracts/org';
import { Link } from 'react-router';
import type { OrgIndex } from './org-index.ts';
import { nodeHref } from './org-paths.ts';

export function OrgNodeDetails({
  node,
  index,
  year,
  canOpen,
}: {
  node: OrgNode;
  index: OrgIndex;
  year: number;
  canOpen: (nodeId: string) => boolean;
}) {
  const parent = node.parentId ? index.byId.get(node.parentId) : undefined;
  const servedNames = index.servedCommittees(node.id).map((id) => index.nodeName(id) ?? 'Okänd nämnd');
  return (
    <dl className="summary">
      <div>
        <dt>Typ</dt>
        <dd>{index.kindLabel(node.kind)}</dd>
      </div>
      <div>
        <dt>Kortnamn</dt>
        <dd>{node.shortName ?? '–'}</dd>
      </div>
      <div>
        <dt>Giltig från</dt>
        <dd>{node.validFrom}</dd>
      </div>
      <div>
        <dt>Giltig till</dt>
        <dd>{node.validTo ?? 'Tills vidare'}</dd>
      </div>
      {servedNames.length > 0 && (
        <div>
          <dt>Betjänar även</dt>
          <dd>{servedNames.join(', ')}</dd>
        </div>
      )}
      <div>
        <dt>Hör till</dt>
        <dd>
          {!parent ? (
            'Kommunen'
          ) : parent.kind === 'committee' || canOpen(parent.id) ? (
            <Link to={nodeHref(index, parent, year)}>{parent.name}</Link>
          ) : (
            parent.name
          )}
        </dd>
      </div>
    </dl>
  );
}
