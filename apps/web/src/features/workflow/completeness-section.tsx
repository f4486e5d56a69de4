import type { Completeness } from '@styr/shared/contracts/plan';
import { formatDateTime } from '@styr/shared/format/date';
import { formatNumber } from '@styr/shared/format/number';
import type { FollowUpScope } from '../../api/workflow-api.ts';
import { DataTable } from '../../components/data-table.tsx';
import { MissingValue } from '../../components/missing-value.tsx';
import { Loading, QueryError } from '../../components/query-state.tsx';
import { activityStatusLabels } from '../plan/index.ts';
import { useCompleteness } from './use-workflow.ts';

/** Who reports what in one follow-up, the deadline, and what is still missing. */
export function CompletenessSection({ scope }: { scope: FollowUpScope }) {
  const completeness = useCompleteness(scope);
  return (
    <section aria-labelledby="komplett" className="section">
      <h2 id="komplett">Hur långt uppföljningen har kommit</h2>
      {completeness.isPending && <Loading />}
      {completeness.isError && (
        <QueryError error={completeness.error} onRetry={() => completeness.refetch()} />
      )}
      {completeness.data && <CompletenessDetails data={completeness.data} />}
    </section>
  );
}

function CompletenessDetails({ data }: { data: Completeness }) {
  const { summary } = data;
  const of = (progress: { done: number; total: number }) =>
    `${formatNumber(progress.done)} av ${formatNumber(progress.total)}`;
  const goals = data.goals.filter((goal) => !goal.assessed);
  const assignments = data.assignments.filter((item) => item.status === null);
  const indicators = data.indicators.filter((indicator) => indicator.outcome !== 'value');
  const activities = data.activities.filter((activity) => activity.status !== 'done');
  return (
    <>
      <ul className="summary-list">
        <li>{of(summary.goals)} mål bedömda</li>
        <li>{of(summary.assignments)} uppdrag rapporterade</li>
        <li>{of(summary.indicators)} indikatorer med utfall</li>
        <li>{of(summary.activities)} aktiviteter klara</li>
      </ul>
      <h3>Mål utan bedömning</h3>
      <DataTable
        caption="Mål utan bedömning"
        captionHidden
        rows={goals}
        rowKey={(goal) => goal.id}
        empty="Alla mål är bedömda."
        columns={[
          { key: 'title', header: 'Mål', cell: (goal) => goal.title },
          {
            key: 'area',
            header: 'Målområde',
            cell: (goal) => goal.goalArea ?? <MissingValue text="inget målområde" />,
          },
        ]}
      />
      <h3>Uppdrag utan rapport</h3>
      <DataTable
        caption="Uppdrag utan rapport"
        captionHidden
        rows={assignments}
        rowKey={(item) => item.id}
        empty="Alla uppdrag är rapporterade."
        columns={[{ key: 'title', header: 'Uppdrag', cell: (item) => item.title }]}
      />
      <h3>Indikatorer utan utfall</h3>
      <DataTable
        caption="Indikatorer utan utfall"
        captionHidden
        rows={indicators}
        rowKey={(indicator) => indicator.id}
        empty="Alla indikatorer har utfall."
        columns={[
          { key: 'name', header: 'Indikator', cell: (indicator) => indicator.name },
          {
            key: 'outcome',
            header: 'Inlämnat',
            cell: (indicator) =>
              indicator.outcome === 'missing' ? 'Uppgift saknas' : <MissingValue text="inget inlämnat" />,
          },
        ]}
      />
      <h3>Aktiviteter som inte är klara</h3>
      <DataTable
        caption="Aktiviteter som inte är klara"
        captionHidden
        rows={activities}
        rowKey={(activity) => activity.id}
        empty="Alla aktiviteter är klara."
        columns={[
          { key: 'title', header: 'Aktivitet', cell: (activity) => activity.title },
          { key: 'goal', header: 'Mål', cell: (activity) => activity.goal },
          {
            key: 'owner',
            header: 'Ansvarig',
            cell: (activity) => activity.owner?.name ?? <MissingValue text="ingen ansvarig" />,
          },
          { key: 'status', header: 'Status', cell: (activity) => activityStatusLabels[activity.status] },
          {
            key: 'updated',
            header: 'Senast ändrad',
            nowrap: true,
            cell: (activity) => formatDateTime(activity.updatedAt),
          },
        ]}
      />
    </>
  );
}
