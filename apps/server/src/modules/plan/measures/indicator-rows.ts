import type { IndicatorFacts } from '@styr/shared/contracts/plan';
import type { SetTarget } from '@styr/shared/contracts/plan-measures';
import { targetProblem } from '@styr/shared/domain/indicator-units';
import { and, eq } from 'drizzle-orm';
import type { Executor, Tx } from '../../../db/executor.ts';
import { indicators } from '../../../db/schema/index.ts';
import type { Deps } from '../../../deps.ts';
import { AppError, notFound } from '../../../errors.ts';
import type { YearScope } from '../../authority/index.ts';
import { readIndicatorUnits } from '../indicator-units.ts';
import { targetColumns } from '../present-target.ts';

export type Row = typeof indicators.$inferSelect;
export type Target = NonNullable<SetTarget['target']>;
export const planWrite = (scope: YearScope) =>
  ({ ...scope, document: 'plan', permission: 'content.edit' }) as const;
export const invalid = (path: string, message: string) =>
  new AppError('VALIDATION', message, { details: [{ path, message }] });

/** The committee's measure, locked for a change (`forUpdate`) or only read. */
export async function findIndicator(
  db: Executor,
  scope: YearScope,
  indicatorId: string,
  forUpdate: boolean,
): Promise<Row> {
  const query = db
    .select()
    .from(indicators)
    .where(
      and(
        eq(indicators.municipalityId, scope.municipalityId),
        eq(indicators.committeeId, scope.committeeId),
        eq(indicators.id, indicatorId),
      ),
    );
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('Måttet');
  return row;
}

export async function valueKindOf(tx: Tx, scope: YearScope, unit: string) {
  const units = await readIndicatorUnits(tx, scope.municipalityId);
  return units.find((entry) => entry.unit === unit)?.valueKind ?? 'number';
}

/** A target the measure's unit can hold, compared with an earlier year when relative. */
export function assertTarget(
  valueKind: IndicatorFacts['valueKind'],
  target: Target,
  year: number,
  path: string,
) {
  const problem = targetProblem(valueKind, target);
  if (problem) throw invalid(`${path}.${problem.field}`, problem.message);
  if (target.kind === 'relative' && target.baseYear >= year)
    throw invalid(`${path}.baseYear`, `Jämförelseåret ska vara före ${year}`);
}

export function targetRow(scope: YearScope, indicatorId: string, year: number, target: Target) {
  return { municipalityId: scope.municipalityId, indicatorId, year, ...targetColumns(target) };
}

/** Bumps the measure's version for a change of its links or targets, which have none of their own. */
export async function touch(tx: Tx, deps: Deps, stored: Row) {
  const now = deps.clock.now();
  const [row] = await tx
    .update(indicators)
    .set({ version: stored.version + 1, updatedAt: now })
    .where(and(eq(indicators.municipalityId, stored.municipalityId), eq(indicators.id, stored.id)))
    .returning();
  if (!row) throw notFound('Måttet');
  return { row, now };
}
