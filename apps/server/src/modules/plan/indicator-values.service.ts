import type { IndicatorValue, SetIndicatorValue } from '@styr/shared/contracts/plan';
import { valueProblem } from '@styr/shared/domain/indicator-units';
import { and, eq } from 'drizzle-orm';
import { indicators, indicatorUnits, indicatorValues } from '../../db/schema/index.ts';
import type { Actor, Deps } from '../../deps.ts';
import { AppError, notFound } from '../../errors.ts';
import { assertVersion } from '../../versioning.ts';
import { recordAudit, recordUpdate } from '../audit/index.ts';
import { assertMayWrite, lastFollowUp, type YearScope } from '../authority/index.ts';
import { assertDocumentName } from './documents.service.ts';

export function presentValue(row: typeof indicatorValues.$inferSelect): IndicatorValue {
  return {
    year: row.year,
    period: row.period,
    gender: row.gender,
    value: row.value === null ? null : Number(row.value),
    note: row.note,
    version: row.version,
  };
}

/**
 * Records one outcome. A value belongs to the follow-up of its period (the
 * whole year to the annual report), so it is frozen once that is adopted.
 */
export async function setIndicatorValue(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  indicatorId: string,
  input: SetIndicatorValue,
): Promise<IndicatorValue> {
  return deps.db.transaction(async (tx) => {
    const [indicator] = await tx
      .select({ valueKind: indicatorUnits.valueKind })
      .from(indicators)
      .innerJoin(
        indicatorUnits,
        and(
          eq(indicatorUnits.municipalityId, indicators.municipalityId),
          eq(indicatorUnits.unit, indicators.unit),
        ),
      )
      .where(
        and(
          eq(indicators.municipalityId, scope.municipalityId),
          eq(indicators.committeeId, scope.committeeId),
          eq(indicators.id, indicatorId),
        ),
      );
    if (!indicator) throw notFound('Indikatorn');
    if (input.period !== 'year') await assertDocumentName(tx, scope.municipalityId, input.period);
    const refusal = valueProblem(indicator.valueKind, input.value);
    if (refusal)
      throw new AppError('VALIDATION', 'Värdet passar inte måttets enhet.', {
        details: [{ path: 'body.value', message: refusal }],
      });
    const document = input.period === 'year' ? await lastFollowUp(tx, scope.municipalityId) : input.period;
    await assertMayWrite(tx, actor, { ...scope, year: input.year, document, permission: 'content.edit' });
    const key = and(
      eq(indicatorValues.municipalityId, scope.municipalityId),
      eq(indicatorValues.indicatorId, indicatorId),
      eq(indicatorValues.year, input.year),
      eq(indicatorValues.period, input.period),
      eq(indicatorValues.gender, input.gender),
    );
    const [stored] = await tx.select().from(indicatorValues).where(key).for('update');
    if (stored) assertVersion(stored, input.version ?? 0, presentValue);
    else if (input.version !== undefined) {
      throw new AppError('VERSION_CONFLICT', 'Värdet har tagits bort av någon annan. Läs in det igen.', {
        current: null,
      });
    }
    const fields = { value: input.value === null ? null : String(input.value), note: input.note };
    const [row] = stored
      ? await tx
          .update(indicatorValues)
          .set({ ...fields, version: stored.version + 1 })
          .where(key)
          .returning()
      : await tx
          .insert(indicatorValues)
          .values({
            municipalityId: scope.municipalityId,
            indicatorId,
            year: input.year,
            period: input.period,
            gender: input.gender,
            ...fields,
          })
          .returning();
    if (!row) throw new AppError('INTERNAL', 'Värdet kunde inte sparas.');
    const after = presentValue(row);
    const entity = {
      actor,
      at: deps.clock.now(),
      entityType: 'indicator_value',
      entityId: indicatorId,
      committeeId: scope.committeeId,
    };
    if (stored) await recordUpdate(tx, { ...entity, before: presentValue(stored), after });
    else await recordAudit(tx, { ...entity, action: 'create', before: null, after });
    return after;
  });
}
