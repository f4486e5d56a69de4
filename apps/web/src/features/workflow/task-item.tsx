import {
  contributeSchema,
  type Part,
  partSchema,
  partStateLabels,
  type Task,
} from '@styr/shared/contracts/workflow';
import { richTextToPlain } from '@styr/shared/format/rich-text';
import { useRef } from 'react';
import type { ContributionBody } from '../../api/workflow-api.ts';
import { FormRichTextField } from '../../components/form/fields.tsx';
import { FormAction } from '../../components/form/form-actions.tsx';
import { SaveForm } from '../../components/form/save-form.tsx';
import { useSaveForm } from '../../components/form/use-save-form.ts';
import { PartState } from './part-state.tsx';
import { partKindLabels, useFollowUpScope, usePartWrite, useRefreshWorkflow } from './use-workflow.ts';

type Values = { contribution: string };

const toValues = (part: Part | null): Values => ({ contribution: part?.contribution ?? '' });

/** One part a rapportör writes: saved as a draft, or saved and marked klar for the controller. */
export function TaskItem({ task, onMessage }: { task: Task; onMessage: (text: string) => void }) {
  const { part } = task;
  const headingId = `del-${task.committee.id}-${task.year}-${task.followUp.key}-${part.kind}-${part.objectId}`;
  const refresh = useRefreshWorkflow();
  const scope = useFollowUpScope(task.committee.id, task.year, task.followUp.key);
  const write = usePartWrite(scope, (api, body: ContributionBody) =>
    api.contribute(scope, part.kind, part.objectId, body),
  );
  // Which of the two buttons sent the form: marking klar asks for a written report.
  const markReady = useRef(false);
  const save = useSaveForm({
    stored: part,
    toValues,
    schema: contributeSchema,
    toBody: ({ contribution }: Values) => ({
      contribution: contribution || null,
      ready: markReady.current,
    }),
    check: ({ contribution }) =>
      markReady.current && !richTextToPlain(contribution).trim()
        ? [{ path: 'contribution', message: 'Skriv din rapport innan du markerar delen klar' }]
        : [],
    storedSchema: partSchema,
    onStoredChange: () => void refresh(),
    frozen: { documentName: `${task.followUp.name} ${task.year}`, onRefresh: () => void refresh() },
  });
  const send = save.submit(write.mutateAsync, {
    saved: () => (markReady.current ? 'Markerad klar.' : 'Texten är sparad.'),
    onSaved: () => {
      if (markReady.current) onMessage(`${part.title} är markerad klar och skickad till controllern.`);
    },
  });

  return (
    <article aria-labelledby={headingId} className="task">
      <h3 id={headingId}>
        <span className="cell-meta">{partKindLabels[part.kind]}</span> {part.title}
      </h3>
      <p className="task-facts">
        För {part.node.name} · <PartState state={part.state} overdue={task.overdue} />
      </p>
      {part.state === 'returned' && part.reviewComment && (
        <div className="alert alert-warning">
          <p className="alert-title">Controllern skickade tillbaka delen</p>
          <p className="prose">{part.reviewComment}</p>
        </div>
      )}
      <SaveForm
        save={save}
        onSubmit={() => {
          markReady.current = false;
          void send();
        }}
        subject={part.title}
        conflictRows={(current) => [
          { label: 'Status', value: partStateLabels[current.state], mine: partStateLabels[part.state] },
        ]}
        saveContext={`rapporten om ${part.title}`}
        actions={
          <FormAction
            pending={save.pending}
            onClick={() => {
              markReady.current = true;
              void send();
            }}
          >
            {save.pending && markReady.current ? 'Sparar…' : 'Spara och markera klar'}
            <span className="visually-hidden"> – {part.title}</span>
          </FormAction>
        }
      >
        <FormRichTextField
          label="Din rapport"
          name="contribution"
          description="Vad har gjorts, hur har det gått och vad behöver hända framåt. Spara när du är klar för stunden."
        />
      </SaveForm>
    </article>
  );
}
