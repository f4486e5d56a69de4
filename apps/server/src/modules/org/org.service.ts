import type { Grant } from '@styr/shared/contracts/auth';
import type {
  CreateOrgNode,
  Municipality,
  OrgNode,
  OrgTree,
  UpdateMunicipality,
  UpdateOrgNode,
} from '@styr/shared/contracts/org';
import { nodesWithPermission } from '@styr/shared/domain/access';
import {
  allowedChildKinds,
  isValidInYear,
  nestingRefusal,
  orgLimits,
  withAncestors,
} from '@styr/shared/domain/org';
import { formatNumber } from '@styr/shared/format/number';
import { and, count, eq } from 'drizzle-orm';
import type { Executor } from '../../db/executor.ts';
import { municipalities, orgNodes } from '../../db/schema/index.ts';
import type { Actor, Deps } from '../../deps.ts';
import { AppError, notFound } from '../../errors.ts';
import { assertVersion, definedFields } from '../../versioning.ts';
import { recordAudit, recordUpdate } from '../audit/index.ts';
import { presentMunicipality, presentOrgNode } from './org.presenter.ts';
import {
  findMunicipality,
  findNodePath,
  findOrgNode,
  findServedCommittees,
  listOrgNodes,
} from './org.queries.ts';
import { readOrgKinds } from './org-kinds.ts';
import { replaceServedCommittees } from './served-committees.ts';

export async function getMunicipality(deps: Deps, municipalityId: string): Promise<Municipality> {
  const row = await findMunicipality(deps.db, municipalityId);
  if (!row) throw notFound('Kommunen');
  return presentMunicipality(row);
}

export async function updateMunicipality(
  deps: Deps,
  actor: Actor,
  patch: UpdateMunicipality,
): Promise<Municipality> {
  return deps.db.transaction(async (tx) => {
    const stored = await findMunicipality(tx, actor.municipalityId, true);
    if (!stored) throw notFound('Kommunen');
    assertVersion(stored, patch.version, presentMunicipality);
    const { version: _version, ...fields } = patch;
    const now = deps.clock.now();
    const [row] = await tx
      .update(municipalities)
      .set({ ...definedFields(fields), version: stored.version + 1, updatedAt: now })
      .where(eq(municipalities.id, actor.municipalityId))
      .returning();
    if (!row) throw notFound('Kommunen');
    const after = presentMunicipality(row);
    const before = presentMunicipality(stored);
    await recordUpdate(tx, { actor, at: now, entityType: 'municipality', entityId: row.id, before, after });
    return after;
  });
}

/**
 * The nodes a person may read, with their ancestors so the tree stays connected; optionally those valid in a
 * year. In time linear in the number of nodes, however deep the tree.
 */
export async function getOrgTree(
  deps: Deps,
  session: { municipalityId: string; grants: Grant[] },
  year: number | undefined,
): Promise<OrgTree> {
  const municipality = await getMunicipality(deps, session.municipalityId);
  const rows = await listOrgNodes(deps.db, session.municipalityId);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const visible = withAncestors(byId, nodesWithPermission(session.grants, byId, 'org.read'));
  const nodes = rows
    .filter((row) => visible.has(row.id) && (year === undefined || isValidInYear(row, year)))
    .map(presentOrgNode);
  const served = await findServedCommittees(deps.db, session.municipalityId);
  return {
    municipality,
    kinds: await readOrgKinds(deps.db, session.municipalityId),
    nodes,
    served: [...served].flatMap(([nodeId, committees]) =>
      visible.has(nodeId) ? committees.map((committeeId) => ({ nodeId, committeeId })) : [],
    ),
  };
}

export async function getOrgNode(deps: Deps, municipalityId: string, nodeId: string): Promise<OrgNode> {
  const row = await findOrgNode(deps.db, municipalityId, nodeId);
  if (!row) throw notFound('Organisationsenheten');
  return presentOrgNode(row);
}

/**
 * Refuses a new node beyond the organisation's limits: deeper than `orgLimits.depth` levels under the
 * municipality, or past `orgLimits.nodes` nodes in it.
 */
async function assertOrgRoom(
  tx: Executor,
  municipalityId: string,
  parent: { id: string; name: string } | null,
) {
  const level = parent ? (await findNodePath(tx, municipalityId, parent.id)).length + 1 : 1;
  if (parent && level > orgLimits.depth)
    throw new AppError(
      'UNPROCESSABLE',
      `Organisationen får ha högst ${orgLimits.depth} nivåer; en enhet under ”${parent.name}” skulle hamna på nivå ${level}.`,
      { details: [{ path: 'body.parentId', message: `Högst ${orgLimits.depth} nivåer` }] },
    );
  const [nodes] = await tx
    .select({ value: count() })
    .from(orgNodes)
    .where(eq(orgNodes.municipalityId, municipalityId));
  if ((nodes?.value ?? 0) >= orgLimits.nodes)
    throw new AppError(
      'UNPROCESSABLE',
      `Kommunens organisation har redan ${formatNumber(orgLimits.nodes)} enheter, det högsta antal den får ha.`,
      { details: [{ path: 'body', message: `Högst ${formatNumber(orgLimits.nodes)} enheter` }] },
    );
}

/** `id` is for loaders that must match ids the open format derives (see db/stable-ids.ts). */
export async function createOrgNode(
  deps: Deps,
  actor: Actor,
  input: CreateOrgNode,
  id: string = crypto.randomUUID(),
): Promise<OrgNode> {
  return deps.db.transaction(async (tx) => {
    const parent = input.parentId ? await findOrgNode(tx, actor.municipalityId, input.parentId) : null;
    if (input.parentId && !parent) throw notFound('Den överordnade organisationsenheten');
    await assertOrgRoom(tx, actor.municipalityId, parent ?? null);
    const kinds = await readOrgKinds(tx, actor.municipalityId);
    if (!allowedChildKinds(kinds, parent ? parent.kind : null).includes(input.kind)) {
      const refusal = nestingRefusal(kinds, input.kind, parent ? parent.kind : null);
      throw new AppError('VALIDATION', refusal.message, {
        details: [{ path: 'body.kind', message: refusal.allowed }],
      });
    }
    const now = deps.clock.now();
    const [row] = await tx
      .insert(orgNodes)
      .values({
        municipalityId: actor.municipalityId,
        id,
        parentId: input.parentId,
        kind: input.kind,
        name: input.name,
        shortName: input.shortName ?? null,
        validFrom: input.validFrom,
        validTo: input.validTo ?? null,
        sortOrder: input.sortOrder ?? 0,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new AppError('INTERNAL', 'Organisationsenheten kunde inte sparas.');
    const after = presentOrgNode(row);
    await recordAudit(tx, {
      actor,
      at: now,
      action: 'create',
      entityType: 'org_node',
      entityId: row.id,
      before: null,
      after,
    });
    return after;
  });
}

export async function updateOrgNode(
  deps: Deps,
  actor: Actor,
  nodeId: string,
  patch: UpdateOrgNode,
): Promise<OrgNode> {
  return deps.db.transaction(async (tx) => {
    const stored = await findOrgNode(tx, actor.municipalityId, nodeId, true);
    if (!stored) throw notFound('Organisationsenheten');
    assertVersion(stored, patch.version, presentOrgNode);
    const { version: _version, servedCommittees, ...fields } = patch;
    const merged = { ...stored, ...definedFields(fields) };
    if (merged.validTo !== null && merged.validTo < merged.validFrom) {
      throw new AppError('VALIDATION', 'Slutdatum får inte vara före startdatum.', {
        details: [{ path: 'body.validTo', message: 'Slutdatum får inte vara före startdatum' }],
      });
    }
    const now = deps.clock.now();
    const [row] = await tx
      .update(orgNodes)
      .set({ ...definedFields(fields), version: stored.version + 1, updatedAt: now })
      .where(and(eq(orgNodes.municipalityId, actor.municipalityId), eq(orgNodes.id, nodeId)))
      .returning();
    if (!row) throw notFound('Organisationsenheten');
    const served = servedCommittees && (await replaceServedCommittees(tx, actor, stored, servedCommittees));
    const after = presentOrgNode(row);
    const before = presentOrgNode(stored);
    await recordUpdate(tx, {
      actor,
      at: now,
      entityType: 'org_node',
      entityId: row.id,
      before: served ? { ...before, servedCommittees: served.before } : before,
      after: served ? { ...after, servedCommittees: served.after } : after,
    });
    return after;
  });
}
