import type { CommitteeYear } from '@styr/shared/contracts/interchange';
import { stableId } from '../../db/stable-ids.ts';
import type { YearScope } from '../authority/index.ts';

/**
 * The id each object of a file is written under: the one the file gives, else one derived from the object's
 * key and scope, so a file without ids updates the same rows every time. The writers and the ownership check
 * (import-ownership.ts) both take ids from here, so they cannot disagree.
 */
export const unitId = (scope: YearScope, unit: CommitteeYear['units'][number]) =>
  unit.id ?? stableId(scope.municipalityId, scope.committeeId, 'unit', unit.key);

export const goalAreaId = (scope: YearScope, area: CommitteeYear['goalAreas'][number]) =>
  area.id ?? stableId(scope.municipalityId, scope.committeeId, String(scope.year), 'goalArea', area.key);

export const goalId = (scope: YearScope, goal: CommitteeYear['goals'][number]) =>
  goal.id ?? stableId(scope.municipalityId, scope.committeeId, String(scope.year), 'goal', goal.key);

type Activity = NonNullable<CommitteeYear['goals'][number]['activities']>[number];
export const activityId = (goal: string, activity: Activity) =>
  activity.id ?? stableId(goal, 'activity', activity.key);

export const indicatorId = (scope: YearScope, indicator: CommitteeYear['indicators'][number]) =>
  indicator.id ?? stableId(scope.municipalityId, scope.committeeId, 'indicator', indicator.key);

export const assignmentId = (scope: YearScope, assignment: CommitteeYear['assignments'][number]) =>
  assignment.id ?? stableId(scope.municipalityId, scope.committeeId, 'assignment', assignment.key);

export const riskId = (scope: YearScope, risk: CommitteeYear['risks'][number]) =>
  risk.id ?? stableId(scope.municipalityId, scope.committeeId, String(scope.year), 'risk', risk.key);

type Control = CommitteeYear['risks'][number]['controls'][number];
export const controlId = (scope: YearScope, risk: string, control: Control) =>
  control.id ?? stableId(scope.municipalityId, risk, 'control', control.key);

export const actionPlanId = (scope: YearScope, plan: CommitteeYear['actionPlans'][number]) =>
  plan.id ?? stableId(scope.municipalityId, scope.committeeId, String(scope.year), 'actionPlan', plan.key);
