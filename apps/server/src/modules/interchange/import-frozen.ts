import { isDeepStrictEqual } from 'node:util';
import type { CommitteeYear } from '@styr/shared/contracts/interchange';
import { oreFromKronor } from '@styr/shared/domain/money';
import type { Problem } from '@styr/shared/domain/problem';
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/executor.ts';
import {
  followUpPoints,
  indicatorTargets,
  indicatorValues,
  planDocuments,
  statementAmounts,
} from '../../db/schema/index.ts';
import { lastFollowUp, type YearScope } from '../authority/index.ts';
import { presentTarget } from '../plan/index.ts';

/**
 * Which figures of the file belong to an adopted document of the committee, by the rules the routes use: an
 * indicator value to the follow-up of its period (the whole year to the last follow-up), a target to the plan of
 * its year, an income statement figure to the follow-up of its month (no month: the last follow-up).
 */
export interface Frozen {
  value(year: number, period: string): boolean;
  target(year: number): boolean;
  amount(year: number, month: number | null | undefined): boolean;
}

interface Adopted extends Frozen {
  documentName(year: number, document: string): string;
  valueDocument(period: string): string;
  amountDocument(month: number | null | undefined): string;
}

/** The committee's adopted documents in every year, read once for the import. */
export async function readFrozen(tx: Tx, scope: YearScope): Promise<Adopted> {
  const adopted = await tx
    .select({ year: planDocuments.year, document: planDocuments.document })
    .from(planDocuments)
    .where(
      and(
        eq(planDocuments.municipalityId, scope.municipalityId),
        eq(planDocuments.committeeId, scope.committeeId),
        eq(planDocuments.status, 'adopted'),
      ),
    );
  const slots = new Set(adopted.map((row) => `${row.year}:${row.document}`));
  const points = await tx
    .select({ key: followUpPoints.key, name: followUpPoints.name, month: followUpPoints.month })
    .from(followUpPoints)
    .where(eq(followUpPoints.municipalityId, scope.municipalityId));
  const last = await lastFollowUp(tx, scope.municipalityId);
  const valueDocument = (period: string) => (period === 'year' ? last : period);
  const amountDocument = (month: number | null | undefined) =>
    (month != null && points.find((point) => point.month === month)?.key) || last;
  const isFrozen = (year: number, document: string) => slots.has(`${year}:${document}`);
  return {
    value: (year, period) => isFrozen(year, valueDocument(period)),
    target: (year) => isFrozen(year, 'plan'),
    amount: (year, month) => isFrozen(year, amountDocument(month)),
    valueDocument,
    amountDocument,
    documentName: (year, document) =>
      `${document === 'plan' ? 'Verksamhetsplanen' : (points.find((point) => point.key === document)?.name ?? document)} ${year}`,
  };
}

const frozenMessage = (name: string, what: string) =>
  `${name} är fastställd; ${what} får inte ändras genom en fil`;

/** Values and targets of adopted years must equal the stored ones; none may be added. */
async function indicatorProblems(
  tx: Tx,
  scope: YearScope,
  document: CommitteeYear,
  ids: ReadonlyMap<string, string>,
  frozen: Adopted,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  const indicatorIds = [...new Set(ids.values())];
  const valueYears = [
    ...new Set(
      document.indicators.flatMap((indicator) =>
        indicator.values.flatMap((value) => (frozen.value(value.year, value.period) ? [value.year] : [])),
      ),
    ),
  ];
  const storedValues =
    valueYears.length > 0 && indicatorIds.length > 0
      ? await tx
          .select()
          .from(indicatorValues)
          .where(
            and(
              eq(indicatorValues.municipalityId, scope.municipalityId),
              inArray(indicatorValues.indicatorId, indicatorIds),
              inArray(indicatorValues.year, valueYears),
            ),
          )
      : [];
  const valueAt = new Map(
    storedValues.map((row) => [`${row.indicatorId}:${row.year}:${row.period}:${row.gender}`, row]),
  );
  const frozenTargets = document.indicators.some((indicator) =>
    indicator.targets.some((target) => frozen.target(target.year)),
  );
  const storedTargets =
    frozenTargets && indicatorIds.length > 0
      ? await tx
          .select()
          .from(indicatorTargets)
          .where(
            and(
              eq(indicatorTargets.municipalityId, scope.municipalityId),
              inArray(indicatorTargets.indicatorId, indicatorIds),
            ),
          )
      : [];
  const targetAt = new Map(storedTargets.map((row) => [`${row.indicatorId}:${row.year}`, row]));

  document.indicators.forEach((indicator, i) => {
    const id = ids.get(indicator.key) as string;
    indicator.values.forEach((entry, j) => {
      if (!frozen.value(entry.year, entry.period)) return;
      const stored = valueAt.get(`${id}:${entry.year}:${entry.period}:${entry.gender}`);
      const storedValue = stored?.value == null ? null : Number(stored.value);
      const name = frozen.documentName(entry.year, frozen.valueDocument(entry.period));
      if (!stored || storedValue !== entry.value)
        problems.push({
          path: `indicators[${i}].values[${j}].value`,
          message: frozenMessage(name, `värdet för ${entry.year}`),
        });
      else if ((stored.note ?? null) !== (entry.note ?? null))
        problems.push({
          path: `indicators[${i}].values[${j}].note`,
          message: frozenMessage(name, `kommentaren till värdet för ${entry.year}`),
        });
    });
    indicator.targets.forEach((entry, j) => {
      if (!frozen.target(entry.year)) return;
      const stored = targetAt.get(`${id}:${entry.year}`);
      if (!stored || !isDeepStrictEqual(presentTarget(stored), entry.target))
        problems.push({
          path: `indicators[${i}].targets[${j}].target`,
          message: frozenMessage(frozen.documentName(entry.year, 'plan'), `målvärdet för ${entry.year}`),
        });
    });
  });
  return problems;
}

/** Income statement figures of adopted years must equal the stored ones; none may be added. */
async function amountProblems(
  tx: Tx,
  scope: YearScope,
  amounts: NonNullable<CommitteeYear['economy']>['amounts'],
  frozen: Adopted,
): Promise<Problem[]> {
  if (!amounts.some((amount) => frozen.amount(amount.year, amount.month))) return [];
  const stored = await tx
    .select()
    .from(statementAmounts)
    .where(
      and(
        eq(statementAmounts.municipalityId, scope.municipalityId),
        eq(statementAmounts.committeeId, scope.committeeId),
      ),
    );
  const at = new Map(
    stored.map((row) => [`${row.lineKey}:${row.year}:${row.column}:${row.month}`, row.amount]),
  );
  return amounts.flatMap((amount, index): Problem[] => {
    if (!frozen.amount(amount.year, amount.month)) return [];
    const key = `${amount.line}:${amount.year}:${amount.column}:${amount.month ?? 0}`;
    const given = amount.amount === null ? null : oreFromKronor(amount.amount);
    if (at.has(key) && at.get(key) === given) return [];
    const name = frozen.documentName(amount.year, frozen.amountDocument(amount.month));
    return [
      {
        path: `economy.amounts[${index}].amount`,
        message: frozenMessage(name, `beloppet för ${amount.year}`),
      },
    ];
  });
}

/**
 * What the file may not change in adopted documents: a figure of an adopted document may be given as stored
 * (so an export imports again), not changed or added. A person may not set a document's status to adopted:
 * adoption goes through the adoption route, which renders and archives the document. The system (command line,
 * migration of a municipality's history) may.
 */
export async function frozenProblems(
  tx: Tx,
  scope: YearScope,
  document: CommitteeYear,
  refs: { indicators: ReadonlyMap<string, string>; byPerson: boolean },
): Promise<{ problems: Problem[]; frozen: Frozen }> {
  const frozen = await readFrozen(tx, scope);
  const problems: Problem[] = [];
  if (refs.byPerson)
    document.documents.forEach((entry, index) => {
      if (entry.status === 'adopted')
        problems.push({
          path: `documents[${index}].status`,
          message: 'Ett dokument fastställs genom nämndens beslut i tjänsten, inte genom en fil',
        });
    });
  problems.push(...(await indicatorProblems(tx, scope, document, refs.indicators, frozen)));
  if (document.economy) problems.push(...(await amountProblems(tx, scope, document.economy.amounts, frozen)));
  return { problems, frozen };
}
