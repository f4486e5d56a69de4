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
import { RichText } from '../../components/rich-text.tsx';
import type { ConflictRow } from '../../components/version-conflict.tsx';
import { amountIssues, bodyOf, draftOf, type PlanDraft } from './action-plan-draft.ts';
import { planPlace } from './action-plan-errors.ts';
import { AreaFields, BudgetFields } from './action-plan-parts.tsx';
import { useActionPlanWrite, useFrozenDocument } from './use-action-plans.ts';

const names = (parts: readonly { title?: string; name?: string; label?: string }[]) =>
  parts.map((part) => part.title ?? part.name ?? part.label).join('; ') || '–';
const period = (from: string | null | undefined, to: string | null | undefined) =>
  from || to ? `${from ?? ''} – ${to ?? ''}` : '–';

/** The plan as stored now beside the person's version, part by part. */
function conflictRows(current: ActionPlan, mine: PlanDraft): ConflictRow[] {
  return [
    { label: 'Rubrik', value: current.title, mine: mine.title },
    { label: 'Överenskommen med', value: current.partner ?? '–', mine: mine.partner || '–' },
    {
      label: 'Gäller',
      value: period(current.periodFrom, current.periodTo),
      mine: period(mine.periodFrom, mine.periodTo),
    },
    {
      label: 'Syfte och bakgrund',
      value: current.purpose ? <RichText html={current.purpose} /> : '–',
      mine: mine.purpose ? <RichText html={mine.purpose} /> : '–',
    },
    { label: 'Fokusområden', value: names(current.focusAreas), mine: names(mine.focusAreas) },
    { label: 'Finansiärer', value: names(current.funders), mine: names(mine.funders) },
    { label: 'Budgetrader', value: names(current.budget), mine: names(mine.budget) },
  ];
}

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
    toBody: (values, base) => (base ? { ...bodyOf(values), version: base.version } : bodyOf(values)),
    check: amountIssues,
    storedSchema: actionPlanSchema,
    afterSave: plan ? 'follow' : 'clear',
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
        conflictRows={conflictRows}
        frozen={frozen}
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
