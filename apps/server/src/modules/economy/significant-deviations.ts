import type { SignificantDeviation, UpdateSignificantDeviation } from '@styr/shared/contracts/economy';
import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/executor.ts';
import { significantDeviations } from '../../db/schema/index.ts';
import type { Actor, Deps } from '../../deps.ts';
import { AppError, notFound } from '../../errors.ts';
import { assertVersion, definedFields } from '../../versioning.ts';
import { recordUpdate } from '../audit/index.ts';
import { assertMayWrite, type YearScope } from '../authority/index.ts';

type Row = typeof significantDeviations.$inferSelect;

export function presentDeviation(row: Row): SignificantDeviation {
  return {
    followUp: row.followUp,
    key: row.key,
    title: row.title,
    cause: row.cause,
    consequencesForClients: row.consequencesForClients,
    consequencesForOrganisation: row.consequencesForOrganisation,
    economicConsequences: row.economicConsequences,
    measures: row.measures,
    version: row.version,
  };
}

export function findSignificantDeviations(db: Executor, scope: YearScope) {
  return db
    .select()
    .from(significantDeviations)
    .where(
      and(
        eq(significantDeviations.municipalityId, scope.municipalityId),
        eq(significantDeviations.committeeId, scope.committeeId),
        eq(significantDeviations.year, scope.year),
      ),
    )
    .orderBy(asc(significantDeviations.sortOrder));
}

/** Changes the texts of a significant deviation; it is frozen with the follow-up it is reported in. */
export async function updateSignificantDeviation(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  target: { followUp: string; key: string },
  input: UpdateSignificantDeviation,
): Promise<SignificantDeviation> {
  return deps.db.transaction(async (tx) => {
    const key = and(
      eq(significantDeviations.municipalityId, scope.municipalityId),
      eq(significantDeviations.committeeId, scope.committeeId),
      eq(significantDeviations.year, scope.year),
      eq(significantDeviations.followUp, target.followUp),
      eq(significantDeviations.key, target.key),
    );
    const [stored] = await tx.select().from(significantDeviations).where(key).for('update');
    if (!stored) throw notFound('Avvikelsen');
    assertVersion(stored, input.version, presentDeviation);
    await assertMayWrite(tx, actor, { ...scope, document: target.followUp, permission: 'content.edit' });
    const { version: _version, ...texts } = input;
    const [row] = await tx
      .update(significantDeviations)
      .set({ ...definedFields(texts), version: stored.version + 1 })
      .where(key)
      .returning();
    if (!row) throw new AppError('INTERNAL', 'Avvikelsen kunde inte sparas.');
    const after = presentDeviation(row);
    await recordUpdate(tx, {
      actor,
      at: deps.clock.now(),
      entityType: 'significant_deviation',
      entityId: `${scope.committeeId}:${scope.year}:${target.followUp}:${target.key}`,
      committeeId: scope.committeeId,
      before: presentDeviation(stored),
      after,
    });
    return after;
  });
}
