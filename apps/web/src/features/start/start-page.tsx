import { Link } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { Loading, QueryError } from '../../components/query-state.tsx';
import { useMunicipalityPermissions } from '../access/index.ts';
import { useMe } from '../auth/index.ts';
import { ReadingRoom } from './reading-room.tsx';
import { readRememberedPlace } from './remembered-place.ts';
import { useMyStart } from './use-my-start.ts';
import { ReviewSection, TasksSection, WorkSection } from './work-sections.tsx';
import '../../styles/start.css';

/** The start page: a section for each of the person's roles, so that someone with several sees each. */
export function StartPage() {
  const me = useMe();
  const start = useMyStart();
  const permissions = useMunicipalityPermissions();
  const title = `Välkommen, ${me.user.displayName}`;
  if (start.isPending) {
    return (
      <>
        <PageHeader title={title} documentTitle="Startsida" />
        <Loading />
      </>
    );
  }
  if (start.isError) {
    return (
      <>
        <PageHeader title={title} documentTitle="Startsida" />
        <QueryError error={start.error} onRetry={() => start.refetch()} />
      </>
    );
  }
  const { committees } = start.data;
  const working = committees.filter((entry) => entry.reading === 'work');
  const reading = committees.filter((entry) => entry.reading === 'handedOver');
  const remembered = readRememberedPlace(me.user.id);
  const rememberedName = working.find((entry) => entry.committee.id === remembered?.committeeId)?.committee
    .name;
  const compiles = working.some((entry) =>
    entry.years.some((year) => year.documents.some((document) => document.awaitingReview !== null)),
  );
  const reports = me.grants.some((grant) => grant.role === 'reporter');
  const administers = permissions.has('users.manage') || permissions.has('org.manage');

  return (
    <>
      <PageHeader title={title} kicker={me.municipality.name} documentTitle="Startsida" />
      {working.length > 0 && (
        <WorkSection committees={working} remembered={remembered} rememberedName={rememberedName ?? null} />
      )}
      {compiles && <ReviewSection committees={working} />}
      {reports && <TasksSection />}
      {reading.length > 0 && <ReadingRoom committees={reading} />}
      {administers && <AdminSection hasCommittees={committees.length > 0} />}
      {committees.length === 0 && !administers && (
        <>
          <p>Ditt konto har inga behörigheter ännu, så det finns ingen nämnd att visa.</p>
          <p>
            Be en administratör i {me.municipality.name} att ge dig behörighet till den nämnd du arbetar med.
          </p>
        </>
      )}
    </>
  );
}

function AdminSection({ hasCommittees }: { hasCommittees: boolean }) {
  const permissions = useMunicipalityPermissions();
  const manages = permissions.has('org.manage');
  return (
    <section aria-labelledby="administrera-heading" className="section">
      <h2 id="administrera-heading">Administrera kommunen</h2>
      {manages && !hasCommittees && <p>Det finns ingen nämnd registrerad ännu. Börja med organisationen.</p>}
      <ul className="start-list">
        {manages && (
          <li>
            <Link to="/admin/installningar">Inställningar för kommunen</Link>: uppföljningar, skalor, risker
            och resultaträkningar
          </li>
        )}
        {permissions.has('users.manage') && (
          <li>
            <Link to="/admin/anvandare">Personer och roller</Link>: vem som får läsa, skriva och administrera
          </li>
        )}
        {manages && (
          <li>
            <Link to="/admin/organisation">Nämnder, förvaltningar och enheter</Link>: kommunens organisation
          </li>
        )}
        {manages && (
          <li>
            <Link to="/admin/dokumentmallar">Mallar för planer och rapporter</Link>: kapitlen i varje dokument
          </li>
        )}
      </ul>
    </section>
  );
}
