import type { CommitteeYearView, PlanDocument } from '@styr/shared/contracts/plan';
import { documentStatusLabels } from '@styr/shared/domain/document-lifecycle';
import { followUpProgress, type Progress } from '@styr/shared/domain/plan-counts';
import { formatNumber } from '@styr/shared/format/number';
import { Link, useParams } from 'react-router';
import { Notice } from '../../components/alerts.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { MissingPage } from '../../components/query-state.tsx';
import { committeePath } from '../org/index.ts';
import {
  CommitteeYearGate,
  DocumentStatusActions,
  decisionText,
  documentName,
  groupGoals,
  usePlanAccess,
} from '../plan/index.ts';
import { reportingPath } from '../workflow/index.ts';
import { FollowUpAssignment } from './follow-up-assignment.tsx';
import { type FollowUpContext, periodText, valuePeriod } from './follow-up-context.ts';
import { FollowUpGoal } from './follow-up-goal.tsx';
import '../../styles/plan.css';
import '../../styles/editor.css';

/** One follow-up of the committee's year: assessments, outcomes, activities and assignment reports, saved item by item. */
export function FollowUpEditorPage() {
  const { followUp = '' } = useParams();
  return (
    <CommitteeYearGate title="Uppföljning">
      {(view) => <FollowUpEditor view={view} followUpKey={followUp} />}
    </CommitteeYearGate>
  );
}

function isAdopted(view: CommitteeYearView, key: string): PlanDocument | null {
  const document = view.documents.find((entry) => entry.document === key);
  return document?.status === 'adopted' ? document : null;
}

function FollowUpEditor({ view, followUpKey }: { view: CommitteeYearView; followUpKey: string }) {
  const access = usePlanAccess(view.committee.id);
  const point = view.followUpPoints.find((entry) => entry.key === followUpKey);
  if (!point) return <MissingPage message={`Det finns ingen uppföljning som heter ”${followUpKey}”.`} />;

  const name = documentName(point.key, view.followUpPoints, view.year);
  const last = [...view.followUpPoints].sort((a, b) => b.month - a.month)[0];
  const document = view.documents.find((entry) => entry.document === point.key) ?? null;
  const adopted = isAdopted(view, point.key);
  const context: FollowUpContext = {
    view,
    point,
    documentName: name,
    isLast: last?.key === point.key,
    readOnly: Boolean(adopted) || !access.canEdit,
    activitiesFrozen: Boolean(adopted) || Boolean(last && isAdopted(view, last.key)),
  };
  const unitNames = access.editedUnits.map((id) => access.unitName(id) ?? 'din enhet');

  return (
    <>
      <PageHeader
        title={name}
        kicker={view.committee.name}
        documentTitle={`${name} – ${view.committee.name}`}
      >
        <p className="document-state">
          Status: <strong>{document ? documentStatusLabels[document.status] : 'Inte påbörjad'}</strong>
          {document?.decision && ` (beslut ${decisionText(document.decision)})`}
        </p>
        {access.canCompile && <DocumentStatusActions view={view} documentKey={point.key} />}
      </PageHeader>
      <ul className="link-row">
        <li>
          <Link to={committeePath(view.committee.id, view.year)}>
            Till översikten för {view.committee.name} {view.year}
          </Link>
        </li>
        <li>
          <Link to={reportingPath(view.committee.id, view.year, point.key)}>
            Rapportering: vem rapporterar vad i {name.toLowerCase()}
          </Link>
        </li>
      </ul>
      {adopted ? (
        <Notice>
          <p className="alert-title">
            {name} är fastställd{adopted.decision ? ` (beslut ${decisionText(adopted.decision)})` : ''} och
            kan inte ändras.
          </p>
          <p>Sidan visar uppföljningen som nämnden fastställde den.</p>
        </Notice>
      ) : (
        !access.canEdit && (
          <Notice>
            {unitNames.length > 0 ? (
              <p>
                Du kan ändra status för aktiviteter som {unitNames.join(' och ')} ansvarar för. Övriga
                uppgifter visas som text.
              </p>
            ) : (
              <p>Du kan läsa uppföljningen men inte ändra den.</p>
            )}
          </Notice>
        )
      )}
      {!context.readOnly && (
        <p className="page-lead">
          Varje bedömning, utfall, aktivitet och uppdrag sparas för sig med sin egen knapp. Ett tomt utfall
          sparas som ”uppgift saknas”, som inte är detsamma som noll.
        </p>
      )}
      <ProgressList context={context} />
      <nav aria-label="På sidan" className="page-toc">
        <ul>
          <li>
            <a href="#mal">Mål ({formatNumber(view.goals.length)})</a>
          </li>
          <li>
            <a href="#uppdrag">Uppdrag ({formatNumber(view.assignments.length)})</a>
          </li>
        </ul>
      </nav>
      <section aria-labelledby="mal" className="section">
        <h2 id="mal" tabIndex={-1}>
          Mål och indikatorer
        </h2>
        {view.goals.length === 0 && <p className="empty">Planen för {view.year} har inga mål.</p>}
        {groupGoals(view).map((group) => (
          <section key={group.key} aria-labelledby={`grupp-${group.key}`} className="goal-group">
            <h3 id={`grupp-${group.key}`}>{group.title}</h3>
            {group.goals.length === 0 && <p className="empty">Inga mål hör till målområdet.</p>}
            {group.goals.map((goal) => (
              <FollowUpGoal
                key={goal.id}
                goal={goal}
                depth={group.depth(goal)}
                context={context}
                access={access}
              />
            ))}
          </section>
        ))}
      </section>
      <section aria-labelledby="uppdrag" className="section">
        <h2 id="uppdrag" tabIndex={-1}>
          Uppdrag
        </h2>
        {view.assignments.length === 0 && <p className="empty">Nämnden har inga uppdrag för {view.year}.</p>}
        {view.assignments.map((assignment) => (
          <FollowUpAssignment key={assignment.id} assignment={assignment} context={context} />
        ))}
      </section>
    </>
  );
}

/** How far the follow-up has come, so that what is left is easy to find. */
function ProgressList({ context }: { context: FollowUpContext }) {
  const { view, point } = context;
  const progress = followUpProgress(view, {
    followUp: point.key,
    year: view.year,
    period: valuePeriod(context),
  });
  const of = ({ done, total }: Progress) => `${formatNumber(done)} av ${formatNumber(total)}`;
  return (
    <dl className="summary progress">
      <div>
        <dt>Bedömda mål</dt>
        <dd>{of(progress.goals)}</dd>
      </div>
      <div>
        <dt>Indikatorer med utfall {periodText(context)}</dt>
        <dd>{of(progress.indicators)}</dd>
      </div>
      <div>
        <dt>Rapporterade uppdrag</dt>
        <dd>{of(progress.assignments)}</dd>
      </div>
    </dl>
  );
}
