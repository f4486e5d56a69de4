import type { Municipality } from '@styr/shared/contracts/org';
import { eq, or } from 'drizzle-orm';
import { municipalities } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/index.ts';
import { presentMunicipality } from '../org/index.ts';
import { insertDefaultSettings } from './default-settings.ts';

export interface NewMunicipality {
  name: string;
  shortName?: string | null;
  koladaId?: string | null;
  validFrom: string;
}

/** A new tenant; done from the command line by whoever runs the installation, so the actor may be the system. */
export async function createMunicipality(
  deps: Deps,
  actorUserId: string | null,
  input: NewMunicipality,
): Promise<Municipality> {
  return deps.db.transaction(async (tx) => {
    const id = crypto.randomUUID();
    const now = deps.clock.now();
    const [row] = await tx
      .insert(municipalities)
      .values({
        id,
        name: input.name,
        shortName: input.shortName ?? null,
        koladaId: input.koladaId ?? null,
        validFrom: input.validFrom,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new AppError('INTERNAL', 'Kommunen kunde inte sparas.');
    await insertDefaultSettings(tx, id);
    const after = presentMunicipality(row);
    await recordAudit(tx, {
      actor: { municipalityId: id, userId: actorUserId },
      at: now,
      action: 'create',
      entityType: 'municipality',
      entityId: id,
      before: null,
      after,
    });
    return after;
  });
}

/** By id, name, short name or Kolada id, as a person types it on the command line. */
export async function findMunicipalityByReference(deps: Deps, reference: string) {
  const byId = /^[0-9a-f-]{36}$/i.test(reference) ? eq(municipalities.id, reference) : undefined;
  const rows = await deps.db
    .select()
    .from(municipalities)
    .where(
      or(
        byId,
        eq(municipalities.name, reference),
        eq(municipalities.shortName, reference),
        eq(municipalities.koladaId, reference),
      ),
    );
  return rows;
}
