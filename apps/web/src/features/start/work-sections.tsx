import type { StartCommittee } from '@styr/shared/contracts/start';
import { documentStatusLabels } from '@styr/shared/domain/document-lifecycle';
import { Link } from 'react-router';
import { Loading, QueryError } from '../../components/query-state.tsx';
import { committeeDocumentsPath, committeePath } from '../org/index.ts';
import { decisionText } from '../plan/index.ts';
import { deadlineReminder, reportingPath, tasksPath, useMyTasks } from '../workflow/index.ts';
import type { Place } from './remembered-place.ts';
import { committeeWorkingYear } from './use-my-start.ts';

/** The committees the person works in, each linked at the year being worked on, with that year's documents. */
export function WorkSection({
  committees,
  remembered,
  rememberedName,
}: {
  committees: readonly StartCommittee[];
  remembered: Place | null;
  rememberedName: string | null;
}) {
  return (
    <section aria-labelledby="namnder-heading" className="section">
      <h2 id="namnder-heading">Dina nämnder</h2>
      {remembered && rememberedName && (
        <p>
          <Link to={committeePath(remembered.committeeId, remembered.year)}>
            Fortsätt där du var: {rememberedName} {remembered.year}
          </Link>
        </p>
      )}
      <ul className="start-list">
        {committees.map((entry) => {
          const year = committeeWorkingYear(entry);
          const documents = entry.years.find((candidate) => candidate.year === year)?.documents ?? [];
          return (
            <li key={entry.committee.id}>
              <Link to={committeePath(entry.committee.id, year)}>
                {entry.committee.name} {year}
              </Link>
              {documents.length > 0 ? (
                <span className="start-note">
                  {' – '}
                  {documents
                    .map((document) =>
                      document.decision
                        ? `${document.name}: ${documentStatusLabels[document.status].toLowerCase()} ${decisionText(document.decision)}`
                        : `${document.name}: ${documentStatusLabels[document.status].toLowerCase()}`,
                    )
                    .join(', ')}
                </span>
              ) : (
                <span className="start-note"> – ingen plan eller uppföljning ännu</span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * For those who compile: parts marked klar that wait for review, documents waiting for the committee's decision,
 * and the deadlines of follow-ups still open; each linked to where the work is done and what is missing shown.
 */
export function ReviewSection({ committees }: { committees: readonly StartCommittee[] }) {
  const documents = committees.flatMap((entry) =>
    entry.years.flatMap(({ year, documents }) =>
      documents
        .filter((document) => document.awaitingReview !== null)
        .map((document) => ({ committee: entry.committee, year, document })),
    ),
  );
  const review = documents.filter(({ document }) => (document.awaitingReview ?? 0) > 0);
  const decision = documents.filter(({ document }) => document.status === 'review');
  const deadlines = documents
    .filter(({ document }) => document.deadline && document.status === 'draft')
    .sort((a, b) => (a.document.deadline ?? '').localeCompare(b.document.deadline ?? ''));
  return (
    <section aria-labelledby="granska-heading" className="section">
      <h2 id="granska-heading">Att granska och sammanställa</h2>
      {review.length + decision.length + deadlines.length === 0 && (
        <p className="empty">Inget väntar på granskning, och ingen uppföljning har en sista dag satt.</p>
      )}
      {review.length > 0 && (
        <>
          <h3>Delar som är klara att granska</h3>
          <ul className="start-list">
            {review.map(({ committee, year, document }) => (
              <li key={`${committee.id}:${year}:${document.document}`}>
                <Link to={reportingPath(committee.id, year, document.document)}>
                  {document.name} {year} – {committee.name}
                </Link>
                : {document.awaitingReview} {document.awaitingReview === 1 ? 'del' : 'delar'} markerade klara
              </li>
            ))}
          </ul>
        </>
      )}
      {decision.length > 0 && (
        <>
          <h3>Väntar på nämndens beslut</h3>
          <ul className="start-list">
            {decision.map(({ committee, year, document }) => (
              <li key={`${committee.id}:${year}:${document.document}`}>
                <Link
                  to={`${committeeDocumentsPath(committee.id, year)}${document.kind ? `?dokument=${document.kind}` : ''}`}
                >
                  {document.name} {year} – {committee.name}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {deadlines.length > 0 && (
        <>
          <h3>Sista dag för bidrag</h3>
          <ul className="start-list">
            {deadlines.map(({ committee, year, document }) => (
              <li key={`${committee.id}:${year}:${document.document}`}>
                <Link to={reportingPath(committee.id, year, document.document)}>
                  {document.name} {year} – {committee.name}
                </Link>
                : {document.deadline}, se vad som saknas
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** A rapportör's parts to report, in short: the list itself, with its forms, is the Att göra page. */
export function TasksSection() {
  const tasks = useMyTasks();
  const groups = new Map<
    string,
    { name: string; deadline: string | null; overdue: boolean; parts: number }
  >();
  for (const task of tasks.data ?? []) {
    const key = `${task.committee.id}:${task.year}:${task.followUp.key}`;
    const group = groups.get(key) ?? {
      name: `${task.followUp.name} ${task.year} – ${task.committee.name}`,
      deadline: task.deadline,
      overdue: task.overdue,
      parts: 0,
    };
    group.parts += 1;
    groups.set(key, group);
  }
  return (
    <section aria-labelledby="rapportera-heading" className="section">
      <h2 id="rapportera-heading">Att rapportera</h2>
      {tasks.isPending && <Loading />}
      {tasks.isError && <QueryError error={tasks.error} onRetry={() => tasks.refetch()} />}
      {tasks.data && groups.size === 0 && <p className="empty">Du har inget att rapportera just nu.</p>}
      {groups.size > 0 && (
        <ul className="start-list">
          {[...groups].map(([key, group]) => (
            <li key={key}>
              {group.name}: {group.parts} {group.parts === 1 ? 'del' : 'delar'}
              {group.deadline ? `, sista dag ${group.deadline}` : ', ingen sista dag satt'}
              {deadlineReminder(group.deadline, group.overdue) &&
                ` (${deadlineReminder(group.deadline, group.overdue)})`}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={tasksPath}>Skriv dina delar under Att göra</Link>
      </p>
    </section>
  );
}
