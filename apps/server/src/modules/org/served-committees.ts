import { hasPermission } from '@styr/shared/domain/access';
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/executor.ts';
import { orgNodeCommittees, orgNodes } from '../../db/schema/index.ts';
import type { Actor } from '../../deps.ts';
import { AppError, forbidden } from '../../errors.ts';
import { findNodePath, findServedCommittees } from './org.queries.ts';

/**
 * Lets a unit serve these committees besides its own, replacing the ones it served. It changes what other
 * committees see and who may act on the unit there, so only the system or whoever manages the whole
 * municipality may do it. Returns the committees served before, or null when nothing changed.
 */
export async function replaceServedCommittees(
  tx: Tx,
  actor: Actor,
  node: { id: string; kind: string },
  committeeIds: readonly string[],
): Promise<{ before: string[]; after: string[] } | null> {
  const before = [...((await findServedCommittees(tx, actor.municipalityId, [node.id])).get(node.id) ?? [])];
  const after = [...new Set(committeeIds)].sort();
  if (JSON.stringify(before) === JSON.stringify(after)) return null;
  if (actor.userId !== null && !hasPermission(actor.grants, [], 'org.manage')) throw forbidden();
  const refuse = (message: string) =>
    new AppError('VALIDATION', message, { details: [{ path: 'body.servedCommittees', message }] });
  if (node.kind === 'committee') throw refuse('En nämnd kan inte betjäna andra nämnder.');
  const own = (await findNodePath(tx, actor.municipalityId, node.id))[0];
  if (own !== undefined && after.includes(own)) throw refuse('Enheten hör redan till den nämnden.');
  if (after.length > 0) {
    const committees = await tx
      .select({ id: orgNodes.id })
      .from(orgNodes)
      .where(
        and(
          eq(orgNodes.municipalityId, actor.municipalityId),
          eq(orgNodes.kind, 'committee'),
          inArray(orgNodes.id, after),
        ),
      );
    if (committees.length !== after.length) throw refuse('Välj bland kommunens nämnder.');
  }
  await tx
    .delete(orgNodeCommittees)
    .where(
      and(eq(orgNodeCommittees.municipalityId, actor.municipalityId), eq(orgNodeCommittees.nodeId, node.id)),
    );
  if (after.length > 0)
    await tx
      .insert(orgNodeCommittees)
      .values(
        after.map((committeeId) => ({ municipalityId: actor.municipalityId, nodeId: node.id, committeeId })),
      );
  return { before, after };
}
