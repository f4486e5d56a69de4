import type { Task } from '@styr/shared/contracts/workflow';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { Loading, QueryError } from '../../components/query-state.tsx';
import { followUpPath } from '../org/index.ts';
import { TaskItem } from './task-item.tsx';
import { deadlineReminder, useMyTasks } from './use-workflow.ts';
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
