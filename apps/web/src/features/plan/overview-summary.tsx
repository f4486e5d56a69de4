import { activityStatuses } from '@styr/shared/contracts/interchange';
import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import {
  countPlan,
  followUpProgress,
  outcomePeriod,
  unassessedStatus,
  unreportedStatus,
  wordsOnlyStatus,
} from '@styr/shared/domain/plan-counts';
import { formatNumber } from '@styr/shared/format/number';
import { ToneLabel } from '../../components/tone-label.tsx';
import { AreaSummary } from './area-summary.tsx';
import { activityStatusLabels, type FollowUpPoint } from './plan-labels.ts';
import {
  assignmentStatusChoices,
  goalStatusChoices,
  indicatorStatusChoices,
  type StatusChoice,
} from './status-choices.ts';

interface Count extends StatusChoice {
  count: number;
}

function CountList({ title, counts, total }: { title: string; counts: Count[]; total: string }) {
  return (
    <div className="count-group">
      <h3>{title}</h3>
      <dl className="count-list">
        {counts.map((item) => (
          <div key={item.key}>
            <dt>
              <ToneLabel tone={item.tone} label={item.label} />
            </dt>
            <dd>{formatNumber(item.count)}</dd>
          </div>
        ))}
      </dl>
      <p className="count-total">{total}</p>
    </div>
  );
}

/** Every choice with its count; the ones for what is missing only when something is. */
function withCounts(
  choices: readonly StatusChoice[],
  counts: Map<string, number>,
  optional: readonly string[],
) {
  return choices
    .map((choice) => ({ ...choice, count: counts.get(choice.key) ?? 0 }))
    .filter((choice) => choice.count > 0 || !optional.includes(choice.key));
}

const activityTones = { notStarted: 'unknown', ongoing: 'partial', done: 'good' } as const;

/**
 * How many goals, indicators, assignments and activities are at each status, counted by the same rules as
 * the follow-up pages, and goal fulfilment per goal area.
 */
export function OverviewSummary({ view, latest }: { view: CommitteeYearView; latest: FollowUpPoint | null }) {
  const followUp = latest ? ` i ${latest.name.toLowerCase()}` : '';
  const counts = countPlan(view, latest?.key ?? null);
  // The same count of outcomes as the follow-up's own page and its completeness check.
  const measured = latest
    ? followUpProgress(view, {
        followUp: latest.key,
        year: view.year,
        period: outcomePeriod(view.followUpPoints, latest.key),
      }).indicators.done
    : null;
  const goalChoices = goalStatusChoices(view, latest);
  const activities = activityStatuses.map((status) => ({
    key: status,
    label: activityStatusLabels[status],
    tone: activityTones[status],
    count: counts.activities.byStatus.get(status) ?? 0,
  }));

  return (
    <section aria-labelledby="summary-heading" className="section">
      <h2 id="summary-heading">Sammanfattning</h2>
      <div className="count-groups">
        <CountList
          title={`Måluppfyllelse${followUp}`}
          counts={withCounts(goalChoices, counts.goals.byStatus, [wordsOnlyStatus, unassessedStatus])}
          total={`${formatNumber(counts.goals.total)} mål, varav ${formatNumber(counts.goals.assessed)} bedömda`}
        />
        <CountList
          title={`Indikatorer ${view.year}`}
          counts={withCounts(indicatorStatusChoices, counts.indicators.byStatus, [])}
          total={`${formatNumber(counts.indicators.total)} indikatorer${
            measured === null ? '' : `, varav ${formatNumber(measured)} med utfall${followUp}`
          }`}
        />
        <CountList
          title={`Uppdrag${followUp}`}
          counts={withCounts(assignmentStatusChoices, counts.assignments.byStatus, [unreportedStatus])}
          total={`${formatNumber(counts.assignments.total)} uppdrag, varav ${formatNumber(counts.assignments.proposedClosed)} föreslås avslutas`}
        />
        {counts.activities.total > 0 && (
          <CountList
            title="Aktiviteter nu"
            counts={activities}
            total={`${formatNumber(counts.activities.total)} aktiviteter`}
          />
        )}
      </div>
      {view.goals.length > 0 && <AreaSummary view={view} latest={latest} goalChoices={goalChoices} />}
    </section>
  );
}
