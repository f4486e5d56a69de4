import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../db/executor.ts';
import { followUpParts, planDocuments } from '../../../db/schema/index.ts';
import { AppError, type ErrorDetail } from '../../../errors.ts';
import type { YearScope } from '../../authority/index.ts';
import { goalsInYear } from '../plan.queries.ts';

/** The ids of the year's goals, which a measure or an assignment may name. */
export async function yearGoalIds(db: Executor, scope: YearScope): Promise<string[]> {
  return (await goalsInYear(db, scope)).map((goal) => goal.id);
}

/** Each goal once and of the year, refused with the path of the entry that is not. */
export function assertGoals(goalIds: readonly string[], yearGoals: readonly string[]) {
  const known = new Set(yearGoals);
  const seen = new Set<string>();
  const problems: ErrorDetail[] = [];
  goalIds.forEach((goalId, index) => {
    const path = `body.goalIds[${index}]`;
    if (!known.has(goalId)) problems.push({ path, message: 'Målet finns inte i årets plan' });
    else if (seen.has(goalId)) problems.push({ path, message: 'Målet står redan i listan' });
    seen.add(goalId);
  });
  const [first] = problems;
  if (first) throw new AppError('VALIDATION', first.message, { details: problems });
}

/** The ids of the year's documents (the plan and its follow-ups), whose follow-up parts belong to the year. */
export async function yearDocumentIds(db: Executor, scope: YearScope): Promise<string[]> {
  const rows = await db
    .select({ id: planDocuments.id })
    .from(planDocuments)
    .where(
      and(
        eq(planDocuments.municipalityId, scope.municipalityId),
        eq(planDocuments.committeeId, scope.committeeId),
        eq(planDocuments.year, scope.year),
      ),
    );
  return rows.map((row) => row.id);
}

/** The condition for the follow-up parts of one object in the year's documents. */
export function partsOf(
  scope: YearScope,
  kind: 'indicator' | 'assignment',
  objectId: string,
  documentIds: string[],
) {
  return and(
    eq(followUpParts.municipalityId, scope.municipalityId),
    eq(followUpParts.kind, kind),
    eq(followUpParts.objectId, objectId),
    inArray(followUpParts.documentId, documentIds),
  );
}
