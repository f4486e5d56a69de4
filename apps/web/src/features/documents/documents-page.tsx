import { type DocumentKind, documentKindLabels, documentKinds } from '@styr/shared/contracts/documents';
import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import { Link, useSearchParams } from 'react-router';
import { adoptedHref } from '../../api/documents-api.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { Loading, PageLoadError, PageLoading, QueryError } from '../../components/query-state.tsx';
import { useCommitteeReading } from '../access/index.ts';
import { CommitteeYearGate, usePlanAccess } from '../plan/index.ts';
import { CommitteeNav } from '../shell/index.ts';
import { useMyStart } from '../start/index.ts';
import { ChapterTexts } from './chapter-texts.tsx';
import { DocumentFiles } from './document-files.tsx';
import { ArchivedPreview, DocumentPreview } from './document-preview.tsx';
import { LackingChapters } from './lacking-chapters.tsx';
import { useDocumentOverview, useDocumentPreview, useYearScope } from './use-documents.ts';
import '../../styles/plan.css';
import '../../styles/documents.css';

const kindOf = (value: string | null): DocumentKind =>
  documentKinds.find((kind) => kind === value) ?? 'verksamhetsplan';

/** The committee's plan and reports as documents: preview, downloads, adopted files and what still lacks content. */
export function DocumentsPage() {
  return (
    <CommitteeYearGate title="Dokument" page="documents">
      {(view) => <Documents view={view} />}
    </CommitteeYearGate>
  );
}

function Documents({ view }: { view: CommitteeYearView }) {
  const reading = useCommitteeReading(view.committee.id);
  const start = useMyStart();
  if (reading === 'work') return <DocumentsOf view={view} kinds={documentKinds} />;
  if (start.isPending) return <PageLoading title="Dokument" />;
  if (start.isError)
    return <PageLoadError title="Dokument" error={start.error} onRetry={() => start.refetch()} />;
  // A member is shown the documents handed over to the committee, as the start page lists them.
  const kinds = (
    start.data.committees
      .find((entry) => entry.committee.id === view.committee.id)
      ?.years.find((entry) => entry.year === view.year)?.documents ?? []
  ).flatMap((document) => (document.kind ? [document.kind] : []));
  return <DocumentsOf view={view} kinds={documentKinds.filter((kind) => kinds.includes(kind))} />;
}

function DocumentsOf({ view, kinds }: { view: CommitteeYearView; kinds: readonly DocumentKind[] }) {
  const [params] = useSearchParams();
  const wanted = kindOf(params.get('dokument'));
  const kind = kinds.includes(wanted) ? wanted : kinds[0];
  if (!kind) {
    return (
      <>
        <PageHeader
          title="Dokument"
          kicker={`${view.committee.name} ${view.year}`}
          documentTitle={`Dokument – ${view.committee.name} ${view.year}`}
        />
        <CommitteeNav committeeId={view.committee.id} year={view.year} />
        <p className="empty">
          Inget av nämndens dokument för {view.year} är överlämnat till nämnden ännu. Det som är överlämnat
          finns i läsrummet på <Link to="/">startsidan</Link>.
        </p>
      </>
    );
  }
  return <DocumentOfKind view={view} kinds={kinds} kind={kind} />;
}

function DocumentOfKind({
  view,
  kinds,
  kind,
}: {
  view: CommitteeYearView;
  kinds: readonly DocumentKind[];
  kind: DocumentKind;
}) {
  const scope = useYearScope(view.committee.id, view.year);
  const access = usePlanAccess(view.committee.id);
  // What a chapter lacks is for those who write it; a member reads the document as handed over.
  const writes = useCommitteeReading(view.committee.id) === 'work';
  const overview = useDocumentOverview(scope, kind);
  // An adopted document is its archived file, whatever the template or the data say since.
  const archived = overview.data?.snapshots.some((snapshot) => snapshot.format === 'pdf') ?? false;
  const preview = useDocumentPreview(scope, kind, overview.data !== undefined && !archived);
  const title = overview.data?.title ?? `${documentKindLabels[kind]} ${view.year}`;

  return (
    <>
      <PageHeader
        title="Dokument"
        kicker={`${view.committee.name} ${view.year}`}
        documentTitle={`Dokument – ${title} – ${view.committee.name}`}
      />
      <CommitteeNav committeeId={view.committee.id} year={view.year} />
      <nav aria-label="Nämndens dokument" className="document-kinds">
        <ul className="link-row">
          {kinds.map((entry) => (
            <li key={entry}>
              <Link to={`?dokument=${entry}`} aria-current={entry === kind ? 'page' : undefined}>
                {documentKindLabels[entry]} {view.year}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {overview.isPending && <Loading />}
      {overview.isError && <QueryError error={overview.error} onRetry={() => overview.refetch()} />}
      {overview.data && (
        <>
          <DocumentFiles
            scope={scope}
            overview={overview.data}
            decision={view.documents.find((entry) => entry.document === overview.data.document)?.decision}
          />
          {writes && <LackingChapters overview={overview.data} />}
          {access.canCompile && overview.data.status !== 'adopted' && (
            <ChapterTexts scope={scope} overview={overview.data} />
          )}
        </>
      )}
      <section aria-labelledby="forhandsvisning" className="section">
        <h2 id="forhandsvisning">Förhandsvisning av {title}</h2>
        {archived ? (
          <ArchivedPreview href={adoptedHref(scope, kind, 'pdf')} title={title} />
        ) : (
          <>
            {preview.isLoading && <Loading label="Framställer dokumentet…" />}
            {preview.isError && <QueryError error={preview.error} onRetry={() => preview.refetch()} />}
            {preview.data && <DocumentPreview html={preview.data} />}
          </>
        )}
      </section>
    </>
  );
}
