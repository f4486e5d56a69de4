import type { ActionPlan } from '@styr/shared/contracts/action-plans';
import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import { useState } from 'react';
import type { YearScope } from '../../api/plan-api.ts';
import { StatusMessage } from '../../components/alerts.tsx';
import { ConfirmDialog } from '../../components/dialogs.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Loading, QueryError } from '../../components/query-state.tsx';
import { useMe } from '../auth/index.ts';
import { CommitteeYearGate, usePlanAccess } from '../plan/index.ts';
import { CommitteeNav } from '../shell/index.ts';
import { ActionFollowUpForm } from './action-follow-up-form.tsx';
import { ActionPlanForm } from './action-plan-form.tsx';
import { ActionPlanView } from './action-plan-view.tsx';
import { useActionPlans, useActionPlanWrite } from './use-action-plans.ts';
import '../../styles/economy.css';
import '../../styles/action-plans.css';

/** Handlingsplaner: the year's plans with their areas, actions, budget and follow-up, printed with the plan. */
export function ActionPlansPage() {
  return (
    <CommitteeYearGate title="Handlingsplaner" page="actionPlans">
      {(view) => <ActionPlans view={view} />}
    </CommitteeYearGate>
  );
}

function ActionPlans({ view }: { view: CommitteeYearView }) {
  const scope = {
    municipalityId: useMe().user.municipalityId,
    committeeId: view.committee.id,
    year: view.year,
  };
  const plans = useActionPlans(scope);
  return (
    <>
      <PageHeader
        title="Handlingsplaner"
        kicker={`${view.committee.name} ${view.year}`}
        documentTitle={`Handlingsplaner – ${view.committee.name} ${view.year}`}
      />
      <CommitteeNav committeeId={view.committee.id} year={view.year} />
      {plans.isPending && <Loading />}
      {plans.isError && <QueryError error={plans.error} onRetry={() => plans.refetch()} />}
      {plans.data && <PlanList view={view} scope={scope} plans={plans.data.actionPlans} />}
    </>
  );
}

function PlanList({
  view,
  scope,
  plans,
}: {
  view: CommitteeYearView;
  scope: YearScope;
  plans: ActionPlan[];
}) {
  const access = usePlanAccess(view.committee.id);
  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState('');
  const adopted = (document: string) =>
    view.documents.some((entry) => entry.document === document && entry.status === 'adopted');
  const planFrozen = adopted('plan');
  const openPoints = [...view.followUpPoints]
    .sort((a, b) => a.month - b.month)
    .filter((point) => !adopted(point.key));
  const pointNames = new Map(view.followUpPoints.map((point) => [point.key, point.name]));
  const shared = { scope, view, onMessage: setMessage };
  return (
    <>
      <p className="page-lead">
        Handlingsplaner som nämnden har för {view.year}, ofta överenskomna med en annan part. De skrivs ut som
        bilaga till verksamhetsplanen
        {planFrozen ? ', som är fastställd; planerna kan inte längre ändras' : ''}.
      </p>
      <StatusMessage>{message}</StatusMessage>
      {plans.length === 0 && <p className="empty">Nämnden har inga handlingsplaner för {view.year}.</p>}
      {plans.map((plan) => (
        <PlanArticle
          key={plan.id}
          {...shared}
          plan={plan}
          pointNames={pointNames}
          openPoints={openPoints}
          canEdit={access.canEdit && !planFrozen}
          canFollowUp={access.canEdit}
        />
      ))}
      {access.canEdit &&
        !planFrozen &&
        (adding ? (
          <ActionPlanForm {...shared} plan={null} onClose={() => setAdding(false)} />
        ) : (
          <button type="button" className="button" onClick={() => setAdding(true)}>
            Lägg till en handlingsplan
          </button>
        ))}
    </>
  );
}

function PlanArticle({
  scope,
  view,
  plan,
  pointNames,
  openPoints,
  canEdit,
  canFollowUp,
  onMessage,
}: {
  scope: YearScope;
  view: CommitteeYearView;
  plan: ActionPlan;
  pointNames: Map<string, string>;
  openPoints: { key: string; name: string }[];
  canEdit: boolean;
  canFollowUp: boolean;
  onMessage: (message: string) => void;
}) {
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const remove = useActionPlanWrite(scope, (api, at, version: number) => api.remove(at, plan.id, version));
  const headingId = `plan-${plan.id}`;
  return (
    <article className="section action-plan" aria-labelledby={headingId}>
      <h2 id={headingId}>{plan.title}</h2>
      {editing ? (
        <ActionPlanForm
          scope={scope}
          view={view}
          plan={plan}
          onMessage={onMessage}
          onClose={() => setEditing(false)}
        />
      ) : (
        <ActionPlanView plan={plan} pointNames={pointNames} />
      )}
      {canEdit && !editing && (
        <div className="plan-actions">
          <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
            Ändra {plan.title}
          </button>
          <button type="button" className="button button-secondary" onClick={() => setRemoving(true)}>
            Ta bort {plan.title}
          </button>
        </div>
      )}
      {canFollowUp && plan.focusAreas.some((area) => area.strategies.some((s) => s.actions.length > 0)) && (
        <details>
          <summary>Följ upp insatserna</summary>
          <ActionFollowUpForm scope={scope} view={view} plan={plan} points={openPoints} />
        </details>
      )}
      <ConfirmDialog
        isOpen={removing}
        onOpenChange={setRemoving}
        title={`Ta bort ${plan.title}?`}
        confirmLabel="Ta bort planen"
        pendingLabel="Tar bort…"
        isPending={remove.isPending}
        error={remove.error}
        onConfirm={() =>
          remove.mutate(plan.version, {
            onSuccess: () => {
              setRemoving(false);
              onMessage(`${plan.title} är borttagen.`);
            },
          })
        }
      >
        <p>Planen tas bort med sina fokusområden, insatser, budget och uppföljning.</p>
      </ConfirmDialog>
    </article>
  );
}
