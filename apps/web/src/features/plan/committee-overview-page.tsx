import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import { isPlanHandedOver } from '@styr/shared/domain/committee-reading';
import { Link, useLocation } from 'react-router';
import { Notice } from '../../components/alerts.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useCommitteeReading } from '../access/index.ts';
import { committeeDocumentsPath, committeePath, planEditorPath } from '../org/index.ts';
import { CommitteeNav } from '../shell/index.ts';
import { CommitteeYearGate } from './committee-year-gate.tsx';
import { DocumentTable } from './document-table.tsx';
import { ExportLink } from './export-link.tsx';
import { OverviewPlan } from './overview-plan.tsx';
import { OverviewSummary } from './overview-summary.tsx';
import { isEmptyYear, latestFollowUp } from './plan-labels.ts';
import { isStartedYear, StartNextYear, startedYearText } from './start-next-year.tsx';
import { useOwnerUnits } from './use-owner-units.ts';
import { usePlanAccess } from './use-plan-access.ts';
import { useScrollToHash } from './use-scroll-to-hash.ts';
import '../../styles/plan.css';

/** The committee's year at a glance: documents, goals with their indicators, assignments. */
export function CommitteeOverviewPage() {
  return (
    <CommitteeYearGate title="Översikt" page="overview">
      {(view) => <Overview view={view} />}
    </CommitteeYearGate>
  );
}

function Overview({ view }: { view: CommitteeYearView }) {
  const { committee, year } = view;
  const latest = latestFollowUp(view);
  const access = usePlanAccess(committee.id);
  const units = useOwnerUnits(view);
  const reading = useCommitteeReading(committee.id);
  const { state } = useLocation();
  const started = isStartedYear(state) && state.year === year ? state : null;
  useScrollToHash();

  return (
    <>
      <PageHeader
        title={`${committee.name} ${year}`}
        kicker="Nämndens år"
        documentTitle={`Översikt – ${committee.name} ${year}`}
      />
      <CommitteeNav committeeId={committee.id} year={year} />
      {started && (
        <div className="alert alert-success" role="status">
          <p>{startedYearText(started)}</p>
        </div>
      )}
      {reading !== 'work' && !isPlanHandedOver(view.documents) ? (
        <NotHandedOver view={view} />
      ) : isEmptyYear(view) ? (
        <EmptyYear view={view} />
      ) : (
        <>
          <p className="page-lead">
            {latest
              ? `Bedömningar och status är hämtade från ${latest.name.toLowerCase()} ${year}, den senaste uppföljningen med uppgifter.`
              : `Ingen uppföljning för ${year} har uppgifter ännu, så målen saknar bedömning och uppdragen status.`}
          </p>
          {reading === 'work' && (
            <ExportLink committeeId={committee.id} committeeName={committee.name} year={year} />
          )}
          <section aria-labelledby="documents-heading" className="section">
            <h2 id="documents-heading">Dokument</h2>
            <DocumentTable view={view} canCompile={access.canCompile} editorLinks={reading === 'work'} />
            {reading === 'work' && (
              <p>
                <Link to={planEditorPath(committee.id, year)}>
                  {access.canEdit ? 'Skriv planens texter för målen' : 'Läs planens texter för målen'}
                </Link>
              </p>
            )}
            {access.canCompile && <StartNextYear view={view} />}
          </section>
          <OverviewSummary view={view} latest={latest} />
          <OverviewPlan view={view} latest={latest} units={units} />
        </>
      )}
    </>
  );
}

/** A member reads the year once its plan is handed over to the committee; until then, where to read instead. */
function NotHandedOver({ view }: { view: CommitteeYearView }) {
  const { committee, year } = view;
  return (
    <Notice>
      <p className="alert-title">
        Verksamhetsplanen {year} är inte överlämnad till {committee.name} ännu.
      </p>
      <p>
        Planen går att läsa här när förvaltningen har lämnat den till nämnden för beslut. Det som redan är
        överlämnat finns i läsrummet på <Link to="/">startsidan</Link> och bland{' '}
        <Link to={committeeDocumentsPath(committee.id, year)}>nämndens dokument {year}</Link>.
      </p>
    </Notice>
  );
}

/** An empty year says what the person can do about it here, in the web app. */
function EmptyYear({ view }: { view: CommitteeYearView }) {
  const { committee, year } = view;
  const access = usePlanAccess(committee.id);
  return (
    <Notice>
      <p className="alert-title">
        Det finns ingen plan eller uppföljning för {committee.name} {year}.
      </p>
      {access.canCompile ? (
        <p>
          Ett nytt år påbörjas från året före: öppna {committee.name} {year - 1} och välj Påbörja plan för{' '}
          {year}. Målområden, mål och uppdrag som inte är avslutade följer med, och planen skrivs sedan här.
          En plan kan också byggas från början:{' '}
          <Link to={planEditorPath(committee.id, year)}>
            lägg till målområden, mål, indikatorer och uppdrag för {year}
          </Link>
          .
        </p>
      ) : (
        <p>
          Året startas av nämndens controller. Till dess finns nämndens arbete under det år som pågår, som
          startsidan leder till.
        </p>
      )}
      <p>
        <Link to={committeePath(committee.id, year - 1)}>
          Visa {committee.name} {year - 1}
        </Link>
      </p>
      <p>
        <Link to="/">Till startsidan</Link>
      </p>
    </Notice>
  );
}
