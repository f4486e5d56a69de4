import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/executor.ts';
import { municipalities, orgNodes } from '../../db/schema/index.ts';

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

/** Ids from the top of the tree down to the node itself; empty when the node does not exist in the municipality. */
export async function findNodePath(db: Executor, municipalityId: string, nodeId: string): Promise<string[]> {
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
  return result.rows.map((row) => row.id);
}
