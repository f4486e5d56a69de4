import { EARLIER_YEARS } from '@styr/shared/domain/income-statement';
import { and, asc, eq, getTableColumns, gte, inArray, lte } from 'drizzle-orm';
import { type Executor, readInTurn } from '../../db/executor.ts';
import {
  indicators,
  indicatorUnits,
  indicatorValues,
  keyFigureRows,
  keyFigureTables,
} from '../../db/schema/index.ts';
import type { YearScope } from '../authority/index.ts';

/** A year's key figure tables, their rows, and the indicators and whole-year values the rows show. */
export async function findKeyFigures(db: Executor, scope: YearScope) {
  const inYear = <T extends typeof keyFigureTables | typeof keyFigureRows>(table: T) =>
    and(
      eq(table.municipalityId, scope.municipalityId),
      eq(table.committeeId, scope.committeeId),
      eq(table.year, scope.year),
    );
  const [tables, rows] = await readInTurn([
    () =>
      db
        .select()
        .from(keyFigureTables)
        .where(inYear(keyFigureTables))
        .orderBy(asc(keyFigureTables.sortOrder)),
    () => db.select().from(keyFigureRows).where(inYear(keyFigureRows)).orderBy(asc(keyFigureRows.position)),
  ]);
  const ids = [
    ...new Set(
      rows.flatMap((row) => [row.indicatorId, row.secondaryIndicatorId].filter((id) => id !== null)),
    ),
  ];
  if (ids.length === 0) return { tables, rows, indicators: [], values: [] };
  const [indicatorRows, values] = await readInTurn([
    () =>
      db
        .select({ ...getTableColumns(indicators), valueKind: indicatorUnits.valueKind })
        .from(indicators)
        .innerJoin(
          indicatorUnits,
          and(
            eq(indicatorUnits.municipalityId, indicators.municipalityId),
            eq(indicatorUnits.unit, indicators.unit),
          ),
        )
        .where(and(eq(indicators.municipalityId, scope.municipalityId), inArray(indicators.id, ids))),
    () =>
      db
        .select()
        .from(indicatorValues)
        .where(
          and(
            eq(indicatorValues.municipalityId, scope.municipalityId),
            inArray(indicatorValues.indicatorId, ids),
            gte(indicatorValues.year, scope.year - EARLIER_YEARS),
            lte(indicatorValues.year, scope.year),
            eq(indicatorValues.period, 'year'),
            eq(indicatorValues.gender, 'T'),
          ),
        ),
  ]);
  return { tables, rows, indicators: indicatorRows, values };
}
