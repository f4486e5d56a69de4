import {
  type ChangeDocumentStatus,
  changeDocumentStatusSchema,
  type PlanDocument,
} from '@styr/shared/contracts/plan';
import { type FormEvent, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { ErrorAlert } from '../../components/alerts.tsx';
import { dateIssues } from '../../components/date-check.ts';
import { ModalDialog } from '../../components/dialogs.tsx';
import { DatePickerField } from '../../components/form/date-picker-field.tsx';
import { TextField } from '../../components/form-fields.tsx';
import { Loading, QueryError } from '../../components/query-state.tsx';
import { useFormErrors } from '../../components/use-form-errors.ts';
import { useFormValues } from '../../components/use-form-values.ts';
import { AdoptionChecklistPanel, useAdoptionChecklist } from './adoption-checklist.tsx';

/** "12" becomes "§ 12", as the minutes write it; anything else is kept as typed. */
function paragraphText(value: string): string {
  const trimmed = value.trim();
  return /^\d+$/.test(trimmed) ? `§ ${trimmed}` : trimmed;
}

/**
 * Shows the checklist of what the document lacks and will hold, then asks for the committee's decision (date and
 * paragraph). Something blocking keeps Fastställ disabled; what is only missing is acknowledged first.
 */
export function AdoptDialog({
  name,
  committeeId,
  year,
  documentKey,
  document,
  isPending,
  onAdopt,
  onClose,
}: {
  /** "Årsrapport 2022". */
  name: string;
  committeeId: string;
  year: number;
  documentKey: string;
  document: PlanDocument | null;
  isPending: boolean;
  onAdopt: (body: ChangeDocumentStatus, onError: (error: unknown) => void) => void;
  onClose: () => void;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormErrors(formRef);
  const { values, change } = useFormValues({ date: '', paragraph: '' }, form.clearField);
  const checklist = useAdoptionChecklist(committeeId, year, documentKey);
  const [acknowledged, setAcknowledged] = useState(false);
  const blocked = !checklist.data || checklist.data.blocking.length > 0;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (blocked) return;
    const issues = dateIssues({ date: { value: values.date } });
    if (checklist.data && checklist.data.warnings.length > 0 && !acknowledged)
      issues.push({ path: 'acknowledged', message: 'Bekräfta att du har sett det som saknas' });
    if (!values.paragraph.trim())
      issues.push({ path: 'paragraph', message: 'Ange paragrafen i protokollet' });
    const body = form.validate(
      changeDocumentStatusSchema,
      {
        version: document?.version,
        status: 'adopted',
        decision: { date: values.date.trim(), paragraph: paragraphText(values.paragraph) },
      },
      issues,
    );
    if (body) onAdopt(body, form.showError);
  };

  return (
    <ModalDialog isOpen onOpenChange={(isOpen) => !isOpen && onClose()} title={`Fastställ ${name}`}>
      <form ref={formRef} className="form" onSubmit={onSubmit} noValidate>
        <p>
          Ange nämndens beslut. När {name} är fastställd kan ingenting i den ändras längre: bedömningar,
          utfall, rapporter och texter låses som de är nu.
        </p>
        {checklist.isPending && <Loading label="Kontrollerar dokumentet…" />}
        {checklist.isError && <QueryError error={checklist.error} onRetry={() => checklist.refetch()} />}
        {checklist.data && (
          <AdoptionChecklistPanel
            checklist={checklist.data}
            acknowledged={acknowledged}
            onAcknowledge={(checked) => {
              setAcknowledged(checked);
              form.clearField('acknowledged');
            }}
            error={form.errors.acknowledged}
          />
        )}
        {form.formError ? (
          <ErrorAlert error={form.formError} title="Dokumentet kunde inte fastställas" />
        ) : null}
        <DatePickerField
          label="Beslutsdatum"
          name="date"
          value={values.date}
          onChange={change('date')}
          error={form.errors.date}
          description="Dagen då nämnden fattade beslutet"
        />
        <TextField
          label="Paragraf"
          name="paragraph"
          value={values.paragraph}
          onChange={change('paragraph')}
          error={form.errors.paragraph}
          width="short"
          maxLength={40}
          autoComplete="off"
          description="Paragrafen i nämndens protokoll, till exempel § 12."
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={isPending || blocked}>
            {isPending ? 'Fastställer…' : 'Fastställ'}
          </button>
          <Button className="button button-secondary" slot="close">
            Avbryt
          </Button>
        </div>
      </form>
    </ModalDialog>
  );
}
