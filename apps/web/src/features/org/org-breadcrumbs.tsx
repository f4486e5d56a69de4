import { Link } from 'react-router';
import type { OrgIndex } from './org-index.ts';
import { committeePath, nodePath } from './org-paths.ts';

export function OrgBreadcrumbs({
  index,
  path,
  year,
  canOpen,
}: {
  index: OrgIndex;
  path: readonly string[];
  year: number;
  canOpen: (nodeId: string) => boolean;
}) {
  const committeeId = path[0];
  if (!committeeId || path.length < 2) return null;
  return (
    <nav aria-label="Du är här" className="breadcrumbs">
      <ol>
        {path.map((id, position) => {
          const name = index.nodeName(id) ?? 'Okänd';
          const isLast = position === path.length - 1;
          const href = position === 0 ? committeePath(committeeId, year) : nodePath(committeeId, year, id);
          return (
            <li key={id}>
              {isLast ? (
                <span aria-current="page">{name}</span>
              ) : position === 0 || canOpen(id) ? (
                <Link to={href}>{name}</Link>
              ) : (
                name
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
