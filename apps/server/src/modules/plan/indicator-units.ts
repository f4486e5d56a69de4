import type { IndicatorUnitSetting } from '@styr/shared/contracts/indicators';
import { valueKindLabels } from '@styr/shared/contracts/indicators';
import { defaultIndicatorUnits, targetProblem, valueProblem } from '@styr/shared/domain/indicator-units';
import type { Problem } from '@styr/shared/domain/problem';
import { and, asc, eq, inArray, notInArray } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/executor.ts';
import { indicators, indicatorTargets, indicatorUnits, indicatorValues } from '../../db/schema/index.ts';
import { presentTarget } from './present-target.ts';

/** The municipality's units for measures in its order; the default eight when it has stored none. */
export async function readIndicatorUnits(
  db: Executor,
  municipalityId: string,
): Promise<IndicatorUnitSetting[]> {
  const rows = await db
    .select({
      unit: indicatorUnits.unit,
      decimals: indicatorUnits.decimals,
      valueKind: indicatorUnits.valueKind,
    })
    .from(indicatorUnits)
    .where(eq(indicatorUnits.municipalityId, municipalityId))
    .orderBy(asc(indicatorUnits.sortOrder), asc(indicatorUnits.unit));
  return rows.length > 0 ? rows : defaultIndicatorUnits.map((unit) => ({ ...unit }));
}

/**
 * Makes the municipality's units the list given, in its order. Units kept are updated in place, since measures
 * refer to them; the caller has checked that no measure uses a unit left out or holds values its new kind refuses.
 */
export async function writeIndicatorUnits(
  tx: Executor,
  municipalityId: string,
  units: readonly IndicatorUnitSetting[],
): Promise<void> {
  const kept = units.map((entry) => entry.unit);
  await tx
    .delete(indicatorUnits)
    .where(and(eq(indicatorUnits.municipalityId, municipalityId), notInArray(indicatorUnits.unit, kept)));
  for (const [sortOrder, entry] of units.entries())
    await tx
      .insert(indicatorUnits)
      .values({ municipalityId, ...entry, sortOrder })
      .onConflictDoUpdate({
        target: [indicatorUnits.municipalityId, indicatorUnits.unit],
        set: { decimals: entry.decimals, valueKind: entry.valueKind, sortOrder },
      });
}

/**
 * Measures that would lose their unit, or hold values or targets their unit's new kind refuses, were the
 * municipality's units `wanted` (the `whole` list, or units added and updated beside the stored ones). Refused at
 * `path` (the list) or `path[i].valueKind`, naming the unit and a measure.
 */
export async function indicatorUnitProblems(
  tx: Tx,
  municipalityId: string,
  wanted: readonly IndicatorUnitSetting[],
  path: string,
  whole: boolean,
): Promise<Problem[]> {
  const stored = await readIndicatorUnits(tx, municipalityId);
  const problems: Problem[] = [];
  const gone = whole
    ? stored.filter((entry) => !wanted.some((kept) => kept.unit === entry.unit)).map((entry) => entry.unit)
    : [];
  if (gone.length > 0) {
    const users = await tx
      .selectDistinctOn([indicators.unit], { unit: indicators.unit, name: indicators.name })
      .from(indicators)
      .where(and(eq(indicators.municipalityId, municipalityId), inArray(indicators.unit, gone)))
      .orderBy(asc(indicators.unit), asc(indicators.name));
    for (const user of users)
      problems.push({
        path,
        message: `Enheten ”${user.unit}” saknas i listan men används av måttet ”${user.name}”; den kan inte tas bort`,
      });
  }
  for (const [index, entry] of wanted.entries()) {
    const before = stored.find((kept) => kept.unit === entry.unit);
    if (!before || before.valueKind === entry.valueKind) continue;
    const unfit = await unfitMeasure(tx, municipalityId, entry);
    if (unfit)
      problems.push({
        path: `${path}[${index}].valueKind`,
        message: `Enheten ”${entry.unit}” kan inte bli ${valueKindLabels[entry.valueKind].toLowerCase()}: måttet ”${unfit.name}” har ${unfit.what} (${unfit.why})`,
      });
  }
  return problems;
}

/** The first measure in the unit with a value or target the unit's (new) kind refuses, if any. */
async function unfitMeasure(tx: Tx, municipalityId: string, entry: IndicatorUnitSetting) {
  const inUnit = and(eq(indicators.municipalityId, municipalityId), eq(indicators.unit, entry.unit));
  const values = await tx
    .select({ name: indicators.name, year: indicatorValues.year, value: indicatorValues.value })
    .from(indicatorValues)
    .innerJoin(
      indicators,
      and(
        eq(indicators.municipalityId, indicatorValues.municipalityId),
        eq(indicators.id, indicatorValues.indicatorId),
      ),
    )
    .where(inUnit)
    .orderBy(asc(indicators.name), asc(indicatorValues.year));
  for (const row of values) {
    const why = valueProblem(entry.valueKind, row.value === null ? null : Number(row.value));
    if (why) return { name: row.name, what: `ett värde för ${row.year}`, why };
  }
  const targets = await tx
    .select({ name: indicators.name, target: indicatorTargets })
    .from(indicatorTargets)
    .innerJoin(
      indicators,
      and(
        eq(indicators.municipalityId, indicatorTargets.municipalityId),
        eq(indicators.id, indicatorTargets.indicatorId),
      ),
    )
    .where(inUnit)
    .orderBy(asc(indicators.name), asc(indicatorTargets.year));
  for (const row of targets) {
    const why = targetProblem(entry.valueKind, presentTarget(row.target));
    if (why) return { name: row.name, what: `ett målvärde för ${row.target.year}`, why: why.message };
  }
  return null;
}
