import type { Removal } from '@styr/shared/contracts/plan-structure';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/executor.ts';
import {
  activities,
  assignmentGoals,
  followUpParts,
  goalAssessments,
  goalIndicators,
  planDocuments,
} from '../../db/schema/index.ts';

export const noRemoval: Removal = {
  subGoals: 0,
  activities: 0,
  assessments: 0,
  indicatorLinks: 0,
  assignmentLinks: 0,
  followUpParts: 0,
  goalsLeftWithoutArea: 0,
  assignmentsLeftWithoutArea: 0,
};

const count = sql<number>`count(*)::int`;

/** What the goals (a goal and those beneath it) hold that goes with them when they are removed. */
export async function heldByGoals(db: Executor, municipalityId: string, goalIds: string[]) {
  const [activityCount] = await db
    .select({ count })
    .from(activities)
    .where(and(eq(activities.municipalityId, municipalityId), inArray(activities.goalId, goalIds)));
  const assessments = await db
    .select({ document: planDocuments.document })
    .from(goalAssessments)
    .innerJoin(
      planDocuments,
      and(
        eq(planDocuments.municipalityId, goalAssessments.municipalityId),
        eq(planDocuments.id, goalAssessments.documentId),
      ),
    )
    .where(and(eq(goalAssessments.municipalityId, municipalityId), inArray(goalAssessments.goalId, goalIds)));
  const [indicatorCount] = await db
    .select({ count })
    .from(goalIndicators)
    .where(and(eq(goalIndicators.municipalityId, municipalityId), inArray(goalIndicators.goalId, goalIds)));
  const [assignmentCount] = await db
    .select({ count })
    .from(assignmentGoals)
    .where(and(eq(assignmentGoals.municipalityId, municipalityId), inArray(assignmentGoals.goalId, goalIds)));
  const [partCount] = await db
    .select({ count })
    .from(followUpParts)
    .where(
      and(
        eq(followUpParts.municipalityId, municipalityId),
        eq(followUpParts.kind, 'goal'),
        inArray(followUpParts.objectId, goalIds),
      ),
    );
  return {
    counts: {
      ...noRemoval,
      subGoals: goalIds.length - 1,
      activities: activityCount?.count ?? 0,
      assessments: assessments.length,
      indicatorLinks: indicatorCount?.count ?? 0,
      assignmentLinks: assignmentCount?.count ?? 0,
      followUpParts: partCount?.count ?? 0,
    },
    /** The follow-ups whose assessments go, each of which must still be open to change. */
    assessedIn: [...new Set(assessments.map((row) => row.document))],
  };
}
