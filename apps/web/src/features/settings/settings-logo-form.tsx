import {
  type MunicipalityLogo,
  municipalityLogoSchema,
  type SetLogo,
  setLogoSchema,
} from '@styr/shared/contracts/document-frame';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useController } from 'react-hook-form';
import { useApi } from '../../api/api-context.tsx';
import { queryKeys } from '../../api/query-keys.ts';
import { FormTextField } from '../../components/form/fields.tsx';
import { FileField } from '../../components/form/file-field.tsx';
import { SaveForm } from '../../components/form/save-form.tsx';
import { useSaveForm } from '../../components/form/use-save-form.ts';
import { Loading, QueryError } from '../../components/query-state.tsx';

/** The stored image until another is chosen, in base64 as the API takes it. */
type Values = { image: string; alt: string };

const toValues = (logo: MunicipalityLogo | null): Values => ({
  image: logo?.image ?? '',
  alt: logo?.alt ?? '',
});

/** A file's bytes in base64, as the API takes an image. */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function ImageField({ label }: { label: string }) {
  const { field, fieldState } = useController<Values, 'image'>({ name: 'image' });
  return (
    <FileField
      name="logo"
      label={label}
      accept="image/png"
      inputRef={field.ref}
      error={fieldState.error?.message}
      onChoose={(file) => {
        if (file) void base64Of(file).then(field.onChange);
      }}
    />
  );
}

/** The logo a template's title page may print: a PNG of at most 512 kB, with what it shows in words. */
export function LogoForm({ municipalityId }: { municipalityId: string }) {
  const api = useApi();
  const logo = useQuery({
    queryKey: queryKeys.logo(municipalityId),
    queryFn: () => api.documents.getLogo(municipalityId),
  });
  if (logo.isPending) return <Loading />;
  if (logo.isError) return <QueryError error={logo.error} onRetry={() => logo.refetch()} />;
  return <LogoEditor municipalityId={municipalityId} stored={logo.data} />;
}

function LogoEditor({ municipalityId, stored }: { municipalityId: string; stored: MunicipalityLogo | null }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const key = queryKeys.logo(municipalityId);
  // The page reads the logo as stored: the saved one, or the one a conflict answered with.
  const show = (logo: MunicipalityLogo) => queryClient.setQueryData(key, logo);
  const send = async (body: SetLogo) => {
    const logo = await api.documents.setLogo(municipalityId, body);
    show(logo);
    return logo;
  };
  const save = useSaveForm({
    stored,
    toValues,
    schema: setLogoSchema,
    toBody: ({ image, alt }: Values, base) => ({ version: base?.version ?? null, image, alt }),
    check: ({ image }) => (image === '' ? [{ path: 'image', message: 'Välj en PNG-bild' }] : []),
    storedSchema: municipalityLogoSchema,
    onStoredChange: show,
  });
  const current = save.base;
  return (
    <SaveForm
      save={save}
      className="settings-logo-form"
      onSubmit={save.submit(send, { saved: 'Logotypen är sparad.' })}
      subject="logotypen"
      saveLabel="Spara logotypen"
    >
      {current ? (
        <img className="settings-logo" src={`data:image/png;base64,${current.image}`} alt={current.alt} />
      ) : (
        <p>Kommunen har ingen logotyp.</p>
      )}
      <ImageField label={current ? 'Byt bild (PNG, högst 512 kB)' : 'Bild (PNG, högst 512 kB)'} />
      <FormTextField
        name="alt"
        label="Vad logotypen visar"
        description="Läses upp i stället för bilden, till exempel ”Kommunens vapen: en ek”."
        maxLength={300}
      />
    </SaveForm>
  );
}
