import type { SheetPreview, SpreadsheetImportResult } from '@styr/shared/contracts/economy-files';
import { ApiError } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/alerts.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';

/** Every problem with the cell it concerns, "Blad Resultaträkning, cell B3: …", so the person can fix the file. */
export function ImportProblems({ error }: { error: unknown }) {
  if (!(error instanceof ApiError) || error.details.length === 0)
    // A refusal of the whole import (an adopted year, no permission) is no fault of the sheet's.
    return <ErrorAlert error={error} title="Inget har sparats" />;
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-title">Bladet kan inte läsas in; inget har sparats</p>
      <ul>
        {error.details.map((detail) => {
          const cell = /^(.*)!([A-Z]+\d+)$/.exec(detail.path);
          return (
            <li key={`${detail.path}:${detail.message}`}>
              {cell ? `Blad ${cell[1]}, cell ${cell[2]}: ${detail.message}` : detail.message}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function SheetTable({ sheet, letters }: { sheet: SheetPreview['sheets'][number]; letters: string[] }) {
  return (
    <TableScroll label={`Bladet ${sheet.name}`}>
      <table className="table table-compact">
        <caption>
          Bladet {sheet.name}: de första {sheet.rows.length} av {sheet.rowCount} raderna
        </caption>
        <thead>
          <tr>
            <th scope="col">Rad</th>
            {letters.map((letter) => (
              <th key={letter} scope="col">
                {letter}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sheet.rows.map((row, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a sheet's rows are identified by their number
            <tr key={index}>
              <th scope="row">{index + 1}</th>
              {letters.map((letter, column) => (
                <td key={letter}>{row[column] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function CheckedChanges({ result }: { result: SpreadsheetImportResult }) {
  if (result.changes.length === 0)
    return <p role="status">Bladet innehåller inga värden i de valda kolumnerna.</p>;
  return (
    <TableScroll label="Detta sparas">
      <table className="table table-compact">
        <caption role="status">Kontrollen gick bra. Detta sparas:</caption>
        <thead>
          <tr>
            <th scope="col">Cell</th>
            <th scope="col">Benämning</th>
            <th scope="col">Kolumn</th>
            <th scope="col" className="numeric">
              Värde
            </th>
          </tr>
        </thead>
        <tbody>
          {result.changes.map((change) => (
            <tr key={change.cell}>
              <td>{change.cell}</td>
              <td>{change.label}</td>
              <td>{change.column}</td>
              <td className="numeric">{change.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
