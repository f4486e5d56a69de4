import type { ImportPreviewAnswer } from '@styr/shared/contracts/import-preview';
import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import { previewChanges, previewKindNames, previewKinds } from '@styr/shared/domain/import-preview';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useApi } from '../../../api/api-context.tsx';
import { ErrorAlert } from '../../../components/alerts.tsx';
import { PendingButton } from '../../../components/pending-button.tsx';
import { useMe } from '../../auth/index.ts';
import { useUpdateYearCache } from '../use-plan-write.ts';

/** Per kind of object, how many the file would add, change, leave unchanged, remove and keep; the names beneath. */
function PreviewTable({ preview }: { preview: ImportPreviewAnswer }) {
  return (
    <>
      <table className="data-table">
        <caption>Vad filen skulle göra med året {preview.year}</caption>
        <thead>
          <tr>
            <th scope="col">Slag</th>
            {previewChanges.map(([key, label]) => (
              <th key={key} scope="col" className="numeric">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {previewKinds.map((kind) => (
            <tr key={kind}>
              <th scope="row">{previewKindNames[kind]}</th>
              {previewChanges.map(([key]) => (
                <td key={key} className="numeric">
                  {preview.parts[kind][key].length}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {previewKinds.flatMap((kind) =>
        previewChanges
          .filter(([key]) => key !== 'unchanged' && preview.parts[kind][key].length > 0)
          .map(([key, label]) => (
            <details key={`${kind}-${key}`}>
              <summary>
                {previewKindNames[kind]}: {label.toLowerCase()} ({preview.parts[kind][key].length})
              </summary>
              <p>{preview.parts[kind][key].join('; ')}</p>
            </details>
          )),
      )}
    </>
  );
}

/**
 * Reads a committee-year file (styr/committee-year) into the plan: the server first checks the whole file and
 * says what it would add, change and leave alone, and the file is written only when the person confirms.
 */
export function YearFileImport({ view }: { view: CommitteeYearView }) {
  const api = useApi();
  const municipalityId = useMe().user.municipalityId;
  const refresh = useUpdateYearCache(view.committee.id, view.year);
  const inputId = useId();
  const [file, setFile] = useState<{ name: string; content: unknown } | null>(null);
  const [readError, setReadError] = useState('');
  const preview = useMutation({
    mutationFn: (content: unknown) => api.planMeasures.previewYearFile(municipalityId, content),
  });
  const write = useMutation({
    mutationFn: (content: unknown) => api.planMeasures.importYearFile(municipalityId, content),
    onSettled: () => refresh(null),
  });

  const choose = async (chosen: File | undefined) => {
    preview.reset();
    write.reset();
    setFile(null);
    setReadError('');
    if (!chosen) return;
    try {
      setFile({ name: chosen.name, content: JSON.parse(await chosen.text()) });
    } catch {
      setReadError(`Filen ${chosen.name} är inte en JSON-fil i formatet styr/committee-year.`);
    }
  };

  const onPreview = (event: FormEvent) => {
    event.preventDefault();
    if (file) preview.mutate(file.content);
  };
  const otherYear =
    preview.data && (preview.data.committeeId !== view.committee.id || preview.data.year !== view.year);

  return (
    <div className="year-file-import">
      <h3>Läs in från fil</h3>
      <form className="item-form" onSubmit={onPreview} noValidate>
        <div className="field">
          <label className="field-label" htmlFor={inputId}>
            Fil i formatet styr/committee-year (.json)
          </label>
          <input
            id={inputId}
            type="file"
            accept="application/json,.json"
            onChange={(event) => void choose(event.target.files?.[0])}
          />
        </div>
        {readError && <ErrorAlert title={readError} />}
        <PendingButton
          type="submit"
          disabled={!file}
          pending={preview.isPending}
          pendingLabel="Granskar filen …"
        >
          Förhandsgranska
        </PendingButton>
      </form>
      {preview.isError && <ErrorAlert title="Filen kan inte läsas in." error={preview.error} />}
      {preview.data && file && !write.isSuccess && (
        <section aria-label="Förhandsgranskning">
          <p>
            Inget är sparat ännu.{otherYear && ' Filen gäller en annan nämnd eller ett annat år än sidan.'}
          </p>
          <PreviewTable preview={preview.data} />
          {write.isError && <ErrorAlert title="Filen lästes inte in." error={write.error} />}
          <div className="button-row">
            <PendingButton
              pending={write.isPending}
              pendingLabel="Läser in …"
              onClick={() => write.mutate(file.content)}
            >
              Läs in filen
            </PendingButton>
            <button type="button" className="button button-secondary" onClick={() => preview.reset()}>
              Avbryt
            </button>
          </div>
        </section>
      )}
      <div role="status">
        {write.isSuccess && file && <p className="alert alert-success">Filen {file.name} är inläst.</p>}
      </div>
    </div>
  );
}
