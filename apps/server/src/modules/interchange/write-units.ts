import type { CommitteeYear } from '@styr/shared/contracts/interchange';
import { allowedChildKinds, fromTheTop, nestingRefusal, orgLimits } from '@styr/shared/domain/org';
import { formatNumber } from '@styr/shared/format/number';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/executor.ts';
import { orgNodes } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import type { YearScope } from '../authority/index.ts';
import { readOrgKinds } from '../org/index.ts';
import { unitId } from './import-ids.ts';

type Units = CommitteeYear['units'];
type Nodes = Map<string, { parentId: string | null }>;

/** The file's units, parents before children; refused when they form a cycle. Linear in the number of units. */
function parentsFirst(units: Units): number[] {
  const byKey: Nodes = new Map(units.map((unit) => [unit.key, { parentId: unit.parent ?? null }]));
  const place = fromTheTop<{ level: number; rooted: boolean }>(byKey, (key, parent) => ({
    level: (parent?.level ?? 0) + 1,
    rooted: parent ? parent.rooted : !byKey.get(key)?.parentId,
  }));
  const stuck = units.findIndex((unit) => !place.get(unit.key)?.rooted);
  if (stuck >= 0)
    throw new AppError('VALIDATION', 'Enheterna i filen bildar en slinga.', {
      details: [
        { path: `units[${stuck}].parent`, message: 'Enheten ligger under sig själv via andra enheter' },
      ],
    });
  const level = (index: number) => place.get(units[index]?.key ?? '')?.level ?? 0;
  return units.map((_, index) => index).sort((a, b) => level(a) - level(b));
}

/**
 * Refuses units that would take the organisation past its limits: more nodes than `orgLimits.nodes`, or a node
 * deeper than `orgLimits.depth` levels, whether a unit of the file or a unit already stored below one the file
 * moves. Checked on the tree as it would be, before anything is written.
 */
function assertWithinLimits(existing: Nodes, units: Units, ids: Map<string, string>, committeeId: string) {
  const idOf = (key: string) => ids.get(key) as string;
  const added = units.filter((unit) => !existing.has(idOf(unit.key))).length;
  if (existing.size + added > orgLimits.nodes)
    throw new AppError(
      'UNPROCESSABLE',
      `Enheterna i filen skulle ge kommunens organisation fler än ${formatNumber(orgLimits.nodes)} enheter; inget har sparats.`,
      {
        details: [
          {
            path: 'units',
            message: `Nya enheter i filen: ${formatNumber(added)}; kommunen har redan ${formatNumber(existing.size)}`,
          },
        ],
      },
    );
  const nodes: Nodes = new Map(existing);
  const fileIndex = new Map(units.map((unit, index) => [idOf(unit.key), index]));
  for (const unit of units)
    nodes.set(idOf(unit.key), { parentId: unit.parent ? idOf(unit.parent) : committeeId });
  const levels = fromTheTop<number>(nodes, (_, parent) => (parent ?? 0) + 1);
  // The unit of the file that places each node where it is: the node itself, or its nearest ancestor in the file.
  const placedBy = fromTheTop<number | undefined>(nodes, (id, parent) => fileIndex.get(id) ?? parent);
  let first: { index: number; level: number; below: boolean } | null = null;
  for (const [id, level] of levels) {
    const index = placedBy.get(id);
    if (level > orgLimits.depth && index !== undefined && (!first || index < first.index))
      first = { index, level, below: fileIndex.get(id) !== index };
  }
  if (!first) return;
  const name = units[first.index]?.name;
  const where = first.below
    ? `Under enheten ”${name}” skulle enheter ligga på nivå ${first.level}`
    : `Enheten ”${name}” skulle ligga på nivå ${first.level}`;
  throw new AppError(
    'UNPROCESSABLE',
    `Enheterna i filen skulle ge organisationen fler än ${orgLimits.depth} nivåer; inget har sparats.`,
    {
      details: [
        {
          path: `units[${first.index}].parent`,
          message: `${where}; organisationen får ha högst ${orgLimits.depth} nivåer`,
        },
      ],
    },
  );
}

/**
 * Creates or updates the committee's own units the file names, parents before children, and returns each unit's
 * id by key, the served units' (`served`, found elsewhere) included. A unit without a parent sits directly under
 * the committee; its own units cannot sit under a unit another committee owns.
 */
export async function writeUnits(
  tx: Tx,
  scope: YearScope,
  units: Units,
  served: ReadonlyMap<string, string>,
  now: Date,
): Promise<Map<string, string>> {
  const underServed = units.findIndex((unit) => !unit.servedFrom && unit.parent && served.has(unit.parent));
  if (underServed >= 0)
    throw new AppError('VALIDATION', 'En enhet i filen ligger under en annan nämnds enhet.', {
      details: [
        {
          path: `units[${underServed}].parent`,
          message: 'Nämndens egna enheter kan inte ligga under en enhet som en annan nämnd äger',
        },
      ],
    });
  const ids = new Map(units.map((unit) => [unit.key, served.get(unit.key) ?? unitId(scope, unit)]));
  const order = parentsFirst(units);
  const stored = await tx
    .select({ id: orgNodes.id, parentId: orgNodes.parentId })
    .from(orgNodes)
    .where(eq(orgNodes.municipalityId, scope.municipalityId));
  const existing: Nodes = new Map(stored.map((node) => [node.id, { parentId: node.parentId }]));
  assertWithinLimits(existing, units, ids, scope.committeeId);

  const settings = await readOrgKinds(tx, scope.municipalityId);
  const kinds = new Map<string, string>([[scope.committeeId, 'committee']]);
  for (const index of order) {
    const unit = units[index] as Units[number];
    if (unit.servedFrom) continue;
    const id = ids.get(unit.key) as string;
    const parentId = unit.parent ? (ids.get(unit.parent) as string) : scope.committeeId;
    const parentKind = kinds.get(parentId) as 'committee' | 'administration' | 'department' | 'unit';
    if (!allowedChildKinds(settings, parentKind).includes(unit.kind)) {
      const refusal = nestingRefusal(settings, unit.kind, parentKind);
      throw new AppError('VALIDATION', 'En enhet i filen har fel typ för sin plats.', {
        details: [{ path: `units[${index}].kind`, message: `${refusal.message} ${refusal.allowed}` }],
      });
    }
    const values = {
      kind: unit.kind,
      name: unit.name,
      shortName: unit.shortName ?? null,
      validFrom: unit.validFrom,
      validTo: unit.validTo ?? null,
      updatedAt: now,
    };
    if (existing.has(id)) {
      await tx
        .update(orgNodes)
        .set({ ...values, parentId })
        .where(and(eq(orgNodes.municipalityId, scope.municipalityId), eq(orgNodes.id, id)));
    } else {
      // A new unit takes its place in the file as its order: an export lists units by level and this order,
      // so exporting, importing into an empty database and exporting again gives the same list.
      await tx.insert(orgNodes).values({
        municipalityId: scope.municipalityId,
        id,
        parentId,
        ...values,
        sortOrder: index,
        createdAt: now,
      });
    }
    kinds.set(id, unit.kind);
  }
  return ids;
}
