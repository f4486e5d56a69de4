import type { CommitteeYear } from '@styr/shared/contracts/interchange';
import type { Problem } from '@styr/shared/domain/problem';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/executor.ts';
import { orgNodeCommittees, orgNodes } from '../../db/schema/index.ts';
import { stableId } from '../../db/stable-ids.ts';
import type { Actor } from '../../deps.ts';
import type { YearScope } from '../authority/index.ts';
import { findNodePath, findOrgNode } from '../org/index.ts';
import { maySetMunicipalSettings } from './import-settings.ts';

type Unit = CommitteeYear['units'][number];

export interface ServedUnits {
  /** The id of every unit the file names as another committee's, by its key in the file. */
  ids: Map<string, string>;
  /** Units at the top of a served branch not yet linked to this committee. */
  links: string[];
  problems: Problem[];
}

/**
 * The units a file names as another committee's (`servedFrom`): they are not written, only found. Each must lie in
 * that committee's organisation under the same parent the file gives; the top of each branch serves this committee,
 * or will once the import links it, which changes the organisation and so needs the right to manage it.
 */
export async function resolveServedUnits(
  tx: Tx,
  scope: YearScope,
  units: readonly Unit[],
  actor: Actor,
): Promise<ServedUnits> {
  const result: ServedUnits = { ids: new Map(), links: [], problems: [] };
  const committees = new Map<string, string | null>();
  const committeeNamed = async (name: string) => {
    if (!committees.has(name)) {
      const [row] = await tx
        .select({ id: orgNodes.id })
        .from(orgNodes)
        .where(
          and(
            eq(orgNodes.municipalityId, scope.municipalityId),
            eq(orgNodes.kind, 'committee'),
            eq(orgNodes.name, name),
          ),
        );
      committees.set(name, row?.id ?? null);
    }
    return committees.get(name) ?? null;
  };
  for (const [index, unit] of units.entries()) {
    if (!unit.servedFrom) continue;
    const path = `units[${index}]`;
    const owner = await committeeNamed(unit.servedFrom);
    if (owner === null || owner === scope.committeeId) {
      result.problems.push({
        path: `${path}.servedFrom`,
        message:
          owner === null
            ? `Nämnden ”${unit.servedFrom}” finns inte i kommunen`
            : 'En enhet kan inte betjäna den nämnd den själv hör till',
      });
      continue;
    }
    const id = unit.id ?? stableId(scope.municipalityId, owner, 'unit', unit.key);
    result.ids.set(unit.key, id);
    const nodePath = await findNodePath(tx, scope.municipalityId, id);
    if (nodePath[0] !== owner) {
      result.problems.push({
        path,
        message: `Enheten finns inte i organisationen under ”${unit.servedFrom}”`,
      });
      continue;
    }
    if (unit.parent) {
      const parent = units.find((entry) => entry.key === unit.parent);
      const stored = await findOrgNode(tx, scope.municipalityId, id);
      const parentId = parent?.servedFrom ? result.ids.get(parent.key) : undefined;
      if (!parentId || stored?.parentId !== parentId)
        result.problems.push({
          path: `${path}.parent`,
          message: `Enheten ligger inte under ”${parent?.name ?? unit.parent}” i ”${unit.servedFrom}”s organisation`,
        });
      continue;
    }
    const linked = await tx
      .select({ nodeId: orgNodeCommittees.nodeId })
      .from(orgNodeCommittees)
      .where(
        and(
          eq(orgNodeCommittees.municipalityId, scope.municipalityId),
          eq(orgNodeCommittees.nodeId, id),
          eq(orgNodeCommittees.committeeId, scope.committeeId),
        ),
      );
    if (linked.length > 0) continue;
    if (!maySetMunicipalSettings(actor, false))
      result.problems.push({
        path: `${path}.servedFrom`,
        message:
          'Enheten betjänar inte nämnden; bara den som administrerar hela kommunen kan låta en enhet betjäna fler nämnder',
      });
    else result.links.push(id);
  }
  return result;
}

/** Lets each unit also serve the committee; the caller has checked the units and the right to do so. */
export async function linkServedUnits(tx: Tx, scope: YearScope, nodeIds: readonly string[]): Promise<void> {
  if (nodeIds.length === 0) return;
  await tx
    .insert(orgNodeCommittees)
    .values(
      nodeIds.map((nodeId) => ({
        municipalityId: scope.municipalityId,
        nodeId,
        committeeId: scope.committeeId,
      })),
    )
    .onConflictDoNothing();
}
