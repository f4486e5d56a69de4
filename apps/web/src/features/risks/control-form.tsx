import { type ControlActivity, type CreateControl, createControlSchema } from '@styr/shared/contracts/risks';
import { type FormEvent, useRef, useState } from 'react';
import type { YearScope } from '../../api/plan-api.ts';
import { ErrorAlert } from '../../components/alerts.tsx';
import { TextField } from '../../components/form-fields.tsx';
import { useFormErrors } from '../../components/use-form-errors.ts';
import { useRiskWrite } from './use-risks.ts';

const empty = { what: '', method: '', frequency: '', responsible: '', reportWhen: '' };
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** A new kontrollmoment under a risk of the control plan, or a change to one, while the plan is not adopted. */
export function ControlForm({
  scope,
  riskId,
  riskTitle,
  control,
}: {
  scope: YearScope;
  riskId: string;
  riskTitle: string;
  /** The moment to change; absent for a new one. */
  control?: ControlActivity;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormErrors(formRef);
  const [values, setValues] = useState(
    control
      ? {
          what: control.what,
          method: control.method ?? '',
          frequency: control.frequency ?? '',
          responsible: control.responsible ?? '',
          reportWhen: control.reportWhen ?? '',
        }
      : empty,
  );
  const [open, setOpen] = useState(false);
  const save = useRiskWrite(scope, (api, at, body: CreateControl) =>
    control
      ? api.updateControl(at, control.id, { version: control.version, ...body })
      : api.createControl(at, riskId, body),
  );
  const set = (name: keyof typeof empty) => (value: string) => {
    setValues((current) => ({ ...current, [name]: value }));
    form.clearField(name);
  };
  if (!open) {
    return (
      <button type="button" className="button button-small button-secondary" onClick={() => setOpen(true)}>
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
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body = form.validate(createControlSchema, {
      what: values.what,
      method: orNull(values.method),
      frequency: orNull(values.frequency),
      responsible: orNull(values.responsible),
      reportWhen: orNull(values.reportWhen),
    });
    if (!body) return;
    save.mutate(body, {
      onSuccess: () => {
        if (!control) setValues(empty);
        setOpen(false);
      },
      onError: form.showError,
    });
  };
  return (
    <form
      ref={formRef}
      className="risk-form"
      onSubmit={onSubmit}
      noValidate
      aria-label={control ? `Ändra kontrollmomentet ${control.what}` : `Nytt kontrollmoment för ${riskTitle}`}
    >
      {form.formError ? <ErrorAlert error={form.formError} /> : null}
      <TextField
        label="Vad kontrolleras"
        name="what"
        value={values.what}
        onChange={set('what')}
        error={form.errors.what}
      />
      <TextField
        label="Metod"
        name="method"
        value={values.method}
        onChange={set('method')}
        optional
        description="Till exempel stickprov 10 ärenden."
        error={form.errors.method}
      />
      <TextField
        label="Frekvens"
        name="frequency"
        value={values.frequency}
        onChange={set('frequency')}
        optional
        width="medium"
        error={form.errors.frequency}
      />
      <TextField
        label="Ansvarig"
        name="responsible"
        value={values.responsible}
        onChange={set('responsible')}
        optional
        width="medium"
        error={form.errors.responsible}
      />
      <TextField
        label="Rapporteras"
        name="reportWhen"
        value={values.reportWhen}
        onChange={set('reportWhen')}
        optional
        width="medium"
        description="Till exempel årsrapport."
        error={form.errors.reportWhen}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={save.isPending}>
          Spara kontrollmomentet
        </button>
        <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
          Avbryt
        </button>
      </div>
    </form>
  );
}
