import { columnIndex } from '@styr/shared/domain/csv';
import { cellCountProblem, positionProblem, spreadsheetLimits } from '@styr/shared/domain/spreadsheet-limits';
import type { AppError } from '../../errors.ts';
import { spreadsheetRefused } from './spreadsheet-refusal.ts';
import { readZipDirectory, unpackEntry } from './xlsx-zip.ts';
import { type XmlTag, XmlTagReader, XmlTagTooLong } from './xml-tags.ts';

/** A part ExcelJS reads as a sheet: it matches the name anywhere in the path, and so does this check. */
const worksheetPart = /xl\/worksheets\/sheet(\d+)[.]xml/;
const maxTagLength = 64 * 1024;
const excelGrid = { rows: 1_048_576, columns: 16_384 };
const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

interface PartReader {
  push(text: string): void;
  end(): void;
}

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "B7" or "$B$7", within Excel's grid; null for anything else. */
function cellOf(text: string): { row: number; column: number } | null {
  const match = /^\$?([A-Z]{1,3})\$?([1-9]\d{0,6})$/.exec(text);
  if (!match) return null;
  const column = columnIndex(match[1] as string) + 1;
  const row = Number(match[2]);
  return row <= excelGrid.rows && column <= excelGrid.columns ? { row, column } : null;
}

/** "A1:C3", "B7", or a space-separated list of them (sqref); null when any is not a reference. */
function rangesOf(text: string): Range[] | null {
  const ranges: Range[] = [];
  for (const part of text.trim().split(/\s+/)) {
    const [first = '', second = first, ...rest] = part.split(':');
    const a = cellOf(first);
    const b = cellOf(second);
    if (!a || !b || rest.length > 0) return null;
    ranges.push({
      top: Math.min(a.row, b.row),
      left: Math.min(a.column, b.column),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.column, b.column),
    });
  }
  return ranges;
}

/** A sheet name as written in workbook.xml, with its character references read. */
const xmlText = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (!name.startsWith('#')) return namedEntities[name] ?? entity;
    const code =
      name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });

/**
 * What the sheets of a workbook hold, counted from their XML while it is unpacked: where cells and rows lie, the
 * declared dimension, and the ranges ExcelJS fills cell by cell (merged cells, data validations). ExcelJS builds
 * an object for every one of these, so they are counted before it reads the file.
 */
class WorkbookScan {
  /** Cells ExcelJS would hold: each row up to its last cell, and every cell of the ranges it fills. */
  private slots = 0;
  private cellTags = 0;
  private beyond: { part: string; row: number; column: number } | null = null;
  private damaged: { part: string; message: string } | null = null;
  private readonly sheetNames = new Map<string, string>();
  private readonly partIds = new Map<string, string>();

  reader(names: readonly string[]): PartReader | null {
    const name = (names[0] ?? '').replace(/^\//, '');
    if (name === 'xl/workbook.xml')
      return this.tags(name, (tag) => {
        const id = [...tag.attributes].find(([key]) => key.endsWith(':id'))?.[1];
        const sheet = tag.attributes.get('name');
        if (tag.name === 'sheet' && id && sheet) this.sheetNames.set(id, xmlText(sheet));
      });
    if (name === 'xl/_rels/workbook.xml.rels')
      return this.tags(name, (tag) => {
        const id = tag.attributes.get('Id');
        const target = tag.attributes.get('Target');
        if (tag.name === 'Relationship' && id && target)
          this.partIds.set(target.startsWith('/') ? target.slice(1) : `xl/${target}`, id);
      });
    return names.some((candidate) => worksheetPart.test(candidate)) ? this.sheet(name) : null;
  }

  /** The first problem found: a damaged part, then a cell beyond the limits, then too many cells. */
  refusal(fileName: string): AppError | null {
    const sheetName = (part: string) =>
      this.sheetNames.get(this.partIds.get(part) ?? '') ?? part.replace(/^.*\//, '').replace(/\.xml$/, '');
    if (this.damaged) {
      const { part, message } = this.damaged;
      return spreadsheetRefused(fileName, 'UNPROCESSABLE', { path: sheetName(part), message });
    }
    if (this.beyond) {
      const { part, row, column } = this.beyond;
      const problem = positionProblem(sheetName(part), row, column);
      if (problem) return spreadsheetRefused(fileName, 'TOO_LARGE', problem);
    }
    const cells = cellCountProblem(Math.max(this.slots, this.cellTags));
    return cells ? spreadsheetRefused(fileName, 'TOO_LARGE', cells) : null;
  }

  private tags(part: string, onTag: (tag: XmlTag) => void, end = () => {}): PartReader {
    const reader = new XmlTagReader(onTag, maxTagLength);
    return {
      push: (text) => {
        try {
          reader.push(text);
        } catch (error) {
          if (!(error instanceof XmlTagTooLong)) throw error;
          this.damaged ??= { part, message: 'Ett element är längre än Excel skriver dem' };
        }
      },
      end,
    };
  }

  private sheet(part: string): PartReader {
    let row = 0;
    let column = 0;
    let width = 0;
    const place = (cellRow: number, cellColumn: number) => {
      if (cellRow > spreadsheetLimits.rows || cellColumn > spreadsheetLimits.columns)
        this.beyond ??= { part, row: cellRow, column: cellColumn };
    };
    const damaged = (message: string) => {
      this.damaged ??= { part, message };
    };
    const endRow = () => {
      if (row > 0) this.slots += Math.max(1, width);
      width = 0;
      column = 0;
    };
    return this.tags(
      part,
      (tag) => {
        const ref = tag.attributes.get(tag.name === 'dataValidation' ? 'sqref' : 'ref') ?? '';
        if (tag.name === 'row') {
          endRow();
          const number = tag.attributes.get('r') ?? String(row + 1);
          row = /^[1-9]\d{0,6}$/.test(number) ? Number(number) : 0;
          if (row < 1 || row > excelGrid.rows) return damaged(`Radnumret ${number} finns inte i Excel`);
          place(row, 1);
        } else if (tag.name === 'c') {
          const address = tag.attributes.get('r');
          const cell = address === undefined ? { row, column: column + 1 } : cellOf(address);
          if (!cell) return damaged(`Cellen ${address} finns inte i Excel`);
          this.cellTags++;
          column = cell.column;
          width = Math.max(width, column);
          place(Math.max(row, cell.row), column);
        } else if (tag.name === 'col') {
          if (!(Number(tag.attributes.get('max')) <= excelGrid.columns))
            damaged('En kolumnbredd gäller kolumner utanför Excels blad');
        } else if (tag.name === 'dimension' || tag.name === 'mergeCell' || tag.name === 'dataValidation') {
          const ranges = rangesOf(ref);
          if (!ranges) return damaged(`Området ${ref} finns inte i Excel`);
          for (const range of ranges) {
            place(range.bottom, range.right);
            if (tag.name !== 'dimension')
              this.slots += (range.bottom - range.top + 1) * (range.right - range.left + 1);
          }
        }
      },
      endRow,
    );
  }
}

/**
 * Refuses an .xlsx file before ExcelJS reads it when its zip or its sheets go beyond the limits: too many parts,
 * more unpacked bytes than allowed (declared, and counted while unpacking), or sheets whose cells, rows, ranges
 * or dimension lie beyond the rows and columns a sheet may have or add up to more cells than a file may hold.
 */
export function checkXlsx(bytes: Uint8Array, fileName: string): void {
  const scan = new WorkbookScan();
  for (const entry of readZipDirectory(bytes, fileName)) {
    const reader = scan.reader(entry.names);
    const decoder = new TextDecoder();
    unpackEntry(bytes, entry, fileName, (piece) => reader?.push(decoder.decode(piece, { stream: true })));
    reader?.end();
  }
  const refusal = scan.refusal(fileName);
  if (refusal) throw refusal;
}
