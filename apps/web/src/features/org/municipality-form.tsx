import { type Municipality, municipalitySchema, updateMunicipalitySchema } from '@styr/shared/contracts/org';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef } from 'react';
import { ErrorAlert } from '../../components/alerts.tsx';
import { TextField } from '../../components/form-fields.tsx';
import { useFormErrors } from '../../components/use-form-errors.ts';
import { useFormValues } from '../../components/use-form-values.ts';
import { useVersionConflict } from '../../components/use-version-conflict.ts';
import { VersionConflict } from '../../components/version-conflict.tsx';
import { refreshMunicipality, useUpdateMunicipality } from './use-org-queries.ts';

/** Mount with key={municipality.version}: a saved or reloaded version starts a fresh form. */
export function MunicipalityForm({
  municipality,
  onSubmitting,
  onSaved,
}: {
  municipality: Municipality;
  onSubmitting: () => void;
  onSaved: () => void;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormErrors(formRef);
  const update = useUpdateMunicipality();
  const queryClient = useQueryClient();
  const { values, change } = useFormValues(
    {
      name: municipality.name,
      shortName: municipality.shortName ?? '',
      koladaId: municipality.koladaId ?? '',
    },
    form.clearField,
  );
  const { conflict, clearConflict, onError } = useVersionConflict(municipalitySchema, form.showError);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    clearConflict();
    onSubmitting();
    const body = form.validate(updateMunicipalitySchema, {
      version: municipality.version,
      name: values.name,
      shortName: values.shortName.trim() || null,
      koladaId: values.koladaId.trim() || null,
    });
    if (body) update.mutate(body, { onSuccess: onSaved, onError });
  };

  return (
    <form ref={formRef} className="form" onSubmit={onSubmit} noValidate>
      {conflict && (
        <VersionConflict
          subject={`kommunen ${municipality.name}`}
          rows={[
            { label: 'Namn', value: conflict.name },
            { label: 'Kortnamn', value: conflict.shortName ?? '–' },
            { label: 'Kolada-id', value: conflict.koladaId ?? '–' },
          ]}
          onReload={() => refreshMunicipality(queryClient, conflict.id)}
        />
      )}
      {form.formError ? <ErrorAlert error={form.formError} title="Uppgifterna kunde inte sparas" /> : null}
      <TextField
        label="Namn"
        name="name"
        value={values.name}
        onChange={change('name')}
        error={form.errors.name}
      />
      <div className="field-row">
        <TextField
          label="Kortnamn"
          name="shortName"
          optional
          width="medium"
          value={values.shortName}
          onChange={change('shortName')}
          error={form.errors.shortName}
        />
        <TextField
          label="Kolada-id"
          name="koladaId"
          optional
          width="short"
          description="Fyra siffror, t.ex. 1480."
          value={values.koladaId}
          onChange={change('koladaId')}
          error={form.errors.koladaId}
        />
      </div>
      <button type="submit" className="button" disabled={update.isPending}>
        {update.isPending ? 'Sparar…' : 'Spara kommunens uppgifter'}
      </button>
    </form>
  );
}
