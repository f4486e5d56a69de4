import type {
  SheetPreview,
  SpreadsheetFile,
  SpreadsheetImport,
  SpreadsheetImportResult,
} from '@styr/shared/contracts/economy-files';
import { largest } from '@styr/shared/domain/arrays';
import { formatNumber } from '@styr/shared/format/number';
import type { Actor, Deps } from '../../deps.ts';
import { importRefused } from '../../import-errors.ts';
import { recordAudit } from '../audit/index.ts';
import type { YearScope } from '../authority/index.ts';
import { readGrant } from './spreadsheet-grant-target.ts';
import { readInvestments } from './spreadsheet-investment-target.ts';
import { readSpreadsheet } from './spreadsheet-read.ts';
import { readCentralItems, readStateGrants } from './spreadsheet-report-targets.ts';
import {
  mappingProblems,
  readDepartments,
  readIndicatorValues,
  readStatement,
} from './spreadsheet-targets.ts';
import { writeSpreadsheetValues } from './spreadsheet-write.ts';

const PREVIEW_ROWS = 15;

const readers = {
  statement: readStatement,
  departments: readDepartments,
  grant: readGrant,
  stateGrants: readStateGrants,
  centralItems: readCentralItems,
  investments: readInvestments,
  indicatorValues: readIndicatorValues,
} as const;

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
      columnCount: largest(
        sheet.rows.map((row) => row.length),
        0,
      ),
      rows: sheet.rows.slice(0, PREVIEW_ROWS).map((row) => Array.from(row, shownText)),
    })),
  };
}

/**
 * Reads mapped cells of a sheet into the income statement, the departments' figures, the kommunbidrag, the state grants, the
 * kommuncentrala poster or the indicators' whole-year values. All or nothing:
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
  const mappingIssues = mappingProblems(target, mapping, scope.year);
  if (mappingIssues.length > 0) throw importRefused(file.fileName, mappingIssues);
  const { writes, changes, problems } = await readers[target](deps, scope, sheet, mapping);
  if (problems.length > 0) throw importRefused(file.fileName, problems);
  if (input.dryRun) return { saved: false, changes };

  await deps.db.transaction(async (tx) => {
    await writeSpreadsheetValues(tx, actor, scope, writes);
    await recordAudit(tx, {
      actor,
      at: deps.clock.now(),
      action: 'update',
      entityType: 'committee_year',
      entityId: `${scope.committeeId}:${scope.year}`,
      committeeId: scope.committeeId,
      before: null,
      after: { spreadsheet: file.fileName, sheet: sheet.name, target, values: writes.length },
    });
  });
  return { saved: true, changes };
}
