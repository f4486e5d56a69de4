import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/**
 * PGlite's data directory can be open in one process only. A server running on it therefore leaves a note in
 * the directory (readable by its owner only) with its port and a secret made at start, so the command line can
 * ask the running server for a backup instead of opening the directory itself.
 */
export const localServerFile = 'styr-server.json';
export const localTokenHeader = 'x-styr-local-token';

const noteSchema = z.object({
  pid: z.number().int(),
  host: z.string().min(1),
  port: z.number().int(),
  token: z.string().min(32),
});
export type LocalServer = z.infer<typeof noteSchema>;

export const newLocalToken = () => randomBytes(32).toString('base64url');

const notePath = (dataDir: string) => join(resolve(dataDir), localServerFile);

export function writeLocalServerNote(dataDir: string, note: LocalServer): void {
  const path = notePath(dataDir);
  // Written aside and renamed, so a reader never sees half a note; created with the mode, never widened.
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(note), { mode: 0o600 });
  renameSync(temporary, path);
}

/** Removes the note on a clean shutdown, unless another server has written its own since. */
export function removeLocalServerNote(dataDir: string, token: string): void {
  const note = readNote(dataDir);
  if (note?.token === token) rmSync(notePath(dataDir), { force: true });
}

function readNote(dataDir: string): LocalServer | null {
  try {
    const parsed = noteSchema.safeParse(JSON.parse(readFileSync(notePath(dataDir), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The server that says it runs on this directory, if its process still lives; a killed server's note is ignored. */
export function findLocalServer(dataDir: string): LocalServer | null {
  const note = readNote(dataDir);
  return note && isAlive(note.pid) ? note : null;
}

/** The address on which this machine reaches a server listening on `host`. */
export const localAddressOf = (host: string) =>
  host === '0.0.0.0' || host === '::' || host === '' ? '127.0.0.1' : host;

/** Whether a request presents the server's secret, compared in constant time. */
export function presentsToken(token: string | undefined, given: string | string[] | undefined): boolean {
  if (!token || typeof given !== 'string') return false;
  const expected = Buffer.from(token);
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
