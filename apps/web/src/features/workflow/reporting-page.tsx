import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import { Link, useParams } from 'react-router';
import { Notice } from '../../components/alerts.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Loading, MissingPage, QueryError } from '../../components/query-state.tsx';
import { committeePath, followUpPath } from '../org/index.ts';
import { CommitteeYearGate, documentName, usePlanAccess } from '../plan/index.ts';
import { CompletenessSection } from './completeness-section.tsx';
import { Deadline } from './deadline-section.tsx';
import { PartsSection } from './parts-section.tsx';
import { useFollowUpParts, useFollowUpScope } from './use-workflow.ts';
import '../../styles/plan.css';
import '../../styles/editor.css';
import '../../styles/workflow.css';

/** Who reports what in one follow-up, the deadline, and what is still missing. */
export function ReportingPage() {
  const { followUp = '' } = useParams();
  return (
    <CommitteeYearGate title="Rapportering">
      {(view) => <Reporting view={view} followUpKey={followUp} />}
    </CommitteeYearGate>
  );
}

function Reporting({ view, followUpKey }: { view: CommitteeYearView; followUpKey: string }) {
  const access = usePlanAccess(view.committee.id);
  const scope = useFollowUpScope(view.committee.id, view.year, followUpKey);
  const parts = useFollowUpParts(scope);
  const point = view.followUpPoints.find((entry) => entry.key === followUpKey);
  if (!point) return <MissingPage message={`Det finns ingen uppföljning som heter ”${followUpKey}”.`} />;

  const name = documentName(point.key, view.followUpPoints, view.year);
  const frozen = view.documents.some((entry) => entry.document === point.key && entry.status === 'adopted');
  const controller = access.canCompile && !frozen;

  return (
    <>
      <PageHeader
        title={`Rapportering – ${name}`}
        kicker={view.committee.name}
        documentTitle={`Rapportering – ${name} – ${view.committee.name}`}
      />
      <ul className="link-row">
        <li>
          <Link to={followUpPath(view.committee.id, view.year, point.key)}>Till {name}</Link>
        </li>
        <li>
          <Link to={committeePath(view.committee.id, view.year)}>
            Till översikten för {view.committee.name} {view.year}
          </Link>
        </li>
      </ul>
      {frozen && (
        <Notice>
          <p>{name} är fastställd. Delarna kan inte ges, ändras eller granskas längre.</p>
        </Notice>
      )}
      <p className="page-lead">
        {access.canCompile
          ? 'Ge mål, uppdrag och indikatorer till de enheter som ska rapportera om dem. När en enhet har markerat sin del klar godkänner du den eller skickar tillbaka den med en kommentar.'
          : 'Här syns vilka enheter som rapporterar om vad och hur långt de har kommit.'}
      </p>
      {parts.isPending && <Loading />}
      {parts.isError && <QueryError error={parts.error} onRetry={() => parts.refetch()} />}
      {parts.data && <Deadline scope={scope} list={parts.data} canSet={controller} name={name} />}
      <CompletenessSection scope={scope} />
      {parts.data && (
        <PartsSection
          scope={scope}
          view={view}
          name={name}
          list={parts.data}
          controller={controller}
          frozen={frozen}
        />
      )}
    </>
  );
}
