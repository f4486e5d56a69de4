import { crc32, deflateRawSync } from 'node:zlib';
import { columnLetter } from '@styr/shared/domain/csv';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * Small .xlsx files that claim or unpack to far more than they weigh, built from the parts ExcelJS writes for a
 * sheet "Blad1" with a heading row and "Intäkter" 100 (tkr), so that everything else about them is ordinary.
 */
const sheetPart = 'xl/worksheets/sheet1.xml';

async function baseParts(): Promise<Record<string, Uint8Array>> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Blad1');
  sheet.addRow(['Tkr', 'Bokslut 2022']);
  sheet.addRow(['Intäkter', 100]);
  return unzipSync(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

/** The workbook with its sheet's XML changed. */
export async function workbookWithSheet(change: (xml: string) => string): Promise<Buffer> {
  const parts = await baseParts();
  parts[sheetPart] = strToU8(change(strFromU8(parts[sheetPart] as Uint8Array)));
  return Buffer.from(zipSync(parts));
}

/** The workbook with `count` empty parts beside its own. */
export async function workbookWithParts(count: number): Promise<Buffer> {
  const parts = await baseParts();
  for (let index = 0; index < count; index++) parts[`xl/extra/part${index}.xml`] = new Uint8Array();
  return Buffer.from(zipSync(parts, { level: 0 }));
}

interface RawEntry {
  name: string;
  method: 0 | 8;
  data: Uint8Array;
  crc: number;
  /** The unpacked size written in the headers, true or not. */
  size: number;
}

/** A zip file written byte by byte, so that its headers can say what the test wants them to say. */
function zipOf(entries: readonly RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const header = (signature: number, length: number) => {
      const bytes = Buffer.alloc(length);
      bytes.writeUInt32LE(signature, 0);
      return bytes;
    };
    const local = header(0x04034b50, 30);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = header(0x02014b50, 46);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.crc, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(entry.data));
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * A zip bomb: the workbook whose sheet is `megabytes` of one row repeated, deflated to a few hundred kilobytes.
 * With `declaredSize` the headers claim that unpacked size for the sheet instead of the true one.
 */
export async function bombWorkbook(megabytes: number, declaredSize?: number): Promise<Buffer> {
  const parts = await baseParts();
  const row = Buffer.from('<row><c t="n"><v>1</v></c></row>');
  const sheet = Buffer.concat([
    Buffer.from('<?xml version="1.0" encoding="UTF-8"?><worksheet><sheetData>'),
    Buffer.alloc(megabytes * 1024 * 1024, row),
    Buffer.from('</sheetData></worksheet>'),
  ]);
  const entries: RawEntry[] = Object.entries(parts).map(([name, data]) => ({
    name,
    method: 8,
    data: deflateRawSync(data),
    crc: crc32(data),
    size: data.length,
  }));
  const bomb = entries.find((entry) => entry.name === sheetPart) as RawEntry;
  bomb.data = deflateRawSync(sheet, { level: 9 });
  bomb.crc = crc32(sheet);
  bomb.size = declaredSize ?? sheet.length;
  return zipOf(entries);
}

/** Rows 3 … `rows` + 2, each with a number in each of `columns` columns. */
export function sheetRows(rows: number, columns: number): string {
  const letters = Array.from({ length: columns }, (_, index) => columnLetter(index));
  return Array.from({ length: rows }, (_, index) => {
    const row = index + 3;
    return `<row r="${row}">${letters.map((letter) => `<c r="${letter}${row}"><v>${row}</v></c>`).join('')}</row>`;
  }).join('');
}
