import type { KeyFigureDefinition } from '@styr/shared/contracts/indicators';
import type { Problem } from '@styr/shared/domain/problem';
import { and, asc, eq, inArray, notInArray } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/executor.ts';
import { indicators, keyFigureDefinitions } from '../../db/schema/index.ts';

/** The municipality's key figure definitions in its order. */
export async function readKeyFigureDefinitions(
  db: Executor,
  municipalityId: string,
): Promise<KeyFigureDefinition[]> {
  return db
    .select({
      key: keyFigureDefinitions.key,
      name: keyFigureDefinitions.name,
      unit: keyFigureDefinitions.unit,
      decimals: keyFigureDefinitions.decimals,
      direction: keyFigureDefinitions.direction,
      source: keyFigureDefinitions.source,
      sourceReference: keyFigureDefinitions.sourceReference,
      definition: keyFigureDefinitions.definition,
    })
    .from(keyFigureDefinitions)
    .where(eq(keyFigureDefinitions.municipalityId, municipalityId))
    .orderBy(asc(keyFigureDefinitions.sortOrder), asc(keyFigureDefinitions.key));
}

/**
 * Makes the municipality's definitions the list given, in its order; kept ones are updated in place, since
 * measures refer to them. The caller has checked that no measure follows a definition left out.
 */
export async function writeKeyFigureDefinitions(
  tx: Tx,
  municipalityId: string,
  definitions: readonly KeyFigureDefinition[],
): Promise<void> {
  const kept = definitions.map((definition) => definition.key);
  await tx
    .delete(keyFigureDefinitions)
    .where(
      and(
        eq(keyFigureDefinitions.municipalityId, municipalityId),
        notInArray(keyFigureDefinitions.key, kept),
      ),
    );
  for (const [sortOrder, definition] of definitions.entries()) {
    const { key: _key, ...fields } = definition;
    await tx
      .insert(keyFigureDefinitions)
      .values({ municipalityId, ...definition, sortOrder })
      .onConflictDoUpdate({
        target: [keyFigureDefinitions.municipalityId, keyFigureDefinitions.key],
        set: { ...fields, sortOrder },
      });
  }
}

/** The stored definitions with the given ones updated in place and the new ones after them. */
export async function mergeKeyFigureDefinitions(
  tx: Tx,
  municipalityId: string,
  given: readonly KeyFigureDefinition[],
): Promise<void> {
  const stored = await readKeyFigureDefinitions(tx, municipalityId);
  const kept = stored.map((entry) => given.find((update) => update.key === entry.key) ?? entry);
  const added = given.filter((entry) => !stored.some((known) => known.key === entry.key));
  await writeKeyFigureDefinitions(tx, municipalityId, [...kept, ...added]);
}

/** Definitions a measure follows that `wanted` leaves out, refused at `path` naming the definition and a measure. */
export async function definitionRemovalProblems(
  tx: Tx,
  municipalityId: string,
  wanted: readonly KeyFigureDefinition[],
  path: string,
): Promise<Problem[]> {
  const stored = await readKeyFigureDefinitions(tx, municipalityId);
  const gone = stored.filter((entry) => !wanted.some((kept) => kept.key === entry.key)).map((e) => e.key);
  if (gone.length === 0) return [];
  const users = await tx
    .selectDistinctOn([indicators.definitionKey], { key: indicators.definitionKey, name: indicators.name })
    .from(indicators)
    .where(and(eq(indicators.municipalityId, municipalityId), inArray(indicators.definitionKey, gone)))
    .orderBy(asc(indicators.definitionKey), asc(indicators.name));
  return users.map((user) => ({
    path,
    message: `Nyckeltalet ”${user.key}” saknas i listan men används av måttet ”${user.name}”; det kan inte tas bort`,
  }));
}
