import type { Completeness } from '@styr/shared/contracts/plan';
import { formatDateTime } from '@styr/shared/format/date';
import { formatNumber } from '@styr/shared/format/number';
import type { ReactNode } from 'react';
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

/** A column by its header, with what its cells show, kept on one line where it holds a date. */
type Cell<T> = readonly [header: string, cell: (row: T) => ReactNode, nowrap?: 'nowrap'];

/** What is still missing of one kind, under its heading; an empty list says that all is there. */
function Missing<T extends { id: string }>({
  text: { title, done },
  rows,
  cells,
}: {
  /** The heading, and what an empty list says. */
  text: { title: string; done: string };
  rows: readonly T[];
  cells: readonly Cell<T>[];
}) {
  return (
    <>
      <h3>{title}</h3>
      <DataTable
        caption={title}
        captionHidden
        rows={rows}
        rowKey={(row) => row.id}
        empty={done}
        columns={cells.map(([header, cell, nowrap]) => ({
          key: header,
          header,
          cell,
          nowrap: nowrap === 'nowrap',
        }))}
      />
    </>
  );
}

function CompletenessDetails({ data }: { data: Completeness }) {
  const { summary } = data;
  const of = (progress: { done: number; total: number }) =>
    `${formatNumber(progress.done)} av ${formatNumber(progress.total)}`;
  return (
    <>
      <ul className="summary-list">
        <li>{of(summary.goals)} mål bedömda</li>
        <li>{of(summary.assignments)} uppdrag rapporterade</li>
        <li>{of(summary.indicators)} indikatorer med utfall</li>
        <li>{of(summary.activities)} aktiviteter klara</li>
      </ul>
      <Missing
        text={{ title: 'Mål utan bedömning', done: 'Alla mål är bedömda.' }}
        rows={data.goals.filter((goal) => !goal.assessed)}
        cells={[
          ['Mål', (goal) => goal.title],
          ['Målområde', (goal) => goal.goalArea ?? <MissingValue text="inget målområde" />],
        ]}
      />
      <Missing
        text={{ title: 'Uppdrag utan rapport', done: 'Alla uppdrag är rapporterade.' }}
        rows={data.assignments.filter((item) => item.status === null)}
        cells={[['Uppdrag', (item) => item.title]]}
      />
      <Missing
        text={{ title: 'Indikatorer utan utfall', done: 'Alla indikatorer har utfall.' }}
        rows={data.indicators.filter((indicator) => indicator.outcome !== 'value')}
        cells={[
          ['Indikator', (indicator) => indicator.name],
          [
            'Inlämnat',
            (indicator) =>
              indicator.outcome === 'missing' ? 'Uppgift saknas' : <MissingValue text="inget inlämnat" />,
          ],
        ]}
      />
      <Missing
        text={{ title: 'Aktiviteter som inte är klara', done: 'Alla aktiviteter är klara.' }}
        rows={data.activities.filter((activity) => activity.status !== 'done')}
        cells={[
          ['Aktivitet', (activity) => activity.title],
          ['Mål', (activity) => activity.goal],
          ['Ansvarig', (activity) => activity.owner?.name ?? <MissingValue text="ingen ansvarig" />],
          ['Status', (activity) => activityStatusLabels[activity.status]],
          ['Senast ändrad', (activity) => formatDateTime(activity.updatedAt), 'nowrap'],
        ]}
      />
    </>
  );
}
