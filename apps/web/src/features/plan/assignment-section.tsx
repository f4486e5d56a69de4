import type { Assignment, CommitteeYearView } from '@styr/shared/contracts/plan';
import {
  type AssignmentGrouping,
  assignmentGroupingLabels,
  assignmentGroupings,
  assignmentSourceLabels,
  assignmentStatuses,
  assignmentStatusLabels,
  groupAssignments,
} from '@styr/shared/domain/assignments';
import { useState } from 'react';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { SelectField } from '../../components/form-fields.tsx';
import { MissingValue } from '../../components/missing-value.tsx';
import { reportIn } from './follow-up-values.ts';
import { assignmentPlaceFacts, type FollowUpPoint } from './plan-labels.ts';

interface AssignmentRow {
  assignment: Assignment;
  report: Assignment['reports'][number] | null;
}

const statusOrder = (row: AssignmentRow) => (row.report ? assignmentStatuses.indexOf(row.report.status) : 99);

function AssignmentTitle({ assignment, view }: { assignment: Assignment; view: CommitteeYearView }) {
  const facts = [
    `Givet ${assignment.yearGiven}`,
    assignment.decisionReference,
    assignment.carriedOver && assignment.yearGiven < view.year ? 'Överfört från tidigare år' : null,
    assignment.coordinatedBy && `Samordnas av ${assignment.coordinatedBy}`,
    ...assignmentPlaceFacts(view, assignment),
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
  const [grouping, setGrouping] = useState<AssignmentGrouping | 'none'>('none');
  const areaName = new Map(view.goalAreas.map((goalArea) => [goalArea.id, goalArea.name]));
  const areaOf = (assignment: Assignment) =>
    assignment.goalAreaId ? (areaName.get(assignment.goalAreaId) ?? null) : null;
  const shown: AssignmentRow[] = view.assignments.map((assignment) => ({
    assignment,
    report: reportIn(assignment, latest),
  }));
  const statusHeader = latest ? `Status i ${latest.name.toLowerCase()}` : 'Status';

  const columns: Column<AssignmentRow>[] = [
    {
      key: 'title',
      header: 'Uppdrag',
      sortValue: (row) => row.assignment.title,
      cell: (row) => <AssignmentTitle assignment={row.assignment} view={view} />,
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
            <SelectField
              label="Gruppera uppdragen efter"
              name="assignment-grouping"
              value={grouping}
              onChange={(value) => setGrouping(value as AssignmentGrouping | 'none')}
              options={[
                { value: 'none', label: 'Ingen gruppering' },
                ...assignmentGroupings.map((by) => ({ value: by, label: assignmentGroupingLabels[by] })),
              ]}
            />
          </div>
          {grouping === 'none' ? (
            <DataTable
              caption={`Nämndens uppdrag ${view.year}`}
              captionHidden
              columns={columns}
              rows={shown}
              rowKey={(row) => row.assignment.id}
              empty="Inga uppdrag."
              className="table-assignments"
            />
          ) : (
            groupAssignments(
              shown.map((row) => ({ ...row.assignment, row })),
              grouping,
            ).map((group) => (
              <section key={group.title} aria-label={group.title}>
                <h3>{group.title}</h3>
                <DataTable
                  caption={`Nämndens uppdrag ${view.year}: ${group.title}`}
                  captionHidden
                  columns={columns}
                  rows={group.assignments.map((entry) => entry.row)}
                  rowKey={(row) => row.assignment.id}
                  empty="Inga uppdrag."
                  className="table-assignments"
                />
              </section>
            ))
          )}
        </>
      )}
    </section>
  );
}
