import type { ExportTable } from '@styr/shared/contracts/economy-files';
import type { ReactNode } from 'react';
import { economyExportHref } from '../../api/economy-api.ts';
import { useMe } from '../auth/index.ts';

/** Completes "Ladda ner som Excel" for screen readers, which list every such link of the page. */
const tableNames: Record<ExportTable, string> = {
  statement: 'resultaträkningen',
  departments: 'resultat per avdelning',
  grant: 'kommunbidraget',
  centralItems: 'kommuncentrala poster',
  investments: 'investeringarna',
  stateGrants: 'statsbidragen',
  keyFigures: 'nyckeltalen',
};

/**
 * One part of the economy page under its heading: its tables, a link that downloads them as an Excel file, and
 * what follows them (the forms that change them, or comments).
 */
export function EconomyPart({
  id,
  title,
  scope,
  excel,
  after,
  children,
}: {
  id: string;
  title: string;
  scope: { committeeId: string; year: number };
  excel?: ExportTable | false;
  after?: ReactNode;
  children: ReactNode;
}) {
  const municipalityId = useMe().user.municipalityId;
  return (
    <section aria-labelledby={`${id}-heading`} className="section">
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
      {excel && (
        <p className="page-actions">
          <a href={economyExportHref({ municipalityId, ...scope }, excel)} download>
            Ladda ner som Excel<span className="visually-hidden"> ({tableNames[excel]})</span>
          </a>
        </p>
      )}
      {after}
    </section>
  );
}

/** Forms shown on request below a table, under a summary that says what they change. */
export function EditDetails({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="economy-edit">
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
