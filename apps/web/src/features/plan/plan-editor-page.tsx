import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import { formatNumber } from '@styr/shared/format/number';
import { Notice } from '../../components/alerts.tsx';
import { RichText } from '../../components/rich-text.tsx';
import { AssignmentPlaceForm } from './assignment-place-form.tsx';
import { CommitteeYearGate } from './committee-year-gate.tsx';
import {
  AdoptedNotice,
  adoptedDocument,
  DocumentPageHeader,
  YearOverviewLink,
} from './document-page-parts.tsx';
import { GoalFrame } from './goal-article.tsx';
import { GoalGroups } from './goal-section.tsx';
import { GoalTextForm } from './goal-text-form.tsx';
import { PlanGoalsEditor } from './goals-editor/plan-goals-editor.tsx';
import { IndicatorFactsSection } from './indicator-facts-section.tsx';
import { MeasuresSection } from './measures/measures-section.tsx';
import { assignmentPlaceFacts, documentName } from './plan-labels.ts';
import { usePlanAccess } from './use-plan-access.ts';
import '../../styles/plan.css';
import '../../styles/editor.css';

/**
 * The plan's texts per goal: title, focus, omhändertagande and parent goal, saved goal by goal; what each
 * measure is; and each assignment's category, labels and the goals it serves.
 */
export function PlanEditorPage() {
  return (
    <CommitteeYearGate title="Verksamhetsplan">{(view) => <PlanEditor view={view} />}</CommitteeYearGate>
  );
}

/** The long page's parts, to jump to: the structure, the goals' texts, the measures and the assignments. */
function PlanPageParts({ view, editable }: { view: CommitteeYearView; editable: boolean }) {
  const parts = [
    ['planens-mal', 'Planens mål'],
    ...(view.goals.length > 0 ? [['maltexter', `Målens texter (${formatNumber(view.goals.length)})`]] : []),
    ['matt-och-uppdrag', 'Mått och uppdrag'],
    ...(editable ? [['matt-rubrik', 'Måttens uppgifter']] : []),
    ...(view.assignments.length > 0
      ? [['uppdrag-rubrik', `Uppdragens plats (${formatNumber(view.assignments.length)})`]]
      : []),
  ];
  return (
    <nav aria-label="På sidan" className="page-toc">
      <ul>
        {parts.map(([id, label]) => (
          <li key={id}>
            <a href={`#${id}`}>{label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function PlanEditor({ view }: { view: CommitteeYearView }) {
  const access = usePlanAccess(view.committee.id);
  const name = documentName('plan', view.followUpPoints, view.year);
  const adopted = adoptedDocument(view, 'plan');
  const editable = access.canEdit && !adopted;

  return (
    <>
      <DocumentPageHeader view={view} documentKey="plan" name={name} canCompile={access.canCompile} />
      <p>
        <YearOverviewLink view={view} />
      </p>
      {adopted ? (
        <AdoptedNotice name={name} document={adopted} />
      ) : (
        !access.canEdit && (
          <Notice>
            <p>Du kan läsa planens texter men inte ändra dem.</p>
          </Notice>
        )
      )}
      <PlanPageParts view={view} editable={editable} />
      <PlanGoalsEditor view={view} />
      {view.goals.length === 0 && <p className="empty">Planen för {view.year} har inga mål ännu.</p>}
      <div id="maltexter" tabIndex={-1} />
      <GoalGroups view={view} heading="h2">
        {(goal, depth) => (
          <GoalFrame goal={goal} depth={depth} view={view} heading="h3" className="goal editor-goal">
            {editable ? (
              <GoalTextForm goal={goal} view={view} planName={name} />
            ) : goal.planText ? (
              <RichText html={goal.planText} />
            ) : (
              <p className="muted">Planen har ingen text för målet.</p>
            )}
          </GoalFrame>
        )}
      </GoalGroups>
      <MeasuresSection view={view} editable={editable} />
      {editable && <IndicatorFactsSection view={view} planName={name} />}
      {view.assignments.length > 0 && (
        <section aria-labelledby="uppdrag-rubrik" className="goal-group">
          <h2 id="uppdrag-rubrik">Uppdragens kategori, etiketter och mål</h2>
          {view.assignments.map((assignment) => (
            <article
              key={assignment.id}
              className="goal editor-goal"
              aria-labelledby={`uppdrag-${assignment.key}`}
            >
              <h3 id={`uppdrag-${assignment.key}`}>{assignment.title}</h3>
              {editable ? (
                <AssignmentPlaceForm assignment={assignment} view={view} planName={name} />
              ) : (
                <p className="goal-meta">
                  {assignmentPlaceFacts(view, assignment).join(' · ') || 'Ingen kategori, etikett eller mål.'}
                </p>
              )}
            </article>
          ))}
        </section>
      )}
    </>
  );
}
