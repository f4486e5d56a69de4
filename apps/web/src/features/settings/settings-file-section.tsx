import type { MunicipalityFile } from '@styr/shared/contracts/municipality-file';
import type { SettingsImportResult } from '@styr/shared/contracts/org';
import { type ChangeEvent, useState } from 'react';
import { changeSummary, readSettingsFile, settingsFileName } from './settings-model.ts';
import { SaveError } from './settings-problems.tsx';
import type { SettingsPartProps } from './settings-save-row.tsx';
import { usePutSettings } from './use-settings.ts';

/** A file read from disk and what the server said it would change. */
interface Candidate {
  name: string;
  file: unknown;
  result: SettingsImportResult;
}

function download(file: MunicipalityFile) {
  const blob = new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = settingsFileName(file.municipality.name);
  link.click();
  URL.revokeObjectURL(url);
}

/** Every setting at once: download the file, change it elsewhere, read it back after seeing what it changes. */
export function SettingsFileSection({
  municipalityId,
  version,
  file,
  saved,
  onSaved,
  onReload,
}: SettingsPartProps) {
  const [refusal, setRefusal] = useState<string | null>(null);
  const [candidate, setCandidate] = useState<Candidate | null>(null);
  const check = usePutSettings(municipalityId, version);
  const save = usePutSettings(municipalityId, version);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    onSaved(false);
    setRefusal(null);
    setCandidate(null);
    check.reset();
    save.reset();
    if (!chosen) return;
    const read = await readSettingsFile(chosen.size, () => chosen.text());
    if (!read.ok) {
      setRefusal(read.message);
      return;
    }
    check.mutate(
      { file: read.file, dryRun: true },
      { onSuccess: (result) => setCandidate({ name: chosen.name, file: read.file, result }) },
    );
  };

  return (
    <section aria-labelledby="installningsfilen" className="section settings-file">
      <h2 id="installningsfilen">Inställningsfilen</h2>
      <p className="page-lead">
        Alla inställningar finns i en fil i det öppna formatet styr/municipality. Ladda ner den, ändra den och
        läs in den igen. Du ser vad filen ändrar innan något sparas, och allt sparas eller inget.
      </p>
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={() => download(file)}>
          Ladda ner inställningsfilen
        </button>
      </div>
      <div className="field">
        <label className="field-label" htmlFor="settings-file">
          Läs in en ändrad fil
        </label>
        <p className="field-hint" id="settings-file-hint">
          En JSON-fil på högst 2 MB.
        </p>
        <input
          id="settings-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="settings-file-hint"
          onChange={(event) => void choose(event)}
        />
      </div>
      {check.isPending && <p role="status">Kontrollerar filen…</p>}
      {refusal && (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">Filen kan inte läsas in</p>
          <p>{refusal}</p>
        </div>
      )}
      {check.isError && <SaveError error={check.error} title="Filen kan inte läsas in" onReload={onReload} />}
      {candidate && !saved && (
        <div className="alert alert-info">
          <p className="alert-title">{candidate.name}</p>
          <p>{changeSummary(candidate.result.changed)}</p>
          {candidate.result.changed.length > 0 && (
            <div className="button-row">
              <button
                type="button"
                className="button"
                disabled={save.isPending}
                onClick={() =>
                  save.mutate(
                    { file: candidate.file, dryRun: false },
                    {
                      onSuccess: () => {
                        setCandidate(null);
                        onSaved(true);
                      },
                    },
                  )
                }
              >
                {save.isPending ? 'Sparar…' : 'Spara ändringarna'}
              </button>
            </div>
          )}
        </div>
      )}
      {save.isError && (
        <SaveError error={save.error} title="Ändringarna kunde inte sparas" onReload={onReload} />
      )}
      <p role="status" className="settings-saved">
        {saved ? 'Inställningarna är sparade.' : null}
      </p>
    </section>
  );
}
