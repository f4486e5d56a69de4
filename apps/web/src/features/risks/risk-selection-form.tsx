import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import { type Risk, type RiskSelection, riskSchema, riskSelectionSchema } from '@styr/shared/contracts/risks';
import { selectionProblem } from '@styr/shared/domain/risk';
import { useRef } from 'react';
import type { YearScope } from '../../api/plan-api.ts';
import { FormCheckboxField, FormTextAreaField } from '../../components/form/fields.tsx';
import { SaveForm } from '../../components/form/save-form.tsx';
import { useSaveForm } from '../../components/form/use-save-form.ts';
import { orNull } from './risk-fields.tsx';
import { useControlPlanFrozen, useRiskWrite } from './use-risks.ts';

type Values = { reason: string; toControlPlan: boolean };

const toValues = (risk: Risk | null): Values => ({
  reason: risk?.selectionReason ?? '',
  toControlPlan: risk?.toControlPlan ?? false,
});

/**
 * Management takes a risk into the samlad riskbild with a reason and says whether it goes to the control plan;
 * not shown once the control plan is adopted, which freezes every risk of the year.
 */
export function RiskSelectionForm({
  scope,
  view,
  risk,
}: {
  scope: YearScope;
  view: CommitteeYearView;
  risk: Risk;
}) {
  const select = useRiskWrite(scope, (api, at, body: RiskSelection) => api.select(at, risk.id, body));
  const frozen = useControlPlanFrozen(view);
  // Which of the two buttons sent the form: taking the risk out sends neither reason nor control plan.
  const removing = useRef(false);
  const selection = ({ reason, toControlPlan }: Values) => ({
    selected: !removing.current,
    reason: removing.current ? null : orNull(reason),
    toControlPlan: !removing.current && toControlPlan,
  });
  const save = useSaveForm({
    stored: risk,
    toValues,
    schema: riskSelectionSchema,
    toBody: selection,
    check: (values) => {
      const problem = selectionProblem(selection(values));
      return problem ? [{ path: 'reason', message: problem }] : [];
    },
    storedSchema: riskSchema,
    frozen,
  });
  const send = save.submit(select.mutateAsync, {
    saved: (saved) =>
      saved.selected
        ? 'Risken ingår i den samlade riskbilden.'
        : `Risken är borttagen ur den samlade riskbilden och finns kvar i registret för ${saved.origin.name}.`,
  });
  const takeOut = () => {
    removing.current = true;
    void send();
  };

  return (
    <>
      <h3>Samlad riskbild</h3>
      <SaveForm
        save={save}
        className="risk-form"
        label="Samlad riskbild"
        onSubmit={() => {
          removing.current = false;
          void send();
        }}
        subject={`urvalet av risken ${risk.title}`}
        conflictRows={(current) => [{ label: 'I samlad riskbild', value: current.selected ? 'Ja' : 'Nej' }]}
        saveLabel={risk.selected ? 'Spara urvalet' : 'Välj till samlad riskbild'}
        actions={
          risk.selected && (
            <button
              type="button"
              className="button button-small button-secondary"
              onClick={takeOut}
              disabled={save.pending}
            >
              Ta bort ur samlad riskbild
            </button>
          )
        }
      >
        <FormTextAreaField label="Skäl för att ta med risken" name="reason" rows={2} maxLength={2000} />
        <FormCheckboxField label="Till internkontrollplan" name="toControlPlan" />
      </SaveForm>
    </>
  );
}
