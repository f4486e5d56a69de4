import type {
  SheetPreview,
  SpreadsheetFile,
  SpreadsheetImport,
  SpreadsheetImportResult,
} from '@styr/shared/contracts/economy-files';
import { columnIndex } from '@styr/shared/domain/csv';
import { EARLIER_YEARS, statementColumnLabel } from '@styr/shared/domain/income-statement';
import type { Problem } from '@styr/shared/domain/interchange';
import { kronorFromUnit } from '@styr/shared/domain/money';
import { readMappedSheet } from '@styr/shared/domain/spreadsheet-import';
import { formatKronor, formatNumber } from '@styr/shared/format/number';
import { and, eq } from 'drizzle-orm';
import { indicators } from '../../db/schema/index.ts';
import type { Actor, Deps } from '../../deps.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { importRefused } from '../interchange/import-errors.ts';
import type { YearScope } from '../plan/frozen.ts';
import { findStatementLines } from './economy.queries.ts';
import { readSpreadsheet } from './spreadsheet-read.ts';
import { type SpreadsheetWrite, writeSpreadsheetValues } from './spreadsheet-write.ts';

const PREVIEW_ROWS = 15;

/** A cell as the sheet shows it, numbers in Swedish with the decimals they have. */
function shownText(cell: string | number | null | undefined): string {
  if (typeof cell !== 'number') return cell ?? '';
  const decimals = String(cell).split('.')[1]?.length ?? 0;
  return formatNumber(cell, { decimals: Math.min(decimals, 10) });
}

/** The sheets of an uploaded file and their first rows, for choosing what to import. */
export async function previewSpreadsheet(file: SpreadsheetFile): Promise<SheetPreview> {
  const sheets = await readSpreadsheet(file);
  return {
    sheets: sheets.map((sheet) => ({
      name: sheet.name,
      rowCount: sheet.rows.length,
      columnCount: Math.max(0, ...sheet.rows.map((row) => row.length)),
      rows: sheet.rows.slice(0, PREVIEW_ROWS).map((row) => Array.from(row, shownText)),
    })),
  };
}

/** Lower-case without surrounding space, so "Intäkter " in a sheet finds the line Intäkter. */
const normal = (text: string) => text.trim().toLowerCase();

/**
 * Reads mapped cells of a sheet into the income statement or the indicators' whole-year values. All or nothing:
 * every problem names its sheet and cell, and nothing is saved unless the whole sheet reads. A dry run only
 * shows what would be saved.
 */
export async function importSpreadsheet(
  deps: Deps,
  actor: Actor,
  scope: YearScope,
  input: SpreadsheetImport,
): Promise<SpreadsheetImportResult> {
  const { file, mapping, target } = input;
  const sheet = (await readSpreadsheet(file)).find((candidate) => candidate.name === mapping.sheet);
  if (!sheet)
    throw importRefused(file.fileName, [
      { path: 'mapping.sheet', message: `Bladet "${mapping.sheet}" finns inte i filen` },
    ]);
  const problems: Problem[] = [];
  mapping.columns.forEach((column, index) => {
    const path = `mapping.columns[${index}]`;
    if (columnIndex(column.column) === columnIndex(mapping.labelColumn))
      problems.push({
        path,
        message: `Kolumn ${column.column} innehåller benämningarna och kan inte ha värden`,
      });
    if (target !== 'statement') return;
    if (!column.kind) problems.push({ path, message: `Välj vad kolumn ${column.column} innehåller` });
    else if (
      column.year > scope.year ||
      column.year < scope.year - EARLIER_YEARS ||
      (column.year < scope.year && column.kind !== 'actual')
    )
      problems.push({
        path,
        message: `Resultaträkningen ${scope.year} tar emot årets belopp och bokslut för de ${EARLIER_YEARS} åren före`,
      });
    else if ((column.kind === 'forecast') !== (column.month !== null))
      problems.push({ path, message: 'En prognos anger sin månad; andra kolumner har ingen månad' });
  });
  if (problems.length > 0) throw importRefused(file.fileName, problems);

  const writes: SpreadsheetWrite[] = [];
  const changes: SpreadsheetImportResult['changes'] = [];
  if (target === 'statement') {
    const lines = await findStatementLines(deps.db, scope.municipalityId);
    const read = readMappedSheet(sheet, mapping, (label) => {
      const line = lines.find(
        (candidate) => normal(candidate.label) === normal(label) || candidate.key === label.trim(),
      );
      if (!line) return { problem: `Raden ”${label}” finns inte i resultaträkningen` };
      if (line.sumOf.length > 0)
        return { problem: `${line.label} räknas fram ur sina delar och läses inte in` };
      return { key: line.key };
    });
    problems.push(...read.problems);
    for (const value of read.values) {
      const kronor = kronorFromUnit(value.value, mapping.unit);
      if (kronor === null) {
        problems.push({
          path: value.cell,
          message: `Beloppet har fler decimaler än hela ören i ${mapping.unit}`,
        });
        continue;
      }
      const column = {
        kind: value.column.kind ?? 'actual',
        year: value.column.year,
        month: value.column.month,
      };
      writes.push({
        kind: 'amount',
        line: value.target,
        column: column.kind,
        year: column.year,
        month: column.month,
        kronor,
      });
      changes.push({
        cell: value.cell,
        label: value.label,
        column: statementColumnLabel(column),
        value: `${formatKronor(kronor, { unit: 'tkr', decimals: 0 })} tkr`,
      });
    }
  } else {
    const rows = await deps.db
      .select()
      .from(indicators)
      .where(
        and(
          eq(indicators.municipalityId, scope.municipalityId),
          eq(indicators.committeeId, scope.committeeId),
        ),
      );
    const read = readMappedSheet(sheet, mapping, (label) => {
      const indicator = rows.find(
        (candidate) => normal(candidate.name) === normal(label) || candidate.key === label.trim(),
      );
      return indicator ? { key: indicator.id } : { problem: `Indikatorn ”${label}” finns inte hos nämnden` };
    });
    problems.push(...read.problems);
    for (const value of read.values) {
      const indicator = rows.find((row) => row.id === value.target);
      if (indicator?.unit === 'ja/nej' && ![0, 0.5, 1].includes(value.value)) {
        problems.push({
          path: value.cell,
          message: 'Ett ja/nej-mått har värdet 1 (ja), 0,5 (delvis) eller 0 (nej)',
        });
        continue;
      }
      writes.push({
        kind: 'indicatorValue',
        indicatorId: value.target,
        year: value.column.year,
        value: value.value,
      });
      changes.push({
        cell: value.cell,
        label: value.label,
        column: `Utfall ${value.column.year}`,
        value: formatNumber(value.value, { decimals: indicator?.decimals ?? 0 }),
      });
    }
  }
  if (problems.length > 0) throw importRefused(file.fileName, problems);
  if (input.dryRun) return { saved: false, changes };

  await deps.db.transaction(async (tx) => {
    await writeSpreadsheetValues(tx, scope, writes);
    await recordAudit(tx, {
      actor,
      at: deps.clock.now(),
      action: 'update',
      entityType: 'committee_year',
      entityId: `${scope.committeeId}:${scope.year}`,
      before: null,
      after: { spreadsheet: file.fileName, sheet: sheet.name, target, values: writes.length },
    });
  });
  return { saved: true, changes };
}
