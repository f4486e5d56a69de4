import {
  type IndicatorStatus,
  indicatorStatuses,
  indicatorStatusLabels,
} from '@styr/shared/contracts/indicators';
import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import {
  type AssignmentStatus,
  assignmentStatuses,
  assignmentStatusLabels,
} from '@styr/shared/domain/assignments';
import { formatNumber } from '@styr/shared/format/number';
import type { ReactNode } from 'react';
import { ToneLabel } from '../../components/tone-label.tsx';
import { assessmentIn, levelOf, reportIn, scaleOf, wordsOnly } from './follow-up-values.ts';
import { type FollowUpPoint, indicatorStatusTones } from './plan-labels.ts';

interface Count {
  key: string;
  label: ReactNode;
  count: number;
}

function CountList({ title, counts, total }: { title: string; counts: Count[]; total: string }) {
  return (
    <div className="count-group">
      <h3>{title}</h3>
      <dl className="count-list">
        {counts.map((item) => (
          <div key={item.key}>
            <dt>{item.label}</dt>
            <dd>{formatNumber(item.count)}</dd>
          </div>
        ))}
      </dl>
      <p className="count-total">{total}</p>
    </div>
  );
}

/** How many goals, indicators and assignments are at each level, from the latest follow-up. */
export function OverviewSummary({ view, latest }: { view: CommitteeYearView; latest: FollowUpPoint | null }) {
  const followUp = latest ? ` i ${latest.name.toLowerCase()}` : '';

  const levels = view.goals.map((goal) => levelOf(view, assessmentIn(goal, latest))?.key ?? null);
  // Before any follow-up, the year's first follow-up's scale shows what the levels will be.
  const shown = latest ?? view.followUpPoints[0];
  const scaleLevels = shown ? (scaleOf(view, shown.key)?.levels ?? []) : [];
  const goalCounts: Count[] = scaleLevels.map((level) => ({
    key: level.key,
    label: <ToneLabel tone={level.tone} label={level.label} />,
    count: levels.filter((key) => key === level.key).length,
  }));
  const inWords = levels.filter((key) => key === wordsOnly.key).length;
  if (inWords > 0)
    goalCounts.push({
      key: 'words',
      label: <ToneLabel tone={wordsOnly.tone} label={wordsOnly.label} />,
      count: inWords,
    });
  const unassessed = levels.filter((key) => key === null).length;
  if (unassessed > 0) {
    goalCounts.push({
      key: 'none',
      label: <ToneLabel tone="unknown" label="Ej bedömd" />,
      count: unassessed,
    });
  }

  const indicatorCounts: Count[] = indicatorStatuses.map((status: IndicatorStatus) => ({
    key: status,
    label: <ToneLabel tone={indicatorStatusTones[status]} label={indicatorStatusLabels[status]} />,
    count: view.indicators.filter((indicator) => indicator.status === status).length,
  }));

  const reports = view.assignments.map((assignment) => reportIn(assignment, latest));
  const assignmentCounts: Count[] = assignmentStatuses.map((status: AssignmentStatus) => ({
    key: status,
    label: assignmentStatusLabels[status],
    count: reports.filter((report) => report?.status === status).length,
  }));
  const unreported = reports.filter((report) => !report).length;
  if (unreported > 0) assignmentCounts.push({ key: 'none', label: 'Ej rapporterad', count: unreported });
  const proposedClosed = reports.filter((report) => report?.proposedClosed).length;

  return (
    <section aria-labelledby="summary-heading" className="section">
      <h2 id="summary-heading">Sammanfattning</h2>
      <div className="count-groups">
        <CountList
          title={`Måluppfyllelse${followUp}`}
          counts={goalCounts}
          total={`${formatNumber(view.goals.length)} mål`}
        />
        <CountList
          title={`Indikatorer ${view.year}`}
          counts={indicatorCounts}
          total={`${formatNumber(view.indicators.length)} indikatorer`}
        />
        <CountList
          title={`Uppdrag${followUp}`}
          counts={assignmentCounts}
          total={`${formatNumber(view.assignments.length)} uppdrag, varav ${formatNumber(proposedClosed)} föreslås avslutas`}
        />
      </div>
    </section>
  );
}
