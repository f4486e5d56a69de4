import {
  type Part,
  partSchema,
  partStateLabels,
  reopenPartSchema,
  reviewPartSchema,
} from '@styr/shared/contracts/workflow';
import { Button } from 'react-aria-components';
import type { z } from 'zod';
import type { ReopenBody, ReviewBody } from '../../api/workflow-api.ts';
import { ModalDialog } from '../../components/dialogs.tsx';
import { FormTextAreaField } from '../../components/form/fields.tsx';
import { SaveForm } from '../../components/form/save-form.tsx';
import { useSaveForm } from '../../components/form/use-save-form.ts';
import { useRefreshWorkflow } from './use-workflow.ts';

/** What the controller writes when a decision on a part needs a reason, and what the decision sends. */
export interface Reason<B> {
  /** The body's field the text goes to, so that the server's problem lands at the field. */
  field: 'comment' | 'reason';
  title: (part: Part) => string;
  lead: (part: Part) => string;
  label: string;
  /** Said at the field when nothing is written: the reason is required. */
  missing: string;
  maxLength: number;
  submit: string;
  /** Said when the decision is saved. */
  done: (part: Part) => string;
  schema: z.ZodType<B>;
  toBody: (text: string, version: number) => B;
}

/** "Skicka tillbaka…" asks what needs to be done. */
export const sendBack: Reason<ReviewBody> = {
  field: 'comment',
  title: (part) => `Skicka tillbaka ${part.title}`,
  lead: (part) => `${part.node.name} ser din kommentar och kan skriva om och markera delen klar igen.`,
  label: 'Vad behöver göras?',
  missing: 'Skriv vad som behöver göras när du skickar tillbaka',
  maxLength: 5000,
  submit: 'Skicka tillbaka',
  done: (part) => `${part.title} är tillbakaskickad till ${part.node.name}.`,
  schema: reviewPartSchema,
  toBody: (comment, version) => ({ version, decision: 'return', comment: comment || null }),
};

/** "Öppna igen…" asks why; the history keeps the reason. */
export const openAgain: Reason<ReopenBody> = {
  field: 'reason',
  title: (part) => `Öppna ${part.title} igen`,
  lead: (part) => `Delen blir åter att göra för ${part.node.name}. Anledningen sparas i historiken.`,
  label: 'Varför öppnas delen igen?',
  missing: 'Ange varför delen öppnas igen',
  maxLength: 2000,
  submit: 'Öppna igen',
  done: (part) => `${part.title} är öppnad igen.`,
  schema: reopenPartSchema,
  toBody: (reason, version) => ({ version, reason }),
};

type Values = Record<Reason<unknown>['field'], string>;

/** A decision on a part that needs a reason, sent against the version of the part the controller saw. */
export function ReasonDialog<B>({
  reason,
  part,
  send,
  onClose,
  onDone,
}: {
  reason: Reason<B>;
  part: Part;
  send: (body: B) => Promise<Part>;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const refresh = useRefreshWorkflow();
  const save = useSaveForm({
    stored: part,
    toValues: (): Values => ({ comment: '', reason: '' }),
    schema: reason.schema,
    toBody: (values: Values, base) =>
      reason.toBody(values[reason.field].trim(), base?.version ?? part.version),
    check: (values) => (values[reason.field].trim() ? [] : [{ path: reason.field, message: reason.missing }]),
    storedSchema: partSchema,
    onStoredChange: () => void refresh(),
  });
  return (
    <ModalDialog isOpen onOpenChange={(isOpen) => !isOpen && onClose()} title={reason.title(part)}>
      <SaveForm
        save={save}
        className="form"
        onSubmit={save.submit(send, { saved: '', onSaved: (saved) => onDone(reason.done(saved)) })}
        subject={part.title}
        conflictRows={(current) => [
          { label: 'Status', value: partStateLabels[current.state], mine: partStateLabels[part.state] },
        ]}
        saveLabel={reason.submit}
        actions={
          <Button className="button button-secondary" slot="close">
            Avbryt
          </Button>
        }
      >
        <p>{reason.lead(part)}</p>
        <FormTextAreaField label={reason.label} name={reason.field} maxLength={reason.maxLength} rows={4} />
      </SaveForm>
    </ModalDialog>
  );
}
