import {
  type ActionPlan,
  type ActionPlanInput,
  actionPlanInputSchema,
  actionPlanSchema,
  type UpdateActionPlan,
  updateActionPlanSchema,
} from '@styr/shared/contracts/action-plans';
import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import type { YearScope } from '../../api/plan-api.ts';
import { CancelButton } from '../../components/form/cancel-button.tsx';
import { FormErrorSummary } from '../../components/form/error-summary.tsx';
import { FormDateField, FormRichTextField, FormTextField } from '../../components/form/fields.tsx';
import { SaveForm } from '../../components/form/save-form.tsx';
import { useSaveForm } from '../../components/form/use-save-form.ts';
import { amountIssues, bodyOf, draftOf, type PlanDraft } from './action-plan-draft.ts';
import { planPlace } from './action-plan-errors.ts';
import { AreaFields, BudgetFields } from './action-plan-parts.tsx';
import { useActionPlanWrite, useFrozenDocument } from './use-action-plans.ts';

/**
 * A plan's whole text in one form: its facts, focus areas with strategies and actions, funders and budget.
 * Saved as a whole against the version it was read at; every problem is listed above the form and at its field.
 */
export function ActionPlanForm({
  scope,
  view,
  plan,
  onMessage,
  onClose,
}: {
  scope: YearScope;
  view: CommitteeYearView;
  /** Null for a new plan. */
  plan: ActionPlan | null;
  /** Told "… är sparad." after a save, for the page: the form closes then. */
  onMessage: (message: string) => void;
  /** After a save, or when the person cancels. */
  onClose: () => void;
}) {
  const write = useActionPlanWrite(scope, (api, at, body: ActionPlanInput | UpdateActionPlan) =>
    'version' in body ? api.update(at, plan?.id ?? '', body) : api.create(at, body),
  );
  const frozen = useFrozenDocument(view, 'plan');
  const save = useSaveForm<ActionPlan, PlanDraft, ActionPlanInput | UpdateActionPlan>({
    stored: plan,
    toValues: draftOf,
    schema: plan ? updateActionPlanSchema : actionPlanInputSchema,
    toBody: bodyOf,
    check: amountIssues,
    storedSchema: actionPlanSchema,
    afterSave: plan ? 'follow' : 'clear',
    frozen,
  });
  const title = plan ? `Ändra ${plan.title}` : 'Ny handlingsplan';

  return (
    <>
      <h3>{title}</h3>
      <SaveForm
        save={save}
        className="action-plan-form"
        label={title}
        onSubmit={save.submit(write.mutateAsync, {
          saved: 'Planen är sparad.',
          onSaved: (saved) => {
            onMessage(`${saved.title} är sparad.`);
            onClose();
          },
        })}
        subject={plan ? `handlingsplanen ${plan.title}` : 'handlingsplanen'}
        saveLabel="Spara handlingsplanen"
        actions={<CancelButton onCancel={onClose} />}
      >
        <FormErrorSummary title="Planen är inte sparad. Rätta följande:" place={planPlace} />
        <FormTextField label="Rubrik" name="title" maxLength={500} />
        <FormTextField label="Överenskommen med" name="partner" optional maxLength={500} />
        <div className="field-row">
          <FormDateField label="Gäller från" name="periodFrom" optional />
          <FormDateField label="Gäller till" name="periodTo" optional />
        </div>
        <FormRichTextField label="Syfte och bakgrund" name="purpose" optional />
        <AreaFields />
        <BudgetFields />
      </SaveForm>
    </>
  );
}
