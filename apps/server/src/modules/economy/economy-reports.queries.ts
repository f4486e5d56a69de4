import { and, asc, eq } from 'drizzle-orm';
import { type Executor, readInTurn } from '../../db/executor.ts';
import { centralItems, equityAssessments, stateGrants } from '../../db/schema/index.ts';
import type { YearScope } from '../authority/index.ts';

export const equityKey = (scope: YearScope) =>
  and(
    eq(equityAssessments.municipalityId, scope.municipalityId),
    eq(equityAssessments.committeeId, scope.committeeId),
    eq(equityAssessments.year, scope.year),
  );

/** State grants, kommuncentrala poster and the equity assessment of a committee's year. */
export async function findEconomyReports(db: Executor, scope: YearScope) {
  const inYear = <T extends typeof stateGrants | typeof centralItems>(table: T) =>
    and(
      eq(table.municipalityId, scope.municipalityId),
      eq(table.committeeId, scope.committeeId),
      eq(table.year, scope.year),
    );
  const [grants, items, [equity]] = await readInTurn([
    () => db.select().from(stateGrants).where(inYear(stateGrants)).orderBy(asc(stateGrants.sortOrder)),
    () => db.select().from(centralItems).where(inYear(centralItems)).orderBy(asc(centralItems.sortOrder)),
    () => db.select().from(equityAssessments).where(equityKey(scope)),
  ]);
  return { grants, items, equity };
}
