import { spreadsheetLimits } from '@styr/shared/domain/spreadsheet-limits';
import { Inflate } from 'fflate';
import { AppError } from '../../errors.ts';
import { spreadsheetRefused, unreadable } from './spreadsheet-refusal.ts';

/** One part of a zip file as its central directory describes it. */
export interface ZipEntry {
  /** The names a zip reader may give the part: the stored one, and the Unicode path of its extra field. */
  names: string[];
  flags: number;
  method: number;
  compressedSize: number;
  /** The unpacked size the directory declares. */
  size: number;
  localOffset: number;
}

const signatures = { end: 0x06054b50, central: 0x02014b50, local: 0x04034b50 };
const unicodePathField = 0x7075;
/** Compressed bytes inflated at a time: deflate unpacks at most about 1 000 times larger, so about 4 MB at once. */
const inflatePiece = 4 * 1024;
const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

function lastSignature(bytes: Uint8Array, view: DataView): number {
  for (let index = bytes.length - 22; index >= 0; index--) {
    if (bytes[index] === 0x50 && view.getUint32(index, true) === signatures.end) return index;
  }
  return -1;
}

/**
 * The parts of a zip file, read from its central directory the way JSZip (ExcelJS's zip reader) finds them,
 * refused before anything is unpacked when there are more than the limit or they declare more than the unpacked
 * size allowed together.
 */
export function readZipDirectory(bytes: Uint8Array, fileName: string): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const malformed = (message: string) =>
    spreadsheetRefused(fileName, 'UNPROCESSABLE', { path: 'file', message });
  const { parts, unpackedBytes } = spreadsheetLimits;
  const tooManyParts = () =>
    spreadsheetRefused(fileName, 'TOO_LARGE', { path: 'file', message: `Filen har fler än ${parts} delar` });
  const end = lastSignature(bytes, view);
  if (end < 0) throw unreadable(fileName);
  const declared = view.getUint16(end + 10, true);
  if (declared > parts) throw tooManyParts();
  const directoryEnd = view.getUint32(end + 16, true) + view.getUint32(end + 12, true);
  if (directoryEnd !== end) throw malformed('Filens innehållsförteckning ligger inte där filen anger');

  const entries: ZipEntry[] = [];
  let total = 0;
  let position = view.getUint32(end + 16, true);
  while (position + 46 <= bytes.length && view.getUint32(position, true) === signatures.central) {
    if (entries.length === parts) throw tooManyParts();
    const nameLength = view.getUint16(position + 28, true);
    const extraLength = view.getUint16(position + 30, true);
    const next = position + 46 + nameLength + extraLength + view.getUint16(position + 32, true);
    if (next > bytes.length) throw malformed('En del i filens innehållsförteckning är avkortad');
    const names = [Buffer.from(bytes.subarray(position + 46, position + 46 + nameLength)).toString('latin1')];
    for (let field = position + 46 + nameLength; field + 4 <= position + 46 + nameLength + extraLength; ) {
      const length = view.getUint16(field + 2, true);
      if (view.getUint16(field, true) === unicodePathField && length > 5)
        names.push(Buffer.from(bytes.subarray(field + 9, field + 4 + length)).toString('utf8'));
      field += 4 + length;
    }
    const entry = {
      names,
      flags: view.getUint16(position + 8, true),
      method: view.getUint16(position + 10, true),
      compressedSize: view.getUint32(position + 20, true),
      size: view.getUint32(position + 24, true),
      localOffset: view.getUint32(position + 42, true),
    };
    total += entry.size;
    if (total > unpackedBytes)
      throw spreadsheetRefused(fileName, 'TOO_LARGE', {
        path: 'file',
        message: `Filens delar blir tillsammans större än ${megabytes(unpackedBytes)} uppackade`,
      });
    entries.push(entry);
    position = next;
  }
  if (entries.length !== declared)
    throw malformed('Filens innehållsförteckning har inte det antal delar den anger');
  return entries;
}

/**
 * Unpacks one part piece by piece into `onData`, never past the size the directory declares for it: a part that
 * unpacks to more is refused as soon as it passes, before the rest is unpacked.
 */
export function unpackEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  fileName: string,
  onData: (piece: Uint8Array) => void,
): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== signatures.local) throw unreadable(fileName);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  // JSZip reads neither encrypted parts nor other compression than stored and deflate.
  if (end > bytes.length || entry.flags & 1 || (entry.method !== 0 && entry.method !== 8))
    throw unreadable(fileName);
  const part = entry.names[0];
  const tooLarge = () =>
    spreadsheetRefused(fileName, 'UNPROCESSABLE', {
      path: 'file',
      message: `Delen ${part} packas upp till mer än de ${entry.size} byte filen anger`,
    });
  if (entry.method === 0) {
    if (entry.compressedSize > entry.size) throw tooLarge();
    for (let index = start; index < end; index += inflatePiece)
      onData(bytes.subarray(index, Math.min(index + inflatePiece, end)));
    return;
  }
  let unpacked = 0;
  const inflate = new Inflate((piece) => {
    unpacked += piece.length;
    if (unpacked > entry.size) throw tooLarge();
    onData(piece);
  });
  try {
    for (let index = start; index < end; index += inflatePiece)
      inflate.push(bytes.subarray(index, Math.min(index + inflatePiece, end)), index + inflatePiece >= end);
  } catch (error) {
    throw error instanceof AppError ? error : unreadable(fileName);
  }
}
