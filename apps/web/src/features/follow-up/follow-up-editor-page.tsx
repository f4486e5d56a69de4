import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import { followUpProgress, type Progress } from '@styr/shared/domain/plan-counts';
import { formatNumber } from '@styr/shared/format/number';
import { Link, useParams } from 'react-router';
import { Notice } from '../../components/alerts.tsx';
import { MissingPage } from '../../components/query-state.tsx';
import {
  AdoptedNotice,
  adoptedDocument,
  CommitteeYearGate,
  DocumentPageHeader,
  documentName,
  GoalGroups,
  usePlanAccess,
  YearOverviewLink,
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

function FollowUpEditor({ view, followUpKey }: { view: CommitteeYearView; followUpKey: string }) {
  const access = usePlanAccess(view.committee.id);
  const point = view.followUpPoints.find((entry) => entry.key === followUpKey);
  if (!point) return <MissingPage message={`Det finns ingen uppföljning som heter ”${followUpKey}”.`} />;

  const name = documentName(point.key, view.followUpPoints, view.year);
  const last = [...view.followUpPoints].sort((a, b) => b.month - a.month)[0];
  const adopted = adoptedDocument(view, point.key);
  const context: FollowUpContext = {
    view,
    point,
    documentName: name,
    isLast: last?.key === point.key,
    readOnly: Boolean(adopted) || !access.canEdit,
    activitiesFrozen: Boolean(adopted) || Boolean(last && adoptedDocument(view, last.key)),
  };
  const unitNames = access.editedUnits.map((id) => access.unitName(id) ?? 'din enhet');

  return (
    <>
      <DocumentPageHeader view={view} documentKey={point.key} name={name} canCompile={access.canCompile} />
      <ul className="link-row">
        <li>
          <YearOverviewLink view={view} />
        </li>
        <li>
          <Link to={reportingPath(view.committee.id, view.year, point.key)}>
            Rapportering: vem rapporterar vad i {name.toLowerCase()}
          </Link>
        </li>
      </ul>
      {adopted ? (
        <AdoptedNotice name={name} document={adopted}>
          <p>Sidan visar uppföljningen som nämnden fastställde den.</p>
        </AdoptedNotice>
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
        <GoalGroups view={view}>
          {(goal, depth) => <FollowUpGoal goal={goal} depth={depth} context={context} access={access} />}
        </GoalGroups>
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
  const rows = [
    ['Bedömda mål', progress.goals],
    [`Indikatorer med utfall ${periodText(context)}`, progress.indicators],
    ['Rapporterade uppdrag', progress.assignments],
  ] as const;
  return (
    <dl className="summary progress">
      {rows.map(([label, counts]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{of(counts)}</dd>
        </div>
      ))}
    </dl>
  );
}
