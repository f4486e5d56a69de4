import type {
  DepartmentResult,
  SetStatementAmount,
  StatementAmountView,
  UpdateDepartment,
} from '@styr/shared/contracts/economy';
import { isComputedLine } from '@styr/shared/domain/income-statement';
import { oreFromKronor } from '@styr/shared/domain/money';
import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/executor.ts';
import {
  departmentForecasts,
  economyDepartments,
  followUpPoints,
  statementAmounts,
} from '../../db/schema/index.ts';
import type { Actor, Deps } from '../../deps.ts';
import { AppError, notFound } from '../../errors.ts';
import { assertVersion, definedFields } from '../../versioning.ts';
import { recordAudit, recordUpdate } from '../audit/index.ts';
import { assertMayWrite, lastFollowUp, type YearScope } from '../authority/index.ts';
import { ensureStatementLines } from './economy.queries.ts';
import { presentAmount, presentDepartment } from './economy-view.service.ts';

const ore = (kronor: string | null) => (kronor === null ? null : oreFromKronor(kronor));

/** The document a statement figure belongs to: one with a month to the follow-up of its month, other figures to the year's last. */
export async function documentOf(tx: Tx, municipalityId: string, month: number | null): Promise<string> {
  if (month !== null) {
    const [point] = await tx
      .select({ key: followUpPoints.key })
      .from(followUpPoints)
      .where(and(eq(followUpPoints.municipalityId, municipalityId), eq(followUpPoints.month, month)));
    if (point) return point.key;
  }
  return lastFollowUp(tx, municipalityId);
}

const invalid = (path: string, message: string) =>
  new AppError('VALIDATION', message, { details: [{ path, message }] });

/**
 * Enters one figure of the income statement. A computed line takes only the figure an adopted document printed
 * (`printed`); removing that figure (amount null) answers null, and the line shows its computed value again.
 */
export async function setStatementAmount(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  input: SetStatementAmount,
): Promise<StatementAmountView | null> {
  if (input.column === 'forecast' ? input.month === null : input.column !== 'actual' && input.month !== null)
    throw invalid('body.month', 'En prognos anger sin månad; bara prognos och utfall har en månad.');
  return deps.db.transaction(async (tx) => {
    const lines = await ensureStatementLines(tx, scope.municipalityId);
    const line = lines.find((candidate) => candidate.key === input.line);
    if (!line) throw notFound('Raden');
    if (isComputedLine(line) && !input.printed)
      throw invalid('body.line', `${line.label} räknas fram ur sina delar och kan inte anges.`);
    if (!isComputedLine(line) && input.printed)
      throw invalid(
        'body.printed',
        `${line.label} räknas inte fram; ett tryckt belopp kan bara anges för en beräknad rad.`,
      );
    await assertMayWrite(tx, actor, {
      ...scope,
      year: input.year,
      document: await documentOf(tx, scope.municipalityId, input.month),
      permission: 'content.edit',
    });
    const month = input.month ?? 0;
    const key = and(
      eq(statementAmounts.municipalityId, scope.municipalityId),
      eq(statementAmounts.committeeId, scope.committeeId),
      eq(statementAmounts.lineKey, input.line),
      eq(statementAmounts.year, input.year),
      eq(statementAmounts.column, input.column),
      eq(statementAmounts.month, month),
    );
    const [stored] = await tx.select().from(statementAmounts).where(key).for('update');
    if (stored) assertVersion(stored, input.version ?? 0, presentAmount);
    else if (input.version !== undefined)
      throw new AppError('VERSION_CONFLICT', 'Beloppet har tagits bort av någon annan. Läs in det igen.', {
        current: null,
      });
    const entity = {
      actor,
      at: deps.clock.now(),
      entityType: 'statement_amount',
      entityId: `${scope.committeeId}:${input.line}:${input.year}:${input.column}:${month}`,
      committeeId: scope.committeeId,
    };
    const amount = ore(input.amount);
    // A printed figure of nothing is no printed figure: the row goes, so the computed value shows again.
    if (input.printed && amount === null) {
      if (!stored) return null;
      await tx.delete(statementAmounts).where(key);
      await recordAudit(tx, { ...entity, action: 'delete', before: presentAmount(stored), after: null });
      return null;
    }
    const [row] = stored
      ? await tx
          .update(statementAmounts)
          .set({ amount, version: stored.version + 1 })
          .where(key)
          .returning()
      : await tx
          .insert(statementAmounts)
          .values({ ...scope, lineKey: input.line, year: input.year, column: input.column, month, amount })
          .returning();
    if (!row) throw new AppError('INTERNAL', 'Beloppet kunde inte sparas.');
    const after = presentAmount(row);
    if (stored) await recordUpdate(tx, { ...entity, before: presentAmount(stored), after });
    else await recordAudit(tx, { ...entity, action: 'create', before: null, after });
    return after;
  });
}

/** Changes a department's result figures or the committee's text about them. */
export async function updateDepartment(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  departmentKey: string,
  input: UpdateDepartment,
): Promise<DepartmentResult> {
  return deps.db.transaction(async (tx) => {
    const key = and(
      eq(economyDepartments.municipalityId, scope.municipalityId),
      eq(economyDepartments.committeeId, scope.committeeId),
      eq(economyDepartments.year, scope.year),
      eq(economyDepartments.key, departmentKey),
    );
    const [stored] = await tx.select().from(economyDepartments).where(key).for('update');
    if (!stored) throw notFound('Avdelningen');
    const forecasts = await tx
      .select({ month: departmentForecasts.month, amount: departmentForecasts.amount })
      .from(departmentForecasts)
      .where(
        and(
          eq(departmentForecasts.municipalityId, scope.municipalityId),
          eq(departmentForecasts.committeeId, scope.committeeId),
          eq(departmentForecasts.year, scope.year),
          eq(departmentForecasts.departmentKey, departmentKey),
        ),
      )
      .orderBy(asc(departmentForecasts.month));
    const present = (row: typeof stored) => presentDepartment(row, forecasts);
    assertVersion(stored, input.version, present);
    await assertMayWrite(tx, actor, {
      ...scope,
      document: await lastFollowUp(tx, scope.municipalityId),
      permission: 'content.edit',
    });
    const { version: _version, resultBudget, resultActual, ...texts } = input;
    const changes = definedFields({
      ...texts,
      resultBudget: resultBudget === undefined ? undefined : ore(resultBudget),
      resultActual: resultActual === undefined ? undefined : ore(resultActual),
    });
    const [row] = await tx
      .update(economyDepartments)
      .set({ ...changes, version: stored.version + 1 })
      .where(key)
      .returning();
    if (!row) throw new AppError('INTERNAL', 'Avdelningen kunde inte sparas.');
    const after = present(row);
    await recordUpdate(tx, {
      actor,
      at: deps.clock.now(),
      entityType: 'economy_department',
      entityId: `${scope.committeeId}:${scope.year}:${departmentKey}`,
      committeeId: scope.committeeId,
      before: present(stored),
      after,
    });
    return after;
  });
}
