import { pathInCommittee, type ServedCommittees } from '@styr/shared/domain/org';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/executor.ts';
import { municipalities, orgNodeCommittees, orgNodes } from '../../db/schema/index.ts';

export async function findMunicipality(db: Executor, municipalityId: string, forUpdate = false) {
  const query = db.select().from(municipalities).where(eq(municipalities.id, municipalityId));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function findOrgNode(db: Executor, municipalityId: string, nodeId: string, forUpdate = false) {
  const query = db
    .select()
    .from(orgNodes)
    .where(and(eq(orgNodes.municipalityId, municipalityId), eq(orgNodes.id, nodeId)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export function listOrgNodes(db: Executor, municipalityId: string) {
  return db.select().from(orgNodes).where(eq(orgNodes.municipalityId, municipalityId));
}

/**
 * Ids from the top of the tree down to the node itself; empty when the node does not exist in the municipality.
 * Seen from a committee (`inCommittee`), a unit that serves it hangs under it (see `pathInCommittee`).
 */
export async function findNodePath(
  db: Executor,
  municipalityId: string,
  nodeId: string,
  inCommittee?: string,
): Promise<string[]> {
  // Both drivers answer raw SQL with { rows }; the shared database type cannot know which driver it is.
  const result = (await db.execute(sql`
    with recursive path(id, parent_id, depth) as (
      select id, parent_id, 0 from org_nodes where municipality_id = ${municipalityId} and id = ${nodeId}
      union all
      select n.id, n.parent_id, p.depth + 1
      from org_nodes n join path p on n.id = p.parent_id
      where n.municipality_id = ${municipalityId} and p.depth < 32
    )
    select id, depth from path order by depth desc`)) as unknown as { rows: { id: string }[] };
  const path = result.rows.map((row) => row.id);
  if (inCommittee === undefined || path.length === 0 || path[0] === inCommittee) return path;
  return pathInCommittee(path, await findServedCommittees(db, municipalityId, path), inCommittee);
}

/** The committees the given units (all, when none are given) serve besides their own. */
export async function findServedCommittees(
  db: Executor,
  municipalityId: string,
  nodeIds?: readonly string[],
): Promise<ServedCommittees> {
  const rows = await db
    .select({ nodeId: orgNodeCommittees.nodeId, committeeId: orgNodeCommittees.committeeId })
    .from(orgNodeCommittees)
    .where(
      and(
        eq(orgNodeCommittees.municipalityId, municipalityId),
        nodeIds ? inArray(orgNodeCommittees.nodeId, [...nodeIds]) : undefined,
      ),
    )
    .orderBy(asc(orgNodeCommittees.nodeId), asc(orgNodeCommittees.committeeId));
  const served = new Map<string, string[]>();
  for (const row of rows) served.set(row.nodeId, [...(served.get(row.nodeId) ?? []), row.committeeId]);
  return served;
}
