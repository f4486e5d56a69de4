import type { SettingsImportResult } from '@styr/shared/contracts/org';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { Settings } from '../../api/settings-api.ts';
import { downloadJson } from '../../components/form/file-field.tsx';
import { JsonFileField } from '../../components/form/json-file-field.tsx';
import { useMe } from '../auth/index.ts';
import { changeSummary, settingsFileName } from './settings-model.ts';
import { SaveError } from './settings-problems.tsx';
import { ChangeReview } from './settings-review.tsx';
import { useSettingsWrite } from './use-settings.ts';

// The server refuses larger bodies; refusing in the browser spares the upload and says why in Swedish.
const limits = {
  maxBytes: 2 * 1024 * 1024,
  tooLarge: 'Filen är större än 2 MB och kan inte läsas in. Kontrollera att det är en inställningsfil.',
  notJson:
    'Filen är inte giltig JSON och kan inte läsas in. Välj en inställningsfil som du har laddat ner här.',
};

/** A file read from disk and what the server said it would change. */
interface Candidate {
  name: string;
  file: unknown;
  result: SettingsImportResult;
}

/**
 * Every setting at once: download the file, change it elsewhere, read it back after seeing what it changes. The
 * file is whatever the person brought, so the server judges it in a dry run before anything is saved.
 */
export function SettingsFileSection({ settings }: { settings: Settings }) {
  const write = useSettingsWrite(useMe().user.municipalityId);
  const [candidate, setCandidate] = useState<Candidate | null>(null);
  const check = useMutation({ mutationFn: write.check });
  const save = useMutation({ mutationFn: write.store, onSuccess: () => setCandidate(null) });

  const start = () => {
    setCandidate(null);
    check.reset();
    save.reset();
  };
  // Someone saved in between: the page shows their settings, and the file is chosen again against them.
  const reload = () => {
    start();
    return write.reload();
  };
  const read = (file: unknown, name: string) => {
    check.mutate(
      { version: settings.version, file },
      { onSuccess: (result) => setCandidate({ name, file, result }) },
    );
    return undefined;
  };

  return (
    <section aria-labelledby="installningsfilen" className="section settings-file">
      <h2 id="installningsfilen">Inställningsfilen</h2>
      <p className="page-lead">
        Alla inställningar finns i en fil i det öppna formatet styr/municipality. Ladda ner den, ändra den och
        läs in den igen. Du ser vad filen ändrar innan något sparas, och allt sparas eller inget.
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => downloadJson(settingsFileName(settings.file.municipality.name), settings.file)}
        >
          Ladda ner inställningsfilen
        </button>
      </div>
      <JsonFileField
        label="Läs in en ändrad fil"
        description="En JSON-fil på högst 2 MB."
        limits={limits}
        onChoose={start}
        onRead={read}
      />
      {check.isPending && <p role="status">Kontrollerar filen…</p>}
      {check.isError && (
        <SaveError error={check.error} title="Filen kan inte läsas in" onReload={() => void reload()} />
      )}
      {candidate && (
        <ChangeReview
          title={candidate.name}
          summary={changeSummary(candidate.result.changed)}
          pending={save.isPending}
          onSave={
            candidate.result.changed.length > 0
              ? () => save.mutate({ version: settings.version, file: candidate.file })
              : null
          }
        />
      )}
      {save.isError && (
        <SaveError error={save.error} title="Ändringarna kunde inte sparas" onReload={() => void reload()} />
      )}
      <p role="status" className="settings-saved">
        {save.isSuccess ? 'Inställningarna är sparade.' : null}
      </p>
    </section>
  );
}
