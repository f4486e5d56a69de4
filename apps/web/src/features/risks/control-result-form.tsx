import {
  type ControlActivity,
  type ControlResult,
  type ControlResultInput,
  controlResultInputSchema,
  controlResultSchema,
} from '@styr/shared/contracts/risks';
import type { YearScope } from '../../api/plan-api.ts';
import {
  FormDateField,
  FormNumberField,
  FormTextAreaField,
  FormTextField,
} from '../../components/form/fields.tsx';
import { SaveForm } from '../../components/form/save-form.tsx';
import { useSaveForm } from '../../components/form/use-save-form.ts';
import { orNull } from './risk-fields.tsx';
import { useRiskWrite } from './use-risks.ts';

type Values = {
  performedOn: string;
  findings: string;
  deviations: string;
  assessment: string;
  actionsDecided: string;
};

const toValues = (result: ControlResult | null): Values => ({
  performedOn: result?.performedOn ?? '',
  findings: result?.findings ?? '',
  deviations:
    result?.deviations === null || result?.deviations === undefined ? '' : String(result.deviations),
  assessment: result?.assessment ?? '',
  actionsDecided: result?.actionsDecided ?? '',
});

/** A control's result for the annual report: when it was done, what was found and how many deviations. */
export function ControlResultForm({ scope, control }: { scope: YearScope; control: ControlActivity }) {
  const record = useRiskWrite(scope, (api, at, body: ControlResultInput) =>
    api.recordResult(at, control.id, body),
  );
  const save = useSaveForm({
    stored: control.result,
    toValues,
    schema: controlResultInputSchema,
    toBody: (values) => ({
      performedOn: values.performedOn || null,
      findings: orNull(values.findings),
      deviations: values.deviations.trim() === '' ? null : Number(values.deviations.trim()),
      assessment: orNull(values.assessment),
      actionsDecided: orNull(values.actionsDecided),
    }),
    check: ({ deviations }) =>
      deviations.trim() !== '' && !/^\d+$/.test(deviations.trim())
        ? [{ path: 'deviations', message: 'Antalet avvikelser ska vara ett heltal, 0 eller fler.' }]
        : [],
    storedSchema: controlResultSchema,
  });

  return (
    <SaveForm
      save={save}
      className="risk-form"
      label={`Resultat: ${control.what}`}
      onSubmit={save.submit(record.mutateAsync, { saved: 'Resultatet är sparat.' })}
      subject={`resultatet för ${control.what}`}
      saveLabel="Spara resultatet"
      saveContext={`för ${control.what}`}
    >
      <FormDateField label="Genomförd" name="performedOn" optional />
      <FormNumberField label="Antal avvikelser" name="deviations" optional />
      <FormTextAreaField label="Iakttagelser" name="findings" optional rows={2} />
      <FormTextField label="Bedömning" name="assessment" optional />
      <FormTextAreaField label="Beslutade åtgärder" name="actionsDecided" optional rows={2} />
    </SaveForm>
  );
}
