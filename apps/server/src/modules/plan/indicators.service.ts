import type { IndicatorFacts, UpdateIndicator } from '@styr/shared/contracts/plan';
import { targetProblem, unitList, valueProblem } from '@styr/shared/domain/indicator-units';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/executor.ts';
import { indicators, indicatorTargets, indicatorValues } from '../../db/schema/index.ts';
import type { Actor, Deps } from '../../deps.ts';
import { AppError, notFound } from '../../errors.ts';
import { assertVersion, definedFields } from '../../versioning.ts';
import { recordUpdate } from '../audit/index.ts';
import { assertMayWrite, type YearScope } from '../authority/index.ts';
import { readIndicatorUnits } from './indicator-units.ts';
import { readKeyFigureDefinitions } from './key-figure-definitions.ts';
import { presentTarget } from './present-target.ts';

type Row = typeof indicators.$inferSelect;
export const presentIndicatorFacts = (row: Row, valueKind: IndicatorFacts['valueKind']): IndicatorFacts => ({
  id: row.id,
  name: row.name,
  unit: row.unit,
  valueKind,
  decimals: row.decimals,
  direction: row.direction,
  source: row.source,
  sourceReference: row.sourceReference,
  definition: row.definition,
  definitionKey: row.definitionKey,
  version: row.version,
});

const refused = (message: string) =>
  new AppError('VALIDATION', message, { details: [{ path: 'body.unit', message }] });

/** A new unit must be the municipality's, and of a kind every stored value and target of the measure fits. */
async function assertUnit(tx: Tx, scope: YearScope, stored: Row, unit: string) {
  const units = await readIndicatorUnits(tx, scope.municipalityId);
  const chosen = units.find((entry) => entry.unit === unit);
  if (!chosen)
    throw refused(`Enheten ”${unit}” finns inte bland kommunens enheter för mått (${unitList(units)})`);
  const own = (table: typeof indicatorValues | typeof indicatorTargets) =>
    and(eq(table.municipalityId, scope.municipalityId), eq(table.indicatorId, stored.id));
  for (const row of await tx.select().from(indicatorValues).where(own(indicatorValues))) {
    const why = valueProblem(chosen.valueKind, row.value === null ? null : Number(row.value));
    if (why) throw refused(`Måttet har ett värde för ${row.year} som inte passar enheten: ${why}`);
  }
  for (const row of await tx.select().from(indicatorTargets).where(own(indicatorTargets))) {
    const why = targetProblem(chosen.valueKind, presentTarget(row));
    if (why) throw refused(`Måttets målvärde för ${row.year} passar inte enheten: ${why.message}`);
  }
  return chosen.valueKind;
}

/**
 * What a measure is (name, unit, decimals, direction, definition) belongs to the plan, as its goals do: editable
 * until the year's plan is adopted. Its values and targets are entered through their own routes.
 */
export async function updateIndicator(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  indicatorId: string,
  patch: UpdateIndicator,
): Promise<IndicatorFacts> {
  return deps.db.transaction(async (tx) => {
    const key = and(
      eq(indicators.municipalityId, scope.municipalityId),
      eq(indicators.committeeId, scope.committeeId),
      eq(indicators.id, indicatorId),
    );
    const [stored] = await tx.select().from(indicators).where(key).for('update');
    if (!stored) throw notFound('Måttet');
    await assertMayWrite(tx, actor, { ...scope, document: 'plan', permission: 'content.edit' });
    const units = await readIndicatorUnits(tx, scope.municipalityId);
    const kindOf = (unit: string) => units.find((entry) => entry.unit === unit)?.valueKind ?? 'number';
    assertVersion(stored, patch.version, (row) => presentIndicatorFacts(row, kindOf(row.unit)));
    const valueKind =
      patch.unit === undefined || patch.unit === stored.unit
        ? kindOf(stored.unit)
        : await assertUnit(tx, scope, stored, patch.unit);
    if (patch.definitionKey) {
      const definitions = await readKeyFigureDefinitions(tx, scope.municipalityId);
      if (!definitions.some((definition) => definition.key === patch.definitionKey)) {
        const message = `Nyckeltalet ”${patch.definitionKey}” finns inte bland kommunens nyckeltal`;
        throw new AppError('VALIDATION', message, { details: [{ path: 'body.definitionKey', message }] });
      }
    }
    const { version: _version, ...fields } = patch;
    const now = deps.clock.now();
    const [row] = await tx
      .update(indicators)
      .set({ ...definedFields(fields), version: stored.version + 1, updatedAt: now })
      .where(key)
      .returning();
    if (!row) throw notFound('Måttet');
    const after = presentIndicatorFacts(row, valueKind);
    await recordUpdate(tx, {
      actor,
      at: now,
      entityType: 'indicator',
      entityId: indicatorId,
      committeeId: scope.committeeId,
      before: presentIndicatorFacts(stored, kindOf(stored.unit)),
      after,
    });
    return after;
  });
}
