import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import { countPlan } from '@styr/shared/domain/plan-counts';
import { formatNumber } from '@styr/shared/format/number';
import { groupGoals } from './goal-section.tsx';
import type { FollowUpPoint } from './plan-labels.ts';
import { indicatorStatusChoices, type StatusChoice } from './status-choices.ts';

interface Part extends StatusChoice {
  count: number;
}

/**
 * The statuses as one bar, each part as wide as its share, with the same counts in words beside it: the
 * words carry the information, so the bar is hidden from screen readers and never has to be read by colour.
 */
function StatusBar({
  parts,
  total,
  nouns: [one, many],
}: {
  parts: readonly Part[];
  total: number;
  /** The noun in the singular and the plural. */
  nouns: readonly [string, string];
}) {
  const shown = parts.filter((part) => part.count > 0);
  if (total === 0) return <span className="muted status-bar-text">Inga {many}</span>;
  let offset = 0;
  return (
    <span className="status-bar-cell">
      <svg
        className="status-bar"
        viewBox="0 0 100 10"
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
      >
        {shown.map((part) => {
          const width = (part.count / total) * 100;
          const x = offset;
          offset += width;
          return <rect key={part.key} className={`bar-${part.tone}`} x={x} y={0} width={width} height={10} />;
        })}
      </svg>
      <span className="status-bar-text">
        {formatNumber(total)} {total === 1 ? one : many}:{' '}
        {shown.map((part) => `${formatNumber(part.count)} ${part.label.toLowerCase()}`).join(', ')}
      </span>
    </span>
  );
}

interface AreaRow {
  key: string;
  name: string;
  goals: Part[];
  goalTotal: number;
  indicators: Part[];
  indicatorTotal: number;
}

/**
 * Goal fulfilment and indicator statuses per goal area, as the overview groups the goals below: the goals
 * outside every area (or, without areas, each kind of goal) as rows of their own.
 */
export function AreaSummary({
  view,
  latest,
  goalChoices,
}: {
  view: CommitteeYearView;
  latest: FollowUpPoint | null;
  goalChoices: readonly StatusChoice[];
}) {
  const byId = new Map(view.indicators.map((indicator) => [indicator.id, indicator]));
  const rows = groupGoals(view).map((group): AreaRow => {
    const indicatorIds = new Set(group.goals.flatMap((goal) => goal.indicatorIds));
    const indicators = [...indicatorIds].flatMap((id) => byId.get(id) ?? []);
    const counts = countPlan({ goals: group.goals, indicators, assignments: [] }, latest?.key ?? null);
    const parts = (choices: readonly StatusChoice[], byStatus: Map<string, number>) =>
      choices.map((choice) => ({ ...choice, count: byStatus.get(choice.key) ?? 0 }));
    return {
      key: group.key,
      name: group.title,
      goals: parts(goalChoices, counts.goals.byStatus),
      goalTotal: counts.goals.total,
      indicators: parts(indicatorStatusChoices, counts.indicators.byStatus),
      indicatorTotal: counts.indicators.total,
    };
  });

  const followUp = latest ? ` i ${latest.name.toLowerCase()}` : '';
  const grouping = view.goalAreas.length > 0 ? 'målområde' : 'grupp av mål';
  return (
    <div className="area-summary">
      <h3>Per {grouping}</h3>
      <ul className="area-bars">
        {rows.map((area) => (
          <li key={area.key}>
            <p className="area-bars-name">{area.name}</p>
            <dl>
              <dt>Måluppfyllelse{followUp}</dt>
              <dd>
                <StatusBar parts={area.goals} total={area.goalTotal} nouns={['mål', 'mål']} />
              </dd>
              <dt>Indikatorer {view.year}</dt>
              <dd>
                <StatusBar
                  parts={area.indicators}
                  total={area.indicatorTotal}
                  nouns={['indikator', 'indikatorer']}
                />
              </dd>
            </dl>
          </li>
        ))}
      </ul>
    </div>
  );
}
