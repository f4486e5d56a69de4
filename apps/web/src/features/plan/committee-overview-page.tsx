import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import { Link, useLocation } from 'react-router';
import { Notice } from '../../components/alerts.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { committeePath, planEditorPath } from '../org/index.ts';
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
  return <CommitteeYearGate title="Översikt">{(view) => <Overview view={view} />}</CommitteeYearGate>;
}

function Overview({ view }: { view: CommitteeYearView }) {
  const { committee, year } = view;
  const latest = latestFollowUp(view);
  const access = usePlanAccess(committee.id);
  const units = useOwnerUnits(view);
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
      {isEmptyYear(view) ? (
        <EmptyYear view={view} />
      ) : (
        <>
          <p className="page-lead">
            {latest
              ? `Bedömningar och status är hämtade från ${latest.name.toLowerCase()} ${year}, den senaste uppföljningen med uppgifter.`
              : `Ingen uppföljning för ${year} har uppgifter ännu, så målen saknar bedömning och uppdragen status.`}
          </p>
          <ExportLink committeeId={committee.id} committeeName={committee.name} year={year} />
          <section aria-labelledby="documents-heading" className="section">
            <h2 id="documents-heading">Dokument</h2>
            <DocumentTable view={view} canCompile={access.canCompile} />
            <p>
              <Link to={planEditorPath(committee.id, year)}>
                {access.canEdit ? 'Skriv planens texter för målen' : 'Läs planens texter för målen'}
              </Link>
            </p>
            {access.canCompile && <StartNextYear view={view} />}
          </section>
          <OverviewSummary view={view} latest={latest} />
          <OverviewPlan view={view} latest={latest} units={units} />
        </>
      )}
    </>
  );
}

function EmptyYear({ view }: { view: CommitteeYearView }) {
  const { committee, year } = view;
  return (
    <Notice>
      <p className="alert-title">
        Det finns ingen plan eller uppföljning för {committee.name} {year}.
      </p>
      <p>
        Nämndens år läggs in genom import i det öppna formatet (styr/committee-year): en JSON-fil med mål,
        indikatorer, uppdrag och uppföljningar. Den som sköter servern läser in filen med kommandot{' '}
        <code>styr import fil.json</code>.
      </p>
      <p>
        Ett år som redan finns kan laddas ner i samma format med länken Ladda ner som JSON på årets översikt,
        eller med kommandot <code>styr export --committee "{committee.name}" --year ÅÅÅÅ</code>, och användas
        som förlaga.
      </p>
      <p>
        <Link to={committeePath(committee.id, year - 1)}>
          Visa {committee.name} {year - 1}
        </Link>
      </p>
    </Notice>
  );
}
