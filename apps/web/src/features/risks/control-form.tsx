import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import {
  type ControlActivity,
  type CreateControl,
  controlActivitySchema,
  createControlSchema,
  type UpdateControl,
  updateControlSchema,
} from '@styr/shared/contracts/risks';
import { useEffect, useRef, useState } from 'react';
import type { YearScope } from '../../api/plan-api.ts';
import { CancelButton } from '../../components/form/cancel-button.tsx';
import { FormTextField } from '../../components/form/fields.tsx';
import { SaveForm } from '../../components/form/save-form.tsx';
import { useSaveForm } from '../../components/form/use-save-form.ts';
import { orNull } from './risk-fields.tsx';
import { useControlPlanFrozen, useRiskWrite } from './use-risks.ts';

type Values = { what: string; method: string; frequency: string; responsible: string; reportWhen: string };

const toValues = (control: ControlActivity | null): Values => ({
  what: control?.what ?? '',
  method: control?.method ?? '',
  frequency: control?.frequency ?? '',
  responsible: control?.responsible ?? '',
  reportWhen: control?.reportWhen ?? '',
});

const controlBody = (values: Values) => ({
  what: values.what,
  method: orNull(values.method),
  frequency: orNull(values.frequency),
  responsible: orNull(values.responsible),
  reportWhen: orNull(values.reportWhen),
});

interface ControlFormProps {
  scope: YearScope;
  view: CommitteeYearView;
  riskId: string;
  riskTitle: string;
  /** The moment to change; absent for a new one. */
  control?: ControlActivity;
}

/**
 * A new kontrollmoment under a risk of the control plan, or a change to one, while the plan is not adopted:
 * a button that opens the form, which closes again when it is saved or cancelled.
 */
export function ControlForm(props: ControlFormProps) {
  const [state, setState] = useState<'closed' | 'open' | 'done'>('closed');
  const toggle = useRef<HTMLButtonElement>(null);
  // Focus returns to the button the form opened from, rather than to the start of the page.
  useEffect(() => {
    if (state === 'done') toggle.current?.focus();
  }, [state]);
  const { control, riskTitle } = props;

  if (state === 'open') return <ControlEditor {...props} onClose={() => setState('done')} />;
  return (
    <button
      ref={toggle}
      type="button"
      className="button button-small button-secondary"
      onClick={() => setState('open')}
    >
      {control ? (
        <>
          Ändra<span className="visually-hidden"> {control.what}</span>
        </>
      ) : (
        <>
          Lägg till kontrollmoment<span className="visually-hidden"> för {riskTitle}</span>
        </>
      )}
    </button>
  );
}

function ControlEditor({
  scope,
  view,
  riskId,
  riskTitle,
  control,
  onClose,
}: ControlFormProps & { onClose: () => void }) {
  const write = useRiskWrite(scope, (api, at, body: CreateControl | UpdateControl) =>
    'version' in body ? api.updateControl(at, control?.id ?? '', body) : api.createControl(at, riskId, body),
  );
  const frozen = useControlPlanFrozen(view);
  const save = useSaveForm<ControlActivity, Values, CreateControl | UpdateControl>({
    stored: control ?? null,
    toValues,
    schema: control ? updateControlSchema : createControlSchema,
    toBody: controlBody,
    storedSchema: controlActivitySchema,
    frozen,
  });
  const name = control ? `kontrollmomentet ${control.what}` : `det nya kontrollmomentet för ${riskTitle}`;

  return (
    <SaveForm
      save={save}
      className="risk-form"
      label={control ? `Ändra kontrollmomentet ${control.what}` : `Nytt kontrollmoment för ${riskTitle}`}
      onSubmit={save.submit(write.mutateAsync, { saved: 'Kontrollmomentet är sparat.', onSaved: onClose })}
      subject={name}
      saveLabel="Spara kontrollmomentet"
      actions={<CancelButton onCancel={onClose} />}
    >
      <FormTextField label="Vad kontrolleras" name="what" maxLength={2000} />
      <FormTextField
        label="Metod"
        name="method"
        optional
        maxLength={2000}
        description="Till exempel stickprov 10 ärenden."
      />
      <FormTextField label="Frekvens" name="frequency" optional width="medium" maxLength={200} />
      <FormTextField label="Ansvarig" name="responsible" optional width="medium" maxLength={200} />
      <FormTextField
        label="Rapporteras"
        name="reportWhen"
        optional
        width="medium"
        maxLength={200}
        description="Till exempel årsrapport."
      />
    </SaveForm>
  );
}
