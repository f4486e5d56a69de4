import type { CommitteeYearView, PlanDocument } from '@styr/shared/contracts/plan';
import { documentStatusLabels } from '@styr/shared/domain/document-lifecycle';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { MissingValue } from '../../components/missing-value.tsx';
import { followUpPath, planEditorPath } from '../org/index.ts';
import { reportingPath } from '../workflow/index.ts';
import { DocumentStatusActions } from './document-status-actions.tsx';
import { decisionText, documentName } from './plan-labels.ts';

interface DocumentRow {
  key: string;
  name: string;
  document: PlanDocument | null;
}

/** The plan and every follow-up point of the year, also those not started, so the year's cycle is visible. */
export function DocumentTable({
  view,
  canCompile,
  editorLinks = true,
}: {
  view: CommitteeYearView;
  canCompile: boolean;
  /** Links to the plan and follow-up editors and their reporting; not for a member, who reads the documents. */
  editorLinks?: boolean;
}) {
  const known = new Set(['plan', ...view.followUpPoints.map((point) => point.key)]);
  const href = (key: string) =>
    key === 'plan'
      ? planEditorPath(view.committee.id, view.year)
      : followUpPath(view.committee.id, view.year, key);
  const keys = ['plan', ...view.followUpPoints.map((point) => point.key)];
  const extra = view.documents.map((document) => document.document).filter((key) => !keys.includes(key));
  const rows: DocumentRow[] = [...keys, ...extra].map((key) => ({
    key,
    name: documentName(key, view.followUpPoints, view.year),
    document: view.documents.find((document) => document.document === key) ?? null,
  }));

  const columns: Column<DocumentRow>[] = [
    {
      key: 'name',
      header: 'Dokument',
      cell: (row) =>
        editorLinks && known.has(row.key) ? <Link to={href(row.key)}>{row.name}</Link> : row.name,
    },
    {
      key: 'reporting',
      header: 'Rapportering',
      cell: (row) =>
        editorLinks && row.key !== 'plan' && known.has(row.key) ? (
          <Link to={reportingPath(view.committee.id, view.year, row.key)}>
            Rapportering<span className="visually-hidden"> – {row.name}</span>
          </Link>
        ) : (
          <span className="muted">–</span>
        ),
    },
    {
      key: 'status',
      header: 'Status',
      cell: ({ document }) =>
        document ? (
          <span className={`document-status document-status-${document.status}`}>
            {documentStatusLabels[document.status]}
          </span>
        ) : (
          <span className="muted">Inte påbörjad</span>
        ),
    },
    {
      key: 'decision',
      header: 'Beslut',
      nowrap: true,
      cell: ({ document }) =>
        document?.decision ? (
          decisionText(document.decision)
        ) : (
          <MissingValue text={document?.status === 'adopted' ? 'beslut saknas' : 'inte fastställd'} />
        ),
    },
  ];
  if (canCompile) {
    columns.push({
      key: 'actions',
      header: 'Ändra status',
      cell: (row) =>
        known.has(row.key) && row.document?.status !== 'adopted' ? (
          <DocumentStatusActions view={view} documentKey={row.key} />
        ) : (
          <span className="muted">–</span>
        ),
    });
  }

  return (
    <DataTable
      caption={`Plan och uppföljningar ${view.year}`}
      captionHidden
      columns={columns}
      rows={rows}
      rowKey={(row) => row.key}
      empty="Året har inga dokument."
    />
  );
}
