import {
  type DocumentKind,
  documentKindLabels,
  documentKinds,
  type TemplateChapter,
} from '@styr/shared/contracts/documents';
import type { TemplateCheckResult } from '@styr/shared/contracts/template-file';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../../api/api-context.tsx';
import { ErrorAlert } from '../../components/alerts.tsx';
import { downloadJson } from '../../components/form/file-field.tsx';
import { JsonFileField } from '../../components/form/json-file-field.tsx';
import { useMe } from '../auth/index.ts';

// The server takes bodies of this size; a larger file is refused before it is sent.
const limits = {
  maxBytes: 1_000_000,
  tooLarge: 'Filen är större än 1 MB.',
  notJson: 'Filen är inte läsbar JSON.',
};

/** Errors and warnings, each with where in the file it is. */
function Findings({ result, source }: { result: TemplateCheckResult; source: string }) {
  const list = (items: TemplateCheckResult['errors']) => (
    <ul>
      {items.map((item) => (
        <li key={`${item.path}:${item.message}`}>
          <code>{item.path}</code>: {item.message}
        </li>
      ))}
    </ul>
  );
  if (result.errors.length > 0)
    return (
      <div className="alert alert-error" role="alert">
        <p className="alert-title">{source} har fel och läses inte in</p>
        {list(result.errors)}
      </div>
    );
  return (
    <div className="alert alert-info" role="status">
      <p className="alert-title">
        {result.warnings.length === 0
          ? `${source}: inga varningar`
          : `${source}: ${result.warnings.length} varningar om sådant som inte skrivs ut`}
      </p>
      {result.warnings.length > 0 && list(result.warnings)}
    </div>
  );
}

/**
 * The template as a file in the open format styr/template: download it, read one in (checked first, then loaded
 * into the editor to be saved as usual) and check the chapters in the editor against the municipality's data.
 */
export function TemplateFileActions({
  municipalityId,
  kind,
  chapters,
  onLoad,
}: {
  municipalityId: string;
  kind: DocumentKind;
  chapters: TemplateChapter[];
  onLoad: (chapters: TemplateChapter[]) => void;
}) {
  const api = useApi();
  const me = useMe();
  const [checked, setChecked] = useState<{
    source: string;
    result: TemplateCheckResult;
    loaded: boolean;
  } | null>(null);
  const exported = useMutation({
    mutationFn: () => api.documents.getTemplateFile(municipalityId, kind),
    onSuccess: (file) => downloadJson(`mall-${kind}.json`, file),
  });
  const check = useMutation({
    mutationFn: ({ file }: { source: string; file: Record<string, unknown>; load: boolean }) =>
      api.documents.checkTemplateFile(municipalityId, file),
    onSuccess: (result, { source, load }) => {
      const loaded = load && result.chapters !== null;
      setChecked({ source, result, loaded });
      if (loaded && result.chapters) onLoad(result.chapters);
    },
  });

  const start = () => {
    setChecked(null);
    check.reset();
  };
  const read = (file: unknown, source: string) => {
    if (typeof file !== 'object' || file === null || Array.isArray(file))
      return 'Filen är ingen mall i formatet styr/template.';
    const fileKind = documentKinds.find((entry) => entry === (file as { kind?: unknown }).kind);
    if (fileKind && fileKind !== kind)
      return `Filen är en mall för ${documentKindLabels[fileKind].toLowerCase()}; välj det dokumentet ovan först.`;
    check.mutate({ source, file: file as Record<string, unknown>, load: true });
    return undefined;
  };

  const checkEditor = () => {
    setChecked(null);
    const file = {
      format: 'styr/template',
      formatVersion: 1,
      municipality: { name: me.municipality.name },
      kind,
      chapters,
    };
    check.mutate({ source: 'Mallen i redigeraren', file, load: false });
  };

  return (
    <section aria-labelledby="mallfilen" className="section">
      <h3 id="mallfilen">Mallen som fil</h3>
      <p className="page-lead">
        Mallen kan laddas ner och läsas in i det öppna formatet styr/template. En inläst mall prövas först och
        hamnar sedan i redigeraren, där du sparar den. Prövningen varnar för texter som nämnderna skrivit men
        som mallen inte skriver ut, och för uppgifter som inget kapitel skriver ut.
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          disabled={exported.isPending}
          onClick={() => exported.mutate()}
        >
          Ladda ner mallen
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={check.isPending}
          onClick={checkEditor}
        >
          Pröva mallen
        </button>
      </div>
      <JsonFileField
        label="Läs in mall"
        description="En JSON-fil i formatet styr/template på högst 1 MB."
        limits={limits}
        onChoose={start}
        onRead={read}
      />
      {check.isPending && <p role="status">Prövar mallen…</p>}
      {exported.isError && <ErrorAlert error={exported.error} title="Mallen kunde inte laddas ner" />}
      {check.isError && <ErrorAlert error={check.error} title="Mallen kunde inte prövas" />}
      {checked && <Findings source={checked.source} result={checked.result} />}
      {checked?.loaded && <p role="status">Mallen är inläst i redigeraren. Granska den och spara.</p>}
    </section>
  );
}
