import type { DocumentOverview } from '@styr/shared/contracts/documents';
import { formatNumber } from '@styr/shared/format/number';
import { adoptedHref, renderHref } from '../../api/documents-api.ts';
import type { YearScope } from '../../api/plan-api.ts';
import { decisionText } from '../plan/index.ts';

const statusLabels = { draft: 'Utkast', review: 'Klar för granskning', adopted: 'Fastställd' } as const;
const formatLabels = { pdf: 'PDF', docx: 'Word' } as const;

/**
 * Downloads of the document as it stands now, and the files stored when the committee adopted it, dated by the
 * committee's decision rather than the day it was recorded.
 */
export function DocumentFiles({
  scope,
  overview,
  decision = null,
}: {
  scope: YearScope;
  overview: DocumentOverview;
  decision?: { date: string; paragraph: string } | null;
}) {
  // An adopted document downloads as archived; only one not yet adopted is rendered from today's data.
  const hrefOf = (format: 'pdf' | 'docx') =>
    overview.snapshots.some((snapshot) => snapshot.format === format)
      ? adoptedHref(scope, overview.kind, format)
      : renderHref(scope, overview.kind, format);
  return (
    <section aria-labelledby="filer" className="section">
      <h2 id="filer">{overview.title}</h2>
      <p>
        Status: <strong>{statusLabels[overview.status]}</strong>
        {decision && <> (beslut {decisionText(decision)})</>}
        {overview.deadline && <> · sista dag för bidrag {overview.deadline}</>}
      </p>
      <ul className="link-row">
        <li>
          <a href={hrefOf('pdf')} download>
            Ladda ner som PDF
          </a>
        </li>
        <li>
          <a href={hrefOf('docx')} download>
            Ladda ner som Word
          </a>
        </li>
      </ul>
      {overview.snapshots.length > 0 ? (
        <table className="table">
          <caption>Fastställda filer, oförändrade sedan beslutet</caption>
          <thead>
            <tr>
              <th scope="col">Fil</th>
              <th scope="col">Fastställd</th>
              <th scope="col" className="numeric">
                Storlek
              </th>
              <th scope="col">Kontrollsumma (SHA-256)</th>
            </tr>
          </thead>
          <tbody>
            {overview.snapshots.map((snapshot) => (
              <tr key={snapshot.format}>
                <td>
                  <a href={adoptedHref(scope, overview.kind, snapshot.format)} download>
                    Fastställd {formatLabels[snapshot.format]}
                  </a>
                </td>
                <td>{decision ? decisionText(decision) : snapshot.adoptedAt.slice(0, 10)}</td>
                <td className="numeric">{formatNumber(Math.ceil(snapshot.bytes / 1024))} kB</td>
                <td>
                  <code className="checksum">{snapshot.sha256}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">
          Dokumentet är inte fastställt. När nämnden fastställer det sparas PDF och Word-fil här.
        </p>
      )}
    </section>
  );
}
