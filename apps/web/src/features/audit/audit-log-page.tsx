import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { Loading, NoAccessPage, PageLoading, QueryError } from '../../components/query-state.tsx';
import { useMe } from '../auth/index.ts';
import { useOrgNames } from '../org/index.ts';
import { AuditFilterForm } from './audit-filter-form.tsx';
import { AuditLogTable } from './audit-log-table.tsx';
import { type AuditFilters, useAuditLog, useAuditReach } from './use-audit-log.ts';
import '../../styles/audit.css';
import { PendingButton } from '../../components/pending-button.tsx';

const title = 'Ändringslogg';

// The filters live in the address, in Swedish, so that a filtered log can be shared and reloaded.
const urlNames = {
  committeeId: 'namnd',
  entityType: 'typ',
  actorId: 'person',
  from: 'fran',
  to: 'till',
} as const satisfies Record<keyof AuditFilters, string>;

function readFilters(params: URLSearchParams): AuditFilters {
  const filters: AuditFilters = {};
  for (const [key, name] of Object.entries(urlNames)) {
    const value = params.get(name);
    if (value) filters[key as keyof AuditFilters] = value;
  }
  return filters;
}

function writeFilters(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, name] of Object.entries(urlNames)) {
    const value = filters[key as keyof AuditFilters];
    if (value) params.set(name, value);
  }
  return params;
}

/** Every change the person may examine, newest first: who changed what, in which committee, when, and how. */
export function AuditLogPage() {
  const me = useMe();
  const reach = useAuditReach();
  const [params, setParams] = useSearchParams();
  if (reach.pending) return <PageLoading title={title} />;
  if (!reach.wholeMunicipality && reach.committees.length === 0)
    return (
      <NoAccessPage message="Ändringsloggen är till för administratörer, controllers och revisorer. Ditt konto har inte den behörigheten." />
    );
  const filters = readFilters(params);
  return (
    <>
      <PageHeader title={title} kicker={`Granskning · ${me.municipality.name}`}>
        <p className="page-lead">
          Vem som har ändrat vad och när,{' '}
          {reach.wholeMunicipality ? 'i hela kommunen' : 'i de nämnder där du får granska'}. Nyast först.
        </p>
      </PageHeader>
      <section aria-labelledby="audit-filter-heading" className="section">
        <h2 id="audit-filter-heading" className="visually-hidden">
          Filter
        </h2>
        <AuditFilterForm
          key={params.toString()}
          filters={filters}
          committees={reach.committees}
          wholeMunicipality={reach.wholeMunicipality}
          onApply={(next) => setParams(writeFilters(next))}
        />
      </section>
      <AuditResults filters={filters} />
    </>
  );
}

function AuditResults({ filters }: { filters: AuditFilters }) {
  const log = useAuditLog(filters);
  const names = useOrgNames();
  const entries = log.data?.pages.flatMap((page) => page.entries) ?? [];
  const filtered = Object.values(filters).some(Boolean);
  return (
    <section aria-labelledby="audit-results-heading" className="section">
      <h2 id="audit-results-heading">Ändringar</h2>
      {log.isPending && <Loading label="Hämtar ändringar…" />}
      {log.isError && <QueryError error={log.error} onRetry={() => log.refetch()} />}
      {log.data && (
        <>
          <p className="muted" aria-live="polite">
            {entries.length === 0
              ? ''
              : `Visar ${entries.length} ${entries.length === 1 ? 'ändring' : 'ändringar'}${
                  log.hasNextPage ? '; det finns fler' : ''
                }.`}
          </p>
          <AuditLogTable
            entries={entries}
            names={names}
            empty={
              filtered
                ? 'Inga ändringar matchar filtren. Ändra eller rensa filtren.'
                : 'Inga ändringar är registrerade ännu.'
            }
          />
          {log.hasNextPage && (
            <PendingButton
              className="button button-secondary audit-more"
              onClick={() => log.fetchNextPage()}
              pending={log.isFetchingNextPage}
              pendingLabel="Hämtar fler…"
            >
              Visa fler
            </PendingButton>
          )}
        </>
      )}
    </section>
  );
}
