import {
  type ControlActivity,
  type ControlResultInput,
  controlResultInputSchema,
} from '@styr/shared/contracts/risks';
import { type FormEvent, useRef, useState } from 'react';
import type { YearScope } from '../../api/plan-api.ts';
import { ErrorAlert, StatusMessage } from '../../components/alerts.tsx';
import { DateField, TextAreaField, TextField } from '../../components/form-fields.tsx';
import { useFormErrors } from '../../components/use-form-errors.ts';
import { useRiskWrite } from './use-risks.ts';

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** A control's result for the annual report: when it was done, what was found and how many deviations. */
export function ControlResultForm({ scope, control }: { scope: YearScope; control: ControlActivity }) {
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormErrors(formRef);
  const stored = control.result;
  const [values, setValues] = useState({
    performedOn: stored?.performedOn ?? '',
    findings: stored?.findings ?? '',
    deviations:
      stored?.deviations === null || stored?.deviations === undefined ? '' : String(stored.deviations),
    assessment: stored?.assessment ?? '',
    actionsDecided: stored?.actionsDecided ?? '',
  });
  const [saved, setSaved] = useState<string | null>(null);
  const record = useRiskWrite(scope, (api, at, body: ControlResultInput) =>
    api.recordResult(at, control.id, body),
  );
  const set = (name: keyof typeof values) => (value: string) => {
    setValues((current) => ({ ...current, [name]: value }));
    form.clearField(name);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const deviations = values.deviations.trim();
    const extra =
      deviations !== '' && !/^\d+$/.test(deviations)
        ? [{ path: 'deviations', message: 'Antalet avvikelser ska vara ett heltal, 0 eller fler.' }]
        : [];
    const body = form.validate(
      controlResultInputSchema,
      {
        version: stored?.version,
        performedOn: orNull(values.performedOn),
        findings: orNull(values.findings),
        deviations: deviations === '' ? null : Number(deviations),
        assessment: orNull(values.assessment),
        actionsDecided: orNull(values.actionsDecided),
      },
      extra,
    );
    if (!body) return;
    record.mutate(body, { onSuccess: () => setSaved('Resultatet är sparat.'), onError: form.showError });
  };
  return (
    <form
      ref={formRef}
      className="risk-form"
      onSubmit={onSubmit}
      noValidate
      aria-label={`Resultat: ${control.what}`}
    >
      {form.formError ? <ErrorAlert error={form.formError} /> : null}
      <DateField
        label="Genomförd"
        name="performedOn"
        value={values.performedOn}
        onChange={set('performedOn')}
        optional
        error={form.errors.performedOn}
      />
      <TextField
        label="Antal avvikelser"
        name="deviations"
        value={values.deviations}
        onChange={set('deviations')}
        optional
        width="short"
        error={form.errors.deviations}
      />
      <TextAreaField
        label="Iakttagelser"
        name="findings"
        value={values.findings}
        onChange={set('findings')}
        optional
        rows={2}
        error={form.errors.findings}
      />
      <TextField
        label="Bedömning"
        name="assessment"
        value={values.assessment}
        onChange={set('assessment')}
        optional
        error={form.errors.assessment}
      />
      <TextAreaField
        label="Beslutade åtgärder"
        name="actionsDecided"
        value={values.actionsDecided}
        onChange={set('actionsDecided')}
        optional
        rows={2}
        error={form.errors.actionsDecided}
      />
      <button type="submit" className="button button-secondary" disabled={record.isPending}>
        Spara resultatet<span className="visually-hidden"> för {control.what}</span>
      </button>
      <StatusMessage>{saved}</StatusMessage>
    </form>
  );
}
