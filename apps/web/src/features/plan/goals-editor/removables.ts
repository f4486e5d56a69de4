import type { CommitteeYearView, Goal } from '@styr/shared/contracts/plan';
import type { Removal } from '@styr/shared/contracts/plan-structure';
import type { YearScope } from '../../../api/plan-api.ts';
import type { StyrApi } from '../../../api/styr-api.ts';

/** What removing one object of the plan asks, tells and does. */
export interface Removable {
  /** The object's name, for the button's accessible name and the messages. */
  name: string;
  /** The dialog's title, e.g. "Ta bort målet?". */
  title: string;
  /** For goals and goal areas, the server is first asked what goes with the object. */
  subject?: 'goal' | 'area';
  counts?: (api: StyrApi, scope: YearScope) => Promise<Removal>;
  remove: (api: StyrApi, scope: YearScope) => Promise<void>;
  /** Announced once removed, e.g. "Målet Trygg stad är borttaget.". */
  removedMessage: string;
}

export const goalAreaRemoval = (area: CommitteeYearView['goalAreas'][number]): Removable => ({
  name: area.name,
  title: 'Ta bort målområdet?',
  subject: 'area',
  counts: (api, scope) => api.planStructure.goalAreaRemoval(scope, area.id),
  remove: (api, scope) => api.planStructure.deleteGoalArea(scope, area.id, area.version),
  removedMessage: `Målområdet ${area.name} är borttaget.`,
});

/** `name` tells a goal from its adaptations to other goal areas. */
export const goalRemoval = (goal: Goal, name: string): Removable => ({
  name,
  title: 'Ta bort målet?',
  subject: 'goal',
  counts: (api, scope) => api.planStructure.goalRemoval(scope, goal.id),
  remove: (api, scope) => api.planStructure.deleteGoal(scope, goal.id, goal.version),
  removedMessage: `Målet ${goal.title} är borttaget.`,
});

export const activityRemoval = (goal: Goal, activity: Goal['activities'][number]): Removable => ({
  name: activity.title,
  title: 'Ta bort aktiviteten?',
  remove: (api, scope) => api.planStructure.deleteActivity(scope, goal.id, activity.id, activity.version),
  removedMessage: `Aktiviteten ${activity.title} är borttagen.`,
});
