import type { Assignment, CommitteeYearView } from '@styr/shared/contracts/plan';
import {
  type AssignmentStatus,
  assignmentSourceLabels,
  assignmentStatuses,
  assignmentStatusLabels,
} from '@styr/shared/domain/assignments';
import { formatNumber } from '@styr/shared/format/number';
import { useState } from 'react';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { SelectField } from '../../components/form-fields.tsx';
import { MissingValue } from '../../components/missing-value.tsx';
import { reportIn } from './follow-up-values.ts';
import type { FollowUpPoint } from './plan-labels.ts';

type StatusFilter = AssignmentStatus | 'unreported' | 'all';

interface AssignmentRow {
  assignment: Assignment;
  report: Assignment['reports'][number] | null;
}

const statusOrder = (row: AssignmentRow) => (row.report ? assignmentStatuses.indexOf(row.report.status) : 99);

function AssignmentTitle({ assignment, year }: { assignment: Assignment; year: number }) {
  const facts = [
    `Givet ${assignment.yearGiven}`,
    assignment.decisionReference,
    assignment.carriedOver && assignment.yearGiven < year ? 'Överfört från tidigare år' : null,
    assignment.coordinatedBy && `Samordnas av ${assignment.coordinatedBy}`,
  ].filter(Boolean);
  return (
    <>
      {assignment.title}
      <span className="cell-meta">{facts.join(' · ')}</span>
    </>
  );
}

export function AssignmentSection({
  view,
  latest,
}: {
  view: CommitteeYearView;
  latest: FollowUpPoint | null;
}) {
  const [filter, setFilter] = useState<StatusFilter>('all');
  const [area, setArea] = useState('all');
  const areaName = new Map(view.goalAreas.map((goalArea) => [goalArea.id, goalArea.name]));
  const areaOf = (assignment: Assignment) =>
    assignment.goalAreaId ? (areaName.get(assignment.goalAreaId) ?? null) : null;
  const rows: AssignmentRow[] = view.assignments
    .filter((assignment) => area === 'all' || (assignment.goalAreaId ?? 'none') === area)
    .map((assignment) => ({ assignment, report: reportIn(assignment, latest) }));
  const matches = (row: AssignmentRow, status: StatusFilter) =>
    status === 'all' || (status === 'unreported' ? !row.report : row.report?.status === status);
  const shown = rows.filter((row) => matches(row, filter));
  const areaOptions = [
    { value: 'all', label: 'Alla målområden' },
    ...view.goalAreas
      .filter((goalArea) => view.assignments.some((assignment) => assignment.goalAreaId === goalArea.id))
      .map((goalArea) => ({ value: goalArea.id, label: goalArea.name })),
    ...(view.assignments.some((assignment) => !assignment.goalAreaId)
      ? [{ value: 'none', label: 'Utan målområde' }]
      : []),
  ];
  const option = (value: StatusFilter, label: string) => ({
    value,
    label: `${label} (${formatNumber(rows.filter((row) => matches(row, value)).length)})`,
  });
  const statusHeader = latest ? `Status i ${latest.name.toLowerCase()}` : 'Status';

  const columns: Column<AssignmentRow>[] = [
    {
      key: 'title',
      header: 'Uppdrag',
      sortValue: (row) => row.assignment.title,
      cell: (row) => <AssignmentTitle assignment={row.assignment} year={view.year} />,
    },
    {
      key: 'area',
      header: 'Målområde',
      sortValue: (row) => areaOf(row.assignment),
      cell: (row) => areaOf(row.assignment) ?? <MissingValue text="inget målområde" />,
    },
    {
      key: 'source',
      header: 'Källa',
      sortValue: (row) => assignmentSourceLabels[row.assignment.source],
      cell: (row) => assignmentSourceLabels[row.assignment.source],
    },
    {
      key: 'status',
      header: statusHeader,
      sortValue: statusOrder,
      cell: (row) =>
        row.report ? (
          assignmentStatusLabels[row.report.status]
        ) : (
          <span className="muted">Ej rapporterad</span>
        ),
    },
    {
      key: 'proposedClosed',
      header: 'Föreslås avslutas',
      sortValue: (row) => (row.report ? (row.report.proposedClosed ? 0 : 1) : null),
      cell: (row) =>
        row.report ? row.report.proposedClosed ? 'Ja' : 'Nej' : <MissingValue text="ej rapporterad" />,
    },
    {
      key: 'comment',
      header: 'Kommentar',
      cell: (row) => row.report?.comment ?? <MissingValue text="ingen kommentar" />,
    },
  ];

  return (
    <section aria-labelledby="assignments-heading" className="section">
      <h2 id="assignments-heading">Uppdrag</h2>
      {view.assignments.length === 0 ? (
        <p className="empty">Nämnden har inga uppdrag för {view.year}.</p>
      ) : (
        <>
          <div className="filter-bar">
            {areaOptions.length > 2 && (
              <SelectField
                label="Visa uppdrag inom målområde"
                name="assignment-area"
                value={area}
                onChange={setArea}
                options={areaOptions}
              />
            )}
            <SelectField
              label={
                latest ? `Visa uppdrag med status i ${latest.name.toLowerCase()}` : 'Visa uppdrag med status'
              }
              name="assignment-status"
              value={filter}
              onChange={(value) => setFilter(value as StatusFilter)}
              options={[
                option('all', 'Alla'),
                ...assignmentStatuses.map((status) => option(status, assignmentStatusLabels[status])),
                ...(rows.some((row) => !row.report) ? [option('unreported', 'Ej rapporterade')] : []),
              ]}
            />
          </div>
          <p role="status" className="filter-result">
            Visar {formatNumber(shown.length)} av {formatNumber(rows.length)} uppdrag.
          </p>
          <DataTable
            caption={`Nämndens uppdrag ${view.year}`}
            captionHidden
            columns={columns}
            rows={shown}
            rowKey={(row) => row.assignment.id}
            empty="Inga uppdrag har den statusen."
            className="table-assignments"
          />
        </>
      )}
    </section>
  );
}
