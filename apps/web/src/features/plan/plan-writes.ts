import {
  type Activity,
  type Assignment,
  activitySchema,
  assessmentSchema,
  assignmentPlaceSchema,
  assignmentReportSchema,
  type Goal,
  goalTextSchema,
  type Indicator,
  indicatorFactsSchema,
  indicatorValueSchema,
  setIndicatorValueSchema,
  updateActivitySchema,
  updateAssessmentSchema,
  updateAssignmentReportSchema,
  updateAssignmentSchema,
  updateGoalSchema,
  updateIndicatorSchema,
} from '@styr/shared/contracts/plan';
import type { z } from 'zod';
import type { PlanApi, YearScope } from '../../api/plan-api.ts';
import type { ValidatingSchema } from '../../components/form/use-save-form.ts';
import {
  type ViewUpdate,
  withActivity,
  withAssessment,
  withAssignmentPlace,
  withGoalText,
  withIndicatorFacts,
  withIndicatorValue,
  withReport,
} from './plan-cache.ts';

/**
 * How one object of the committee's year is written: the contract of the request, the call, the contract of the
 * stored object a version conflict answers with, and how the saved object goes into the cached year.
 */
export interface PlanWrite<T, B> {
  schema: z.ZodType<B>;
  send: (api: PlanApi, scope: YearScope, body: B) => Promise<T>;
  storedSchema: ValidatingSchema<T>;
  update: (item: T) => ViewUpdate;
}

const planWrite = <T, B>(
  schema: z.ZodType<B>,
  storedSchema: ValidatingSchema<T>,
  update: (item: T) => ViewUpdate,
  send: PlanWrite<T, B>['send'],
): PlanWrite<T, B> => ({ schema, storedSchema, update, send });

/** A goal's title, focus, plan text and parent goal. */
export const goalTextWrite = ({ id }: Pick<Goal, 'id'>) =>
  planWrite(updateGoalSchema, goalTextSchema, withGoalText, (api, scope, body) =>
    api.updateGoal(scope, id, body),
  );

/** A measure's facts: name, unit, decimals, direction, source and definition. */
export const indicatorFactsWrite = ({ id }: Pick<Indicator, 'id'>) =>
  planWrite(updateIndicatorSchema, indicatorFactsSchema, withIndicatorFacts, (api, scope, body) =>
    api.updateIndicator(scope, id, body),
  );

/** An assignment's category, labels and the goals it serves. */
export const assignmentPlaceWrite = ({ id }: Pick<Assignment, 'id'>) =>
  planWrite(updateAssignmentSchema, assignmentPlaceSchema, withAssignmentPlace, (api, scope, body) =>
    api.updateAssignment(scope, id, body),
  );

/** A goal's assessment in one follow-up. */
export const assessmentWrite = ({ id }: Pick<Goal, 'id'>, followUp: string) =>
  planWrite(
    updateAssessmentSchema,
    assessmentSchema,
    (saved) => withAssessment(id, saved),
    (api, scope, body) => api.setAssessment(scope, id, followUp, body),
  );

/** An assignment's report in one follow-up. */
export const assignmentReportWrite = ({ id }: Pick<Assignment, 'id'>, followUp: string) =>
  planWrite(
    updateAssignmentReportSchema,
    assignmentReportSchema,
    (saved) => withReport(id, saved),
    (api, scope, body) => api.setAssignmentReport(scope, id, followUp, body),
  );

/** An activity's status. */
export const activityStatusWrite = ({ id }: Pick<Activity, 'id'>) =>
  planWrite(updateActivitySchema, activitySchema, withActivity, (api, scope, body) =>
    api.updateActivity(scope, id, body),
  );

/** A measure's outcome for one period. */
export const indicatorValueWrite = ({ id }: Pick<Indicator, 'id'>) =>
  planWrite(
    setIndicatorValueSchema,
    indicatorValueSchema,
    (saved) => withIndicatorValue(id, saved),
    (api, scope, body) => api.setIndicatorValue(scope, id, body),
  );
