import type { MunicipalityFile } from '@styr/shared/contracts/municipality-file';
import type { SettingsImportResult } from '@styr/shared/contracts/org';
import { type FormEvent, type ReactNode, useState } from 'react';
import { isApiError } from '../../api/api-error.ts';
import { type FileProblem, fileProblems } from './settings-draft.ts';
import { changeSummary } from './settings-model.ts';
import { SaveError } from './settings-problems.tsx';
import { type SettingsPartProps, SettingsSaveRow } from './settings-save-row.tsx';
import { usePutSettings } from './use-settings.ts';

/** A problem list at the top of the form, each problem also shown at its field; the list says where. */
function ProblemSummary({
  problems,
  where,
}: {
  problems: readonly FileProblem[];
  where: (path: string) => string;
}) {
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-title">Ändringarna kan inte sparas</p>
      <p>Rätta det som står vid fälten:</p>
      <ul className="settings-problems">
        {problems.map((problem) => (
          <li key={`${problem.path}:${problem.message}`}>
            {where(problem.path)}: {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A form over a copy of the loaded settings file. "Granska ändringarna" checks the built file against the shared
 * contract in the browser, then asks the server what it would change (a dry run); only then can it be saved, all
 * or nothing, against the version the page loaded. The server's problems come back to the fields by their path.
 */
export function SettingsEditor({
  municipalityId,
  version,
  file,
  next,
  where,
  saved,
  onSaved,
  onReload,
  onUndo,
  children,
}: SettingsPartProps & {
  /** The loaded file with the form's changes. */
  next: MunicipalityFile;
  /** Names a problem's place in Swedish ("Skala 1, nivå 2, benämning"). */
  where: (path: string) => string;
  onUndo: () => void;
  children: (problems: readonly FileProblem[]) => ReactNode;
}) {
  const [problems, setProblems] = useState<FileProblem[]>([]);
  const [review, setReview] = useState<{ json: string; result: SettingsImportResult } | null>(null);
  const check = usePutSettings(municipalityId, version);
  const save = usePutSettings(municipalityId, version);
  const json = JSON.stringify(next);
  const changed = json !== JSON.stringify(file);
  const reviewed = review !== null && review.json === json ? review.result : null;

  const refused = (error: unknown) => {
    if (isApiError(error, 'VALIDATION') && error.details.length > 0) setProblems([...error.details]);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSaved(false);
    check.reset();
    save.reset();
    setReview(null);
    const found = fileProblems(next);
    setProblems(found);
    if (found.length > 0) return;
    check.mutate(
      { file: next, dryRun: true },
      { onSuccess: (result) => setReview({ json, result }), onError: refused },
    );
  };
  const store = () =>
    save.mutate({ file: next, dryRun: false }, { onSuccess: () => onSaved(true), onError: refused });
  const failed = [check, save].find((mutation) => mutation.isError);
  const listed = problems.length > 0;

  return (
    <form onSubmit={submit} noValidate className="settings-form">
      {listed && <ProblemSummary problems={problems} where={where} />}
      {children(problems)}
      {failed && !(listed && isApiError(failed.error, 'VALIDATION')) && (
        <SaveError error={failed.error} title="Inställningarna kunde inte sparas" onReload={onReload} />
      )}
      {reviewed && !saved && (
        <div className="alert alert-info">
          <p className="alert-title">Granskning</p>
          <p>{changeSummary(reviewed.changed, 'Ändringen')}</p>
          {reviewed.changed.length > 0 && (
            <div className="button-row">
              <button type="button" className="button" disabled={save.isPending} onClick={store}>
                {save.isPending ? 'Sparar…' : 'Spara ändringarna'}
              </button>
            </div>
          )}
        </div>
      )}
      <SettingsSaveRow
        submitLabel="Granska ändringarna"
        busyLabel="Granskar…"
        busy={check.isPending}
        undoBusy={save.isPending}
        secondary
        changed={changed}
        onUndo={() => {
          onUndo();
          setProblems([]);
          setReview(null);
          check.reset();
          save.reset();
        }}
        savedNote={saved ? 'Inställningarna är sparade.' : null}
      />
    </form>
  );
}
