import { type Municipality, municipalitySchema, updateMunicipalitySchema } from '@styr/shared/contracts/org';
import { useQueryClient } from '@tanstack/react-query';
import { FormTextField } from '../../components/form/fields.tsx';
import { SaveForm } from '../../components/form/save-form.tsx';
import { storedValues } from '../../components/form/stored-values.ts';
import { useSaveForm } from '../../components/form/use-save-form.ts';
import { refreshMunicipality, useUpdateMunicipality } from './use-org-queries.ts';

type Values = { name: string; shortName: string; koladaId: string };

const toValues = storedValues<Values>({ name: '', shortName: '', koladaId: '' });

export function MunicipalityForm({ municipality }: { municipality: Municipality }) {
  const update = useUpdateMunicipality();
  const queryClient = useQueryClient();
  const save = useSaveForm({
    stored: municipality,
    toValues,
    schema: updateMunicipalitySchema,
    toBody: (values) => ({
      name: values.name,
      shortName: values.shortName.trim() || null,
      koladaId: values.koladaId.trim() || null,
    }),
    storedSchema: municipalitySchema,
    onStoredChange: (current) => refreshMunicipality(queryClient, current.id),
  });

  return (
    <SaveForm
      save={save}
      className="form"
      onSubmit={save.submit(update.mutateAsync, { saved: 'Kommunens uppgifter är sparade.' })}
      subject={`kommunen ${municipality.name}`}
      saveLabel="Spara kommunens uppgifter"
    >
      <FormTextField label="Namn" name="name" />
      <div className="field-row">
        <FormTextField label="Kortnamn" name="shortName" optional width="medium" />
        <FormTextField
          label="Kolada-id"
          name="koladaId"
          optional
          width="short"
          description="Fyra siffror, t.ex. 1480."
        />
      </div>
    </SaveForm>
  );
}
