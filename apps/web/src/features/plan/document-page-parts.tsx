import type { CommitteeYearView, PlanDocument } from '@styr/shared/contracts/plan';
import { documentStatusLabels } from '@styr/shared/domain/document-lifecycle';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Notice } from '../../components/alerts.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { committeePath } from '../org/index.ts';
import { DocumentStatusActions } from './document-status-actions.tsx';
import { decisionText } from './plan-labels.ts';

/** The document of the year with this key, if it is adopted. */
export function adoptedDocument(view: CommitteeYearView, documentKey: string): PlanDocument | null {
  const document = view.documents.find((entry) => entry.document === documentKey);
  return document?.status === 'adopted' ? document : null;
}

/** The heading of a page that edits one of the year's documents: its status and decision, and for those who compile, the status changes. */
export function DocumentPageHeader({
  view,
  documentKey,
  name,
  canCompile,
}: {
  view: CommitteeYearView;
  documentKey: string;
  /** "Verksamhetsplan 2024". */
  name: string;
  canCompile: boolean;
}) {
  const document = view.documents.find((entry) => entry.document === documentKey) ?? null;
  return (
    <PageHeader title={name} kicker={view.committee.name} documentTitle={`${name} – ${view.committee.name}`}>
      <p className="document-state">
        Status: <strong>{document ? documentStatusLabels[document.status] : 'Inte påbörjad'}</strong>
        {document?.decision && ` (beslut ${decisionText(document.decision)})`}
      </p>
      {canCompile && <DocumentStatusActions view={view} documentKey={documentKey} />}
    </PageHeader>
  );
}

/** The way back to the committee's year. */
export function YearOverviewLink({ view }: { view: CommitteeYearView }) {
  return (
    <Link to={committeePath(view.committee.id, view.year)}>
      Till översikten för {view.committee.name} {view.year}
    </Link>
  );
}

/** Says that the document is adopted, with its decision, and so no longer changes. */
export function AdoptedNotice({
  name,
  document,
  children,
}: {
  name: string;
  document: PlanDocument;
  children?: ReactNode;
}) {
  return (
    <Notice>
      <p className="alert-title">
        {name} är fastställd{document.decision ? ` (beslut ${decisionText(document.decision)})` : ''} och kan
        inte ändras.
      </p>
      {children}
    </Notice>
  );
}
