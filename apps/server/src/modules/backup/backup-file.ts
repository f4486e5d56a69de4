import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { z } from 'zod';

/**
 * A backup file is gzip'd JSON lines: a header naming the format, the migration the schema was at and every
 * table with its row count; then each table's rows, one `row_to_json` line each, in the header's order; then a
 * trailer with the SHA-256 of everything before it, so a truncated or edited file is refused before use.
 */
export const backupFormat = 'styr/backup';
export const backupFormatVersion = 1;

export const backupHeaderSchema = z.object({
  format: z.literal(backupFormat),
  version: z.literal(backupFormatVersion),
  migration: z.object({ tag: z.string(), when: z.number().int() }),
  createdAt: z.string(),
  engine: z.enum(['pglite', 'postgres']),
  tables: z.array(z.object({ name: z.string().min(1), rows: z.number().int().min(0) })),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

const trailerSchema = z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), lines: z.number().int() });

/** A problem with the file itself, told in terms of the file. */
export class BackupFileError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}.`);
    this.name = 'BackupFileError';
  }
}

/** The file's lines, unzipped; a damaged or cut-off gzip stream ends in an error rather than in silence. */
async function* fileLines(path: string): AsyncGenerator<string> {
  const source = createReadStream(path);
  const gunzip = createGunzip();
  source.on('error', (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  const decoder = new StringDecoder('utf8');
  let pending = '';
  try {
    for await (const chunk of gunzip) {
      pending += decoder.write(chunk);
      let start = 0;
      for (let end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n', start)) {
        yield pending.slice(start, end);
        start = end + 1;
      }
      pending = pending.slice(start);
    }
  } finally {
    source.destroy();
  }
  pending += decoder.end();
  if (pending !== '') yield pending;
}

/**
 * Reads a backup: the header first, then each table's rows (as the JSON text written, never parsed, so
 * bigints and timestamps keep every digit). Checks the trailer's hash and line count at the end; a reader that
 * writes as it goes must therefore run inside a transaction it can roll back, or call verifyBackup first.
 */
export async function readBackup(
  path: string,
  file: string,
  onTable: (table: { name: string; expectedRows: number }, rows: AsyncIterable<string>) => Promise<void>,
): Promise<BackupHeader> {
  const hash = createHash('sha256');
  const lines = fileLines(path);
  let count = 0;
  const next = async (): Promise<string | undefined> => {
    try {
      const result = await lines.next();
      return result.done ? undefined : result.value;
    } catch {
      throw new BackupFileError(file, 'filen är avkortad eller skadad (gzip-strömmen går inte att läsa)');
    }
  };
  const content = async (): Promise<string> => {
    const line = await next();
    if (line === undefined) throw new BackupFileError(file, 'filen är avkortad (den slutar för tidigt)');
    hash.update(`${line}\n`);
    count++;
    return line;
  };

  const gzip = await isGzip(path).catch(() => {
    throw new BackupFileError(file, 'filen finns inte eller går inte att läsa');
  });
  if (!gzip) throw new BackupFileError(file, 'filen är inte en säkerhetskopia från Styr');
  try {
    const headerLine = await content();
    const header = backupHeaderSchema.safeParse(parseJson(headerLine));
    if (!header.success)
      throw new BackupFileError(file, 'filen är inte en säkerhetskopia från Styr (version 1)');

    for (const table of header.data.tables) {
      let read = 0;
      async function* rows() {
        while (read < table.rows) {
          read++;
          yield await content();
        }
      }
      await onTable({ name: table.name, expectedRows: table.rows }, rows());
      // A reader that stopped early still has to pass the rest, or the next table would start mid-table.
      while (read < table.rows) {
        read++;
        await content();
      }
    }

    const trailerLine = await next();
    const trailer = trailerSchema.safeParse(trailerLine === undefined ? null : parseJson(trailerLine));
    if (!trailer.success)
      throw new BackupFileError(file, 'filen är avkortad eller ändrad (slutraden saknas)');
    if (trailer.data.sha256 !== hash.digest('hex') || trailer.data.lines !== count)
      throw new BackupFileError(file, 'filen har ändrats eller skadats (kontrollsumman stämmer inte)');
    if ((await next()) !== undefined)
      throw new BackupFileError(file, 'filen har ändrats (det finns rader efter slutraden)');
    return header.data;
  } finally {
    // Closes the file also when a reader stopped early (a refused file, a failed insert).
    await lines.return(undefined);
  }
}

/** Reads the whole file once and checks it, touching nothing. */
export const verifyBackup = (path: string, file: string) => readBackup(path, file, async () => {});

async function isGzip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return null;
  }
}

/** The trailer line for content whose lines were hashed into `hash`. */
export const trailerLine = (sha256: string, lines: number) => JSON.stringify({ sha256, lines });
