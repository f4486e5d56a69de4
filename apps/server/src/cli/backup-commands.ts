import { createWriteStream, existsSync, renameSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream } from 'node:stream/web';
import { type Config, loadConfig } from '../config.ts';
import { openDatabase } from '../db/connect.ts';
import { systemClock } from '../deps.ts';
import {
  type BackupHeader,
  backupTotals,
  findLocalServer,
  type LocalServer,
  localServerFile,
  localTokenHeader,
  restoreBackup,
  verifyBackup,
  writeBackup,
} from '../modules/backup/index.ts';
import type { DatabaseOptions } from './context.ts';

const configFor = (options: DatabaseOptions) =>
  loadConfig(process.env, options.dataDir !== undefined ? { dataDir: options.dataDir } : {});

/** The backup file holds password hashes: only its owner may read it. */
const privateFile = (path: string) => createWriteStream(path, { mode: 0o600 });

/**
 * Asks the server running on an embedded database for the backup. Its note says it is alive, so the directory
 * is never opened here instead: a server that does not answer is reported, not bypassed.
 */
async function fetchFromServer(server: LocalServer, dataDir: string, path: string): Promise<void> {
  const address = server.host.includes(':') ? `[${server.host}]` : server.host;
  const unreachable = (reason: string) =>
    new Error(
      `servern (process ${server.pid}) som enligt ${join(dataDir, localServerFile)} kör på databasen svarar inte på ${address}:${server.port} (${reason}); om den inte längre körs, ta bort filen och försök igen`,
    );
  let response: Response;
  try {
    response = await fetch(`http://${address}:${server.port}/api/system/backup`, {
      headers: { [localTokenHeader]: server.token },
    });
  } catch (error) {
    throw unreachable((error as { cause?: { code?: string } }).cause?.code ?? String(error));
  }
  if (!response.ok || !response.body) throw unreachable(`HTTP ${response.status}: ${await response.text()}`);
  await pipeline(Readable.fromWeb(response.body as ReadableStream<Uint8Array>), privateFile(path));
}

async function takeBackup(config: Config, path: string): Promise<void> {
  if (!config.databaseUrl) {
    const server = findLocalServer(config.dataDir);
    if (server) {
      await fetchFromServer(server, config.dataDir, path);
      console.error(`Servern som kör på ${config.dataDir} (port ${server.port}) tog säkerhetskopian.`);
      return;
    }
    if (!existsSync(resolve(config.dataDir))) throw new Error(`det finns ingen databas i ${config.dataDir}`);
  }
  // Opened as it is, never migrated: a backup records the schema the data is in.
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await writeBackup(
      { db: database.db, engine: database.engine, clock: systemClock, config },
      privateFile(path),
    );
  } finally {
    await database.close();
  }
}

/** Writes a backup of the whole database; consistent even while a server keeps writing to it. */
export async function runBackup(options: DatabaseOptions & { out: string }): Promise<void> {
  const config = configFor(options);
  const out = resolve(options.out);
  // Written aside and renamed once complete and read back, so FILE is never a half-written backup.
  const partial = `${out}.partial`;
  try {
    await takeBackup(config, partial);
    const totals = backupTotals(await verifyBackup(partial, basename(out)));
    renameSync(partial, out);
    console.log(
      `Säkerhetskopian skrevs till ${options.out} (${totals.rows} rader i ${totals.tables} tabeller).`,
    );
  } finally {
    rmSync(partial, { force: true });
  }
}

/** Restores a backup into a new, empty database; a damaged file or a database holding data is refused. */
export async function runRestore(file: string, options: DatabaseOptions): Promise<void> {
  const config = configFor(options);
  if (!config.databaseUrl && findLocalServer(config.dataDir))
    throw new Error(`en server körs på ${config.dataDir}; stoppa den innan du återställer`);
  const name = basename(file);
  let header: BackupHeader;
  try {
    // The whole file is checked before the database is even opened, so a bad file leaves no trace.
    header = await verifyBackup(file, name);
    const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    try {
      await restoreBackup(database, file, name, header);
    } finally {
      await database.close();
    }
  } catch (error) {
    // The restore is one transaction, so whatever stopped it, no data was written.
    throw new Error(`${error instanceof Error ? error.message : String(error)} Inget har återställts.`);
  }
  const totals = backupTotals(header);
  console.log(
    `Säkerhetskopian ${name} återställdes (${totals.rows} rader i ${totals.tables} tabeller, schema ${header.migration.tag}).`,
  );
}
