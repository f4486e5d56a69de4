import {
  contributeSchema,
  type Part,
  partSchema,
  partStateLabels,
  type Task,
} from '@styr/shared/contracts/workflow';
import { richTextToPlain } from '@styr/shared/format/rich-text';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { ContributionBody } from '../../api/workflow-api.ts';
import { ItemFeedback, SaveRow } from '../../components/item-form-parts.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Loading, QueryError } from '../../components/query-state.tsx';
import { RichText } from '../../components/rich-text.tsx';
import { RichTextField } from '../../components/rich-text-field.tsx';
import { needsPerson, useAutosave } from '../../components/use-autosave.ts';
import { useItemForm, useItemSave } from '../../components/use-item-form.ts';
import { followUpPath } from '../org/index.ts';
import { PartState } from './part-state.tsx';
import {
  deadlineReminder,
  partKindLabels,
  useFollowUpScope,
  useMyTasks,
  usePartWrite,
  useRefreshWorkflow,
} from './use-workflow.ts';
import { reportingPath } from './workflow-paths.ts';
import '../../styles/editor.css';
import '../../styles/workflow.css';

interface TaskGroup {
  key: string;
  first: Task;
  tasks: Task[];
}

/** One group per committee, year and follow-up, in the order the server lists them. */
function groupTasks(tasks: readonly Task[]): TaskGroup[] {
  const groups = new Map<string, TaskGroup>();
  for (const task of tasks) {
    const key = `${task.committee.id}:${task.year}:${task.followUp.key}`;
    const group = groups.get(key);
    if (group) group.tasks.push(task);
    else groups.set(key, { key, first: task, tasks: [task] });
  }
  return [...groups.values()];
}

/** What the signed-in person's units are asked to report on, with a form for each. */
export function TasksPage() {
  const tasks = useMyTasks();
  const [message, setMessage] = useState<string | null>(null);
  const status = useRef<HTMLParagraphElement>(null);
  // A part marked klar leaves the list with the button just pressed; focus goes to the message saying so.
  useEffect(() => {
    if (message) status.current?.focus();
  }, [message]);
  return (
    <>
      <PageHeader title="Att göra" />
      <p className="page-lead">
        Här skriver du det som din enhet ska rapportera. Spara när du vill och markera delen klar när texten
        är färdig; då granskar controllern den.
      </p>
      <p
        ref={status}
        role="status"
        tabIndex={-1}
        className={message ? 'alert alert-success' : 'status-empty'}
      >
        {message}
      </p>
      {tasks.isPending && <Loading />}
      {tasks.isError && <QueryError error={tasks.error} onRetry={() => tasks.refetch()} />}
      {tasks.data && tasks.data.length === 0 && <p className="empty">Du har inget att rapportera just nu.</p>}
      {tasks.data &&
        groupTasks(tasks.data).map((group) => (
          <TaskGroupSection key={group.key} group={group} onMessage={setMessage} />
        ))}
    </>
  );
}

function TaskGroupSection({ group, onMessage }: { group: TaskGroup; onMessage: (text: string) => void }) {
  const { first } = group;
  const headingId = `grupp-${group.key.replace(/[^\w-]/g, '-')}`;
  const reminder = deadlineReminder(first.deadline, first.overdue);
  return (
    <section aria-labelledby={headingId} className="section task-group">
      <h2 id={headingId}>
        {first.followUp.name} {first.year} – {first.committee.name}
      </h2>
      <p className="task-deadline">
        {first.deadline ? (
          <>
            Sista dag: <strong>{first.deadline}</strong>
            {reminder && (
              <>
                {' '}
                <span className={first.overdue ? 'overdue-tag' : first.dueSoon ? 'due-soon-tag' : undefined}>
                  {reminder}
                </span>
              </>
            )}
          </>
        ) : (
          'Ingen sista dag är satt.'
        )}
      </p>
      <p>
        <Link to={followUpPath(first.committee.id, first.year, first.followUp.key)}>
          Öppna {first.followUp.name.toLowerCase()} {first.year}
        </Link>
        {' · '}
        <Link to={reportingPath(first.committee.id, first.year, first.followUp.key)}>
          Rapportering för {first.followUp.name.toLowerCase()} {first.year}
        </Link>
      </p>
      {group.tasks.map((task) => (
        <TaskItem key={`${task.part.kind}:${task.part.objectId}`} task={task} onMessage={onMessage} />
      ))}
    </section>
  );
}

const toValues = (part: Part | null) => ({ contribution: part?.contribution ?? '' });

function TaskItem({ task, onMessage }: { task: Task; onMessage: (text: string) => void }) {
  const { part } = task;
  const headingId = `del-${task.committee.id}-${task.year}-${task.followUp.key}-${part.kind}-${part.objectId}`;
  const formRef = useRef<HTMLFormElement>(null);
  const save = useItemSave(partSchema, formRef);
  const item = useItemForm(part, toValues, save.clearField);
  const refresh = useRefreshWorkflow();
  const scope = useFollowUpScope(task.committee.id, task.year, task.followUp.key);
  const [ready, setReady] = useState(false);
  const write = usePartWrite(scope, (api, body: ContributionBody) =>
    api.contribute(scope, part.kind, part.objectId, body),
  );

  useAutosave(formRef, {
    dirty: item.dirty,
    pending: write.isPending,
    paused: needsPerson(save),
    values: item.values,
  });

  // A click on "Spara och markera klar" while the autosave's request is under way must not be lost, nor race
  // it with the version it read before that save: it waits for the save and then goes with the new version.
  const inFlight = useRef(false);
  const queued = useRef<boolean | null>(null);

  const submit = (markReady: boolean) => (event?: FormEvent) => {
    event?.preventDefault();
    setReady(markReady);
    if (inFlight.current) {
      queued.current = markReady || queued.current === true;
      return;
    }
    save.begin();
    const text = item.values.contribution;
    const body = save.validate(
      contributeSchema,
      {
        version: item.base?.version ?? part.version,
        contribution: text || null,
        ready: markReady,
      },
      markReady && !richTextToPlain(text).trim()
        ? [{ path: 'contribution', message: 'Skriv din rapport innan du markerar delen klar' }]
        : [],
    );
    if (!body) return;
    const sent = item.values;
    inFlight.current = true;
    write.mutate(
      { version: body.version, contribution: body.contribution, ready: body.ready },
      {
        onSettled: () => {
          inFlight.current = false;
        },
        onSuccess: (saved) => {
          item.accept(saved, sent);
          if (markReady) onMessage(`${part.title} är markerad klar och skickad till controllern.`);
          save.onSaved(markReady ? 'Markerad klar.' : 'Texten är sparad.');
        },
        onError: (error) => {
          queued.current = null;
          save.onError(error);
        },
      },
    );
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs the queued save once the one before it settled
  useEffect(() => {
    if (write.isPending || queued.current === null) return;
    const markReady = queued.current;
    queued.current = null;
    // An autosave that fired while "Spara och markera klar" was under way has nothing left to save once that
    // took the text; sent anyway, its `ready: false` would take the part back from the controller.
    if (!markReady && !item.dirty) return;
    submit(markReady)();
  }, [write.isPending]);

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
      <form ref={formRef} className="item-form" onSubmit={submit(false)} noValidate>
        <ItemFeedback
          save={save}
          subject={part.title}
          conflictRows={(current) => [
            { label: 'Status', value: partStateLabels[current.state] },
            { label: 'Text', value: current.contribution ? <RichText html={current.contribution} /> : '–' },
          ]}
          onReload={(current) => {
            item.accept(current);
            save.clearConflict();
            void refresh();
          }}
          onKeepMine={(current) => {
            item.rebase(current);
            save.clearConflict();
          }}
          documentName={`${task.followUp.name} ${task.year}`}
          onRefresh={() => void refresh()}
        />
        <RichTextField
          label="Din rapport"
          name="contribution"
          value={item.values.contribution}
          onChange={item.change('contribution')}
          error={save.errors.contribution}
          description="Vad har gjorts, hur har det gått och vad behöver hända framåt. Texten sparas av sig själv när du gör en paus."
        />
        <SaveRow
          label="Spara"
          context={`rapporten om ${part.title}`}
          pending={write.isPending}
          dirty={item.dirty}
          saved={save.saved}
        >
          <button
            type="button"
            className="button button-small button-secondary"
            onClick={() => submit(true)()}
          >
            {write.isPending && ready ? 'Sparar…' : 'Spara och markera klar'}
            <span className="visually-hidden"> – {part.title}</span>
          </button>
        </SaveRow>
      </form>
    </article>
  );
}
