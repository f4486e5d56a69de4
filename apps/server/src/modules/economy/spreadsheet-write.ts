import { oreFromKronor } from '@styr/shared/domain/money';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/executor.ts';
import {
  centralItems,
  departmentForecasts,
  economyDepartments,
  grantAdjustments,
  indicatorValues,
  investments,
  stateGrants,
  statementAmounts,
} from '../../db/schema/index.ts';
import type { Actor } from '../../deps.ts';
import { assertMayWrite, lastFollowUp, type YearScope } from '../authority/index.ts';
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
  | {
      kind: 'department';
      department: string;
      field: 'resultActual' | 'resultBudget' | 'grantBudget' | 'forecast';
      month: number | null;
      kronor: string;
    }
  | { kind: 'grantAdjustment'; department: string; month: number; kronor: string }
  | { kind: 'investment'; key: string; field: 'budget' | 'actual' | 'forecast'; kronor: string }
  | { kind: 'indicatorValue'; indicatorId: string; year: number; value: number }
  | { kind: 'stateGrant'; sortOrder: number; kronor: string }
  | { kind: 'centralItem'; sortOrder: number; field: 'actual' | 'budget'; kronor: string };

/**
 * Stores what a sheet gave, each value as a new version of its figure, after checking that no document the
 * figures belong to is adopted.
 */
export async function writeSpreadsheetValues(
  tx: Tx,
  actor: Actor,
  scope: YearScope,
  writes: readonly SpreadsheetWrite[],
) {
  const checked = new Set<string>();
  const assertOnce = async (year: number, document: string) => {
    if (checked.has(`${year}:${document}`)) return;
    checked.add(`${year}:${document}`);
    await assertMayWrite(tx, actor, { ...scope, year, document, permission: 'content.edit' });
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
    } else if (write.kind === 'department') {
      await assertOnce(scope.year, await documentOf(tx, scope.municipalityId, write.month));
      await writeDepartmentFigure(tx, scope, write);
    } else if (write.kind === 'grantAdjustment') {
      await assertOnce(scope.year, await documentOf(tx, scope.municipalityId, write.month));
      const amount = oreFromKronor(write.kronor);
      await tx
        .insert(grantAdjustments)
        .values({ ...scope, departmentKey: write.department, month: write.month, amount })
        .onConflictDoUpdate({
          target: [
            grantAdjustments.municipalityId,
            grantAdjustments.committeeId,
            grantAdjustments.year,
            grantAdjustments.month,
            grantAdjustments.departmentKey,
          ],
          set: { amount },
        });
    } else if (write.kind === 'investment') {
      await assertOnce(scope.year, await lastFollowUp(tx, scope.municipalityId));
      await tx
        .update(investments)
        .set({ [write.field]: oreFromKronor(write.kronor), version: sql`${investments.version} + 1` })
        .where(
          and(
            eq(investments.municipalityId, scope.municipalityId),
            eq(investments.committeeId, scope.committeeId),
            eq(investments.year, scope.year),
            eq(investments.key, write.key),
          ),
        );
    } else if (write.kind === 'stateGrant' || write.kind === 'centralItem') {
      // These tables belong to the annual report, the year's last follow-up.
      await assertOnce(scope.year, await lastFollowUp(tx, scope.municipalityId));
      await writeReportFigure(tx, scope, write);
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

/** A department's figure; the department must exist (the sheet named it), its version moves on. */
async function writeDepartmentFigure(
  tx: Tx,
  scope: YearScope,
  write: Extract<SpreadsheetWrite, { kind: 'department' }>,
) {
  const amount = oreFromKronor(write.kronor);
  if (write.field === 'forecast') {
    await tx
      .insert(departmentForecasts)
      .values({ ...scope, departmentKey: write.department, month: write.month ?? 0, amount })
      .onConflictDoUpdate({
        target: [
          departmentForecasts.municipalityId,
          departmentForecasts.committeeId,
          departmentForecasts.year,
          departmentForecasts.departmentKey,
          departmentForecasts.month,
        ],
        set: { amount },
      });
  }
  await tx
    .update(economyDepartments)
    .set({
      ...(write.field !== 'forecast' && { [write.field]: amount }),
      version: sql`${economyDepartments.version} + 1`,
    })
    .where(
      and(
        eq(economyDepartments.municipalityId, scope.municipalityId),
        eq(economyDepartments.committeeId, scope.committeeId),
        eq(economyDepartments.year, scope.year),
        eq(economyDepartments.key, write.department),
      ),
    );
}

/** A state grant's amount or a kommuncentral post's outcome or budget; the row exists (the sheet named it). */
async function writeReportFigure(
  tx: Tx,
  scope: YearScope,
  write: Extract<SpreadsheetWrite, { kind: 'stateGrant' | 'centralItem' }>,
) {
  const amount = oreFromKronor(write.kronor);
  const table = write.kind === 'stateGrant' ? stateGrants : centralItems;
  const row = and(
    eq(table.municipalityId, scope.municipalityId),
    eq(table.committeeId, scope.committeeId),
    eq(table.year, scope.year),
    eq(table.sortOrder, write.sortOrder),
  );
  if (write.kind === 'stateGrant') await tx.update(stateGrants).set({ amount }).where(row);
  else
    await tx
      .update(centralItems)
      .set({ [write.field]: amount })
      .where(row);
}
