import type { Problem } from '@styr/shared/domain/problem';
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/executor.ts';
import {
  actionFollowUps,
  assignmentReports,
  indicatorValues,
  planDocuments,
  risks,
  significantDeviations,
  statementAmounts,
} from '../../db/schema/index.ts';
import type { MunicipalitySettings } from './export-settings.service.ts';

const removed = <T>(stored: readonly T[], wanted: readonly T[]) =>
  stored.filter((item) => !wanted.includes(item));

const refused = (path: string, what: string, key: string | number, usedBy: string): Problem => ({
  path,
  message: `${what} ”${key}” saknas i filen men används av ${usedBy}; det kan inte tas bort`,
});

/** Which of `candidates` rows of the municipality still use; no query when there are none. */
async function used<T extends string | number>(
  query: (candidates: T[]) => Promise<{ value: T | null }[]>,
  candidates: T[],
): Promise<Set<T>> {
  if (candidates.length === 0) return new Set();
  return new Set((await query(candidates)).flatMap((row) => (row.value === null ? [] : [row.value])));
}

/**
 * The settings a file leaves out that the municipality's data still refers to: a follow-up point that names a
 * document, value, report or deviation; a risk area or scale step a risk uses; a statement line with figures.
 * Those are refused, naming the list, rather than leaving data that means nothing. (Assessment levels are checked
 * once the scales are written, by the plan module's unfitAssessments.)
 */
export async function removalProblems(
  tx: Tx,
  municipalityId: string,
  stored: MunicipalitySettings,
  wanted: MunicipalitySettings,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  const keys = <T extends { key: string }>(items: readonly T[]) => items.map((item) => item.key);

  const points = removed(keys(stored.followUpPoints), keys(wanted.followUpPoints));
  const pointSources = [
    [planDocuments, planDocuments.document, 'nämndernas dokument'],
    [indicatorValues, indicatorValues.period, 'indikatorvärden'],
    [assignmentReports, assignmentReports.followUp, 'uppdragens återrapportering'],
    [significantDeviations, significantDeviations.followUp, 'väsentliga avvikelser'],
    [actionFollowUps, actionFollowUps.followUp, 'handlingsplanernas uppföljning'],
  ] as const;
  for (const [table, column, usedBy] of pointSources) {
    const inUse = await used(
      (candidates) =>
        tx
          .selectDistinct({ value: column })
          .from(table)
          .where(and(eq(table.municipalityId, municipalityId), inArray(column, candidates))),
      points,
    );
    for (const key of inUse) problems.push(refused('followUpPoints', 'Uppföljningstillfället', key, usedBy));
  }

  const areas = await used(
    (candidates) =>
      tx
        .selectDistinct({ value: risks.areaKey })
        .from(risks)
        .where(and(eq(risks.municipalityId, municipalityId), inArray(risks.areaKey, candidates))),
    removed(keys(stored.riskAreas), keys(wanted.riskAreas)),
  );
  for (const key of areas) problems.push(refused('riskAreas', 'Riskområdet', key, 'risker'));

  const dimensions = [
    ['probability', risks.probability, risks.previousProbability],
    ['consequence', risks.consequence, risks.previousConsequence],
  ] as const;
  for (const [dimension, current, previous] of dimensions) {
    const values = (steps: readonly { value: number }[]) => steps.map((step) => step.value);
    const gone = removed(values(stored.riskScale[dimension]), values(wanted.riskScale[dimension]));
    const inUse = new Set<number>();
    for (const column of [current, previous]) {
      const found = await used(
        (candidates) =>
          tx
            .selectDistinct({ value: column })
            .from(risks)
            .where(and(eq(risks.municipalityId, municipalityId), inArray(column, candidates))),
        gone,
      );
      for (const value of found) inUse.add(value);
    }
    for (const value of inUse)
      problems.push(refused(`riskScale.${dimension}`, 'Skalsteget', value, 'risker'));
  }

  const lines = await used(
    (candidates) =>
      tx
        .selectDistinct({ value: statementAmounts.lineKey })
        .from(statementAmounts)
        .where(
          and(
            eq(statementAmounts.municipalityId, municipalityId),
            inArray(statementAmounts.lineKey, candidates),
          ),
        ),
    removed(keys(stored.statementLines), keys(wanted.statementLines)),
  );
  for (const key of lines)
    problems.push(refused('statementLines', 'Raden', key, 'nämndernas ekonomiska siffror'));
  return problems;
}
