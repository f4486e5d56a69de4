import type { StartCommittee, StartDocument } from '@styr/shared/contracts/start';
import { isPlanHandedOver } from '@styr/shared/domain/committee-reading';
import { documentStatusLabels } from '@styr/shared/domain/document-lifecycle';
import { Link } from 'react-router';
import { adoptedHref, renderHref } from '../../api/documents-api.ts';
import { useMe } from '../auth/index.ts';
import { committeeDocumentsPath, committeePath, risksPath } from '../org/index.ts';
import { decisionText } from '../plan/index.ts';

/**
 * A committee member's reading room: what has been handed to their committees, newest year first, each
 * document as the adopted file where one is archived, else as rendered now; and the year's plan and risk picture.
 */
export function ReadingRoom({ committees }: { committees: readonly StartCommittee[] }) {
  return (
    <section aria-labelledby="lasrum-heading" className="section">
      <h2 id="lasrum-heading">Läsrum</h2>
      <p className="page-lead">
        Planer och rapporter som är överlämnade till nämnden för beslut eller fastställda, som PDF, Word eller
        webbsida.
      </p>
      {committees.map((entry) => (
        <CommitteeReading key={entry.committee.id} entry={entry} />
      ))}
    </section>
  );
}

function CommitteeReading({ entry }: { entry: StartCommittee }) {
  const { committee } = entry;
  const headingId = `lasrum-${committee.id}`;
  const years = [...entry.years].sort((a, b) => b.year - a.year);
  return (
    <section aria-labelledby={headingId} className="start-group">
      <h3 id={headingId}>{committee.name}</h3>
      {years.length === 0 && <p className="empty">Inget är överlämnat till nämnden ännu.</p>}
      {years.map(({ year, documents }) => (
        <div key={year} className="start-year">
          <h4>{year}</h4>
          <ul className="start-list">
            {documents.map((document) => (
              <DocumentEntry
                key={document.document}
                committeeId={committee.id}
                year={year}
                document={document}
              />
            ))}
          </ul>
          {isPlanHandedOver(documents) && (
            <p className="start-links">
              <Link to={committeePath(committee.id, year)}>
                Nämndens år {year}: mål, indikatorer och uppdrag
              </Link>
              <Link to={risksPath(committee.id, year)}>Risker och intern kontroll {year}</Link>
            </p>
          )}
        </div>
      ))}
    </section>
  );
}

function DocumentEntry({
  committeeId,
  year,
  document,
}: {
  committeeId: string;
  year: number;
  document: StartDocument;
}) {
  const { user } = useMe();
  const scope = { municipalityId: user.municipalityId, committeeId, year };
  const { kind } = document;
  const title = `${document.name} ${year}`;
  const state = document.decision
    ? `${documentStatusLabels[document.status]} ${decisionText(document.decision)}`
    : documentStatusLabels[document.status];
  if (!kind) {
    return (
      <li>
        {title} – {state}
      </li>
    );
  }
  const archived = (format: 'pdf' | 'docx') => document.files.includes(format);
  const href = (format: 'pdf' | 'docx') =>
    archived(format) ? adoptedHref(scope, kind, format) : renderHref(scope, kind, format);
  return (
    <li>
      <Link to={`${committeeDocumentsPath(committeeId, year)}?dokument=${kind}`}>{title}</Link> – {state}
      <span className="start-files">
        <a href={href('pdf')} aria-label={`${title} som PDF`}>
          PDF
        </a>
        <a href={href('docx')} aria-label={`${title} som Word`}>
          Word
        </a>
        <a href={renderHref(scope, kind, 'html')} aria-label={`${title} som webbsida`}>
          Webbsida
        </a>
      </span>
    </li>
  );
}
