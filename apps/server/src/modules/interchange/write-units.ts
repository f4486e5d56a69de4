import type { CommitteeYear } from '@styr/shared/contracts/interchange';
import { allowedChildKinds, orgNodeKindLabels } from '@styr/shared/domain/org';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/executor.ts';
import { orgNodes } from '../../db/schema/index.ts';
import { stableId } from '../../db/stable-ids.ts';
import { AppError } from '../../errors.ts';

/**
 * Creates or updates the units the file names, parents before children, and
 * returns each unit's id by key. A unit without a parent sits directly under the committee.
 */
export async function writeUnits(
  tx: Tx,
  scope: { municipalityId: string; committeeId: string },
  units: CommitteeYear['units'],
  now: Date,
): Promise<Map<string, string>> {
  const ids = new Map(
    units.map((unit) => [
      unit.key,
      unit.id ?? stableId(scope.municipalityId, scope.committeeId, 'unit', unit.key),
    ]),
  );
  const kinds = new Map<string, string>([[scope.committeeId, 'committee']]);
  const pending = units.map((unit, index) => ({ unit, index }));
  while (pending.length > 0) {
    const ready = pending.findIndex(({ unit }) => !unit.parent || kinds.has(ids.get(unit.parent) ?? ''));
    if (ready < 0) {
      const stuck = pending[0];
      throw new AppError('VALIDATION', 'Enheterna i filen bildar en slinga.', {
        details: [
          {
            path: `units[${stuck?.index}].parent`,
            message: 'Enheten ligger under sig själv via andra enheter',
          },
        ],
      });
    }
    const [{ unit, index }] = pending.splice(ready, 1) as [(typeof pending)[number]];
    const id = ids.get(unit.key) as string;
    const parentId = unit.parent ? (ids.get(unit.parent) as string) : scope.committeeId;
    const parentKind = kinds.get(parentId) as 'committee' | 'administration' | 'department' | 'unit';
    if (!allowedChildKinds(parentKind).includes(unit.kind)) {
      throw new AppError('VALIDATION', 'En enhet i filen har fel typ för sin plats.', {
        details: [
          {
            path: `units[${index}].kind`,
            message: `En ${orgNodeKindLabels[unit.kind].toLowerCase()} kan inte ligga under en ${orgNodeKindLabels[parentKind].toLowerCase()}`,
          },
        ],
      });
    }
    const [existing] = await tx
      .select({ parentId: orgNodes.parentId })
      .from(orgNodes)
      .where(and(eq(orgNodes.municipalityId, scope.municipalityId), eq(orgNodes.id, id)));
    const values = {
      kind: unit.kind,
      name: unit.name,
      shortName: unit.shortName ?? null,
      validFrom: unit.validFrom,
      validTo: unit.validTo ?? null,
      updatedAt: now,
    };
    if (existing) {
      await tx
        .update(orgNodes)
        .set({ ...values, parentId })
        .where(and(eq(orgNodes.municipalityId, scope.municipalityId), eq(orgNodes.id, id)));
    } else {
      await tx
        .insert(orgNodes)
        .values({ municipalityId: scope.municipalityId, id, parentId, ...values, createdAt: now });
    }
    kinds.set(id, unit.kind);
  }
  return ids;
}
