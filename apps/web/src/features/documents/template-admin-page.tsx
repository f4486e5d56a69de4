import { type DocumentKind, documentKindLabels, documentKinds } from '@styr/shared/contracts/documents';
import { useState } from 'react';
import { SelectField } from '../../components/form-fields.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Loading, QueryError } from '../../components/query-state.tsx';
import { useMe } from '../auth/index.ts';
import { TemplateEditor } from './template-editor.tsx';
import { useDocumentTemplates } from './use-documents.ts';
import '../../styles/documents.css';

/** The administrator's templates: which chapters each document has, in which order, and what each holds. */
export function TemplateAdminPage() {
  const municipalityId = useMe().user.municipalityId;
  const templates = useDocumentTemplates(municipalityId);
  const [kind, setKind] = useState<DocumentKind>('arsrapport');
  const template = templates.data?.find((entry) => entry.kind === kind);
  return (
    <>
      <PageHeader title="Dokumentmallar" documentTitle="Dokumentmallar" />
      <p className="page-lead">
        Mallen bestämmer vilka kapitel verksamhetsplanen och rapporterna har, i vilken ordning och vad varje
        kapitel hämtar: text, mål, målområden eller uppdrag. Kapitlen numreras automatiskt.
      </p>
      <SelectField
        label="Dokument"
        name="kind"
        value={kind}
        onChange={(value) => setKind(documentKinds.find((entry) => entry === value) ?? 'arsrapport')}
        options={documentKinds.map((entry) => ({ value: entry, label: documentKindLabels[entry] }))}
      />
      {templates.isPending && <Loading />}
      {templates.isError && <QueryError error={templates.error} onRetry={() => templates.refetch()} />}
      {template && <TemplateEditor key={kind} municipalityId={municipalityId} template={template} />}
    </>
  );
}
