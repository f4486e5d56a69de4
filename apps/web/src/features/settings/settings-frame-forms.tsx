import type { MunicipalityFile } from '@styr/shared/contracts/municipality-file';
import { formatNumber } from '@styr/shared/format/number';
import {
  defaultNumberStyle,
  minusStyles,
  type NumberStyle,
  styleFigures,
  thousandsStyles,
} from '@styr/shared/format/number-style';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useApi } from '../../api/api-context.tsx';
import { queryKeys } from '../../api/query-keys.ts';
import { ErrorAlert } from '../../components/alerts.tsx';
import { RadioGroupField, TextField } from '../../components/form-fields.tsx';
import { Loading, QueryError } from '../../components/query-state.tsx';
import { SaveError } from './settings-problems.tsx';
import { type SettingsPartProps, SettingsSaveRow } from './settings-save-row.tsx';
import { usePutSettings } from './use-settings.ts';

const minusLabels: Record<NumberStyle['minus'], string> = {
  minus: 'Minustecken (−)',
  hyphen: 'Bindestreck (-)',
};
const thousandsLabels: Record<NumberStyle['thousands'], string> = {
  space: 'Mellanslag mellan tusental',
  none: 'Inget mellanrum',
};

/** The loaded file with the chosen style; the default is left out, as a file without one reads. */
const withStyle = (file: MunicipalityFile, style: NumberStyle): MunicipalityFile => {
  const { numberStyle: _left, ...rest } = file;
  return style.minus === 'minus' && style.thousands === 'space' ? rest : { ...rest, numberStyle: style };
};

/** How the documents print figures: the minus sign and the thousands separator, saved with the settings file. */
export function NumberStyleForm({
  municipalityId,
  version,
  file,
  saved,
  onSaved,
  onReload,
}: SettingsPartProps) {
  const [style, setStyle] = useState<NumberStyle>(file.numberStyle ?? defaultNumberStyle);
  const save = usePutSettings(municipalityId, version);
  const next = withStyle(file, style);
  const changed = JSON.stringify(next.numberStyle) !== JSON.stringify(file.numberStyle);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSaved(false);
    save.mutate({ file: next, dryRun: false }, { onSuccess: () => onSaved(true) });
  };
  return (
    <form onSubmit={submit} noValidate>
      <RadioGroupField
        name="minus"
        label="Negativa tal"
        value={style.minus}
        onChange={(minus) =>
          setStyle({ ...style, minus: minusStyles.find((entry) => entry === minus) ?? 'minus' })
        }
        options={minusStyles.map((entry) => ({ value: entry, label: minusLabels[entry] }))}
      />
      <RadioGroupField
        name="thousands"
        label="Tusental"
        value={style.thousands}
        onChange={(thousands) =>
          setStyle({ ...style, thousands: thousandsStyles.find((entry) => entry === thousands) ?? 'space' })
        }
        options={thousandsStyles.map((entry) => ({ value: entry, label: thousandsLabels[entry] }))}
      />
      <p className="field-hint">
        Så skrivs talen: {styleFigures(formatNumber(-1234.5, { decimals: 1 }), style)}
      </p>
      {save.isError && (
        <SaveError error={save.error} title="Talformatet kunde inte sparas" onReload={onReload} />
      )}
      <SettingsSaveRow
        submitLabel="Spara talformatet"
        busy={save.isPending}
        changed={changed}
        onUndo={() => {
          setStyle(file.numberStyle ?? defaultNumberStyle);
          save.reset();
        }}
        savedNote={saved ? 'Talformatet är sparat.' : null}
      />
    </form>
  );
}

/** A file's bytes in base64, as the API takes an image. */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The logo a template's title page may print: a PNG of at most 512 kB, with what it shows in words. */
export function LogoForm({ municipalityId }: { municipalityId: string }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const logo = useQuery({
    queryKey: queryKeys.logo(municipalityId),
    queryFn: () => api.documents.getLogo(municipalityId),
  });
  const [file, setFile] = useState<File | null>(null);
  const [alt, setAlt] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: async () =>
      api.documents.setLogo(municipalityId, {
        version: logo.data?.version ?? null,
        image: file ? await base64Of(file) : (logo.data?.image ?? ''),
        alt: alt ?? logo.data?.alt ?? '',
      }),
    onSuccess: () => {
      setSaved(true);
      setFile(null);
      setAlt(null);
      void queryClient.invalidateQueries({ queryKey: queryKeys.logo(municipalityId) });
    },
  });
  if (logo.isPending) return <Loading />;
  if (logo.isError) return <QueryError error={logo.error} onRetry={() => logo.refetch()} />;
  const current = logo.data;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        save.mutate();
      }}
    >
      {current ? (
        <img className="settings-logo" src={`data:image/png;base64,${current.image}`} alt={current.alt} />
      ) : (
        <p>Kommunen har ingen logotyp.</p>
      )}
      <div className="field">
        <label className="field-label" htmlFor="logotyp-fil">
          {current ? 'Byt bild (PNG, högst 512 kB)' : 'Bild (PNG, högst 512 kB)'}
        </label>
        <input
          id="logotyp-fil"
          name="logo"
          type="file"
          accept="image/png"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </div>
      <TextField
        name="logo-alt"
        label="Vad logotypen visar"
        description="Läses upp i stället för bilden, till exempel ”Kommunens vapen: en ek”."
        maxLength={300}
        value={alt ?? current?.alt ?? ''}
        onChange={setAlt}
      />
      {save.isError && <ErrorAlert error={save.error} title="Logotypen kunde inte sparas" />}
      <SettingsSaveRow
        submitLabel="Spara logotypen"
        busy={save.isPending}
        changed={file !== null || (alt !== null && alt !== current?.alt)}
        onUndo={() => {
          setFile(null);
          setAlt(null);
          save.reset();
        }}
        savedNote={saved ? 'Logotypen är sparad.' : null}
      />
    </form>
  );
}
