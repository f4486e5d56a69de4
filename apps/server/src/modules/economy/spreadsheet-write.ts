import { oreFromKronor } from '@styr/shared/domain/money';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/connect.ts';
import { indicatorValues, statementAmounts } from '../../db/schema/index.ts';
import { assertWritable, lastFollowUp, type YearScope } from '../plan/frozen.ts';
import { ensureStatementLines } from './economy.queries.ts';
import { documentOf } from './economy-write.service.ts';

export type SpreadsheetWrite =
  | {
      kind: 'amount';
      line: string;
      column: 'actual' | 'budget' | 'revisedBudget' | 'forecast';
      year: number;
      month: number | null;
      kronor: string;
    }
  | { kind: 'indicatorValue'; indicatorId: string; year: number; value: number };

/**
 * Stores what a sheet gave, each value as a new version of its figure, after checking that no document the
 * figures belong to is adopted.
 */
export async function writeSpreadsheetValues(tx: Tx, scope: YearScope, writes: readonly SpreadsheetWrite[]) {
  const checked = new Set<string>();
  const assertOnce = async (year: number, document: string) => {
    if (checked.has(`${year}:${document}`)) return;
    checked.add(`${year}:${document}`);
    await assertWritable(tx, { ...scope, year }, document);
  };
  if (writes.some((write) => write.kind === 'amount')) await ensureStatementLines(tx, scope.municipalityId);
  for (const write of writes) {
    if (write.kind === 'amount') {
      await assertOnce(write.year, await documentOf(tx, scope.municipalityId, write.month));
      await tx
        .insert(statementAmounts)
        .values({
          municipalityId: scope.municipalityId,
          committeeId: scope.committeeId,
          lineKey: write.line,
          year: write.year,
          column: write.column,
          month: write.month ?? 0,
          amount: oreFromKronor(write.kronor),
        })
        .onConflictDoUpdate({
          target: [
            statementAmounts.municipalityId,
            statementAmounts.committeeId,
            statementAmounts.lineKey,
            statementAmounts.year,
            statementAmounts.column,
            statementAmounts.month,
          ],
          set: { amount: oreFromKronor(write.kronor), version: sql`${statementAmounts.version} + 1` },
        });
    } else {
      await assertOnce(write.year, await lastFollowUp(tx, scope.municipalityId));
      await tx
        .insert(indicatorValues)
        .values({
          municipalityId: scope.municipalityId,
          indicatorId: write.indicatorId,
          year: write.year,
          period: 'year',
          gender: 'T',
          value: String(write.value),
        })
        .onConflictDoUpdate({
          target: [
            indicatorValues.municipalityId,
            indicatorValues.indicatorId,
            indicatorValues.year,
            indicatorValues.period,
            indicatorValues.gender,
          ],
          set: { value: String(write.value), version: sql`${indicatorValues.version} + 1` },
        });
    }
  }
}
