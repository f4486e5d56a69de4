import { type Municipality, municipalitySchema, updateMunicipalitySchema } from '@styr/shared/contracts/org';
import { useQueryClient } from '@tanstack/react-query';
import { FormTextField } from '../../components/form/fields.tsx';
import { SaveForm } from '../../components/form/save-form.tsx';
import { useSaveForm } from '../../components/form/use-save-form.ts';
import { refreshMunicipality, useUpdateMunicipality } from './use-org-queries.ts';

type Values = { name: string; shortName: string; koladaId: string };

const toValues = (municipality: Municipality | null): Values => ({
  name: municipality?.name ?? '',
  shortName: municipality?.shortName ?? '',
  koladaId: municipality?.koladaId ?? '',
});

export function MunicipalityForm({ municipality }: { municipality: Municipality }) {
  const update = useUpdateMunicipality();
  const queryClient = useQueryClient();
  const save = useSaveForm({
    stored: municipality,
    toValues,
    schema: updateMunicipalitySchema,
    toBody: (values, base) => ({
      version: base?.version ?? municipality.version,
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
      conflictRows={(current, mine) => [
        { label: 'Namn', value: current.name, mine: mine.name },
        { label: 'Kortnamn', value: current.shortName ?? '–', mine: mine.shortName || '–' },
        { label: 'Kolada-id', value: current.koladaId ?? '–', mine: mine.koladaId || '–' },
      ]}
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
