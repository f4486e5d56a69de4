import { indicatorStatuses, indicatorStatusLabels } from '@styr/shared/contracts/indicators';
import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import type { Tone } from '@styr/shared/domain/assessment';
import {
  assignmentStatuses,
  assignmentStatusLabels,
  assignmentStatusTones,
} from '@styr/shared/domain/assignments';
import { unassessedStatus, unreportedStatus, wordsOnlyStatus } from '@styr/shared/domain/plan-counts';
import { scaleOf } from './follow-up-values.ts';
import { type FollowUpPoint, indicatorStatusTones } from './plan-labels.ts';

export interface StatusChoice {
  key: string;
  label: string;
  tone: Tone;
}

/**
 * The statuses a goal can have in the follow-up counted from: the scale's levels (before any follow-up, the
 * first follow-up's scale shows what they will be), then in words only and not assessed; a level key the
 * scale no longer has is listed as it is, so that no goal falls outside every choice.
 */
export function goalStatusChoices(view: CommitteeYearView, latest: FollowUpPoint | null): StatusChoice[] {
  const shown = latest ?? view.followUpPoints[0];
  const levels: StatusChoice[] = shown ? [...(scaleOf(view, shown.key)?.levels ?? [])] : [];
  const known = new Set(levels.map((level) => level.key));
  for (const goal of view.goals) {
    const level = goal.assessments.find((entry) => entry.followUp === latest?.key)?.level;
    if (level && !known.has(level)) {
      known.add(level);
      levels.push({ key: level, label: level, tone: 'unknown' });
    }
  }
  return [
    ...levels,
    { key: wordsOnlyStatus, label: 'Bedömd i ord', tone: 'unknown' },
    { key: unassessedStatus, label: 'Ej bedömd', tone: 'unknown' },
  ];
}

/** Statuses an assignment can have in a follow-up, not reported included. */
export const assignmentStatusChoices: StatusChoice[] = [
  ...assignmentStatuses.map((status) => ({
    key: status,
    label: assignmentStatusLabels[status],
    tone: assignmentStatusTones[status],
  })),
  { key: unreportedStatus, label: 'Ej rapporterad', tone: 'unknown' },
];

export const indicatorStatusChoices: StatusChoice[] = indicatorStatuses.map((status) => ({
  key: status,
  label: indicatorStatusLabels[status],
  tone: indicatorStatusTones[status],
}));
