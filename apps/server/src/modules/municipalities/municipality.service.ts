import type { Municipality } from '@styr/shared/contracts/org';
import { asc, count, eq, or, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/executor.ts';
import { municipalities, orgNodes } from '../../db/schema/index.ts';
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

/**
 * The municipalities named exactly so, locked for the transaction. Two transactions that look for the same name
 * wait for each other, so two imports or `add`s of one name cannot both create it.
 */
export async function lockMunicipalitiesNamed(tx: Tx, name: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`municipality-name:${name}`}))`);
  return tx.select().from(municipalities).where(eq(municipalities.name, name)).for('update');
}

/** Inserts a tenant with its default settings and audit row, inside the caller's transaction. */
export async function insertMunicipality(
  tx: Tx,
  now: Date,
  actorUserId: string | null,
  input: NewMunicipality,
): Promise<Municipality> {
  if ((await lockMunicipalitiesNamed(tx, input.name)).length > 0)
    throw new AppError('CONFLICT', `Det finns redan en kommun som heter ”${input.name}”.`);
  const id = crypto.randomUUID();
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
}

/**
 * A new tenant; done from the command line by whoever runs the installation, so the actor may be the system.
 * A name already taken is refused: the command line and the municipality file find a municipality by its name.
 */
export async function createMunicipality(
  deps: Deps,
  actorUserId: string | null,
  input: NewMunicipality,
): Promise<Municipality> {
  return deps.db.transaction((tx) => insertMunicipality(tx, deps.clock.now(), actorUserId, input));
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

/** Every municipality once, by name, with how many committees it has. */
export async function listMunicipalities(db: Executor) {
  return db
    .select({ id: municipalities.id, name: municipalities.name, committees: count(orgNodes.id) })
    .from(municipalities)
    .leftJoin(
      orgNodes,
      sql`${orgNodes.municipalityId} = ${municipalities.id} and ${orgNodes.kind} = 'committee'`,
    )
    .groupBy(municipalities.id, municipalities.name)
    .orderBy(asc(municipalities.name), asc(municipalities.id));
}
