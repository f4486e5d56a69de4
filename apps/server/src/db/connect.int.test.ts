import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './connect.ts';

const dir = mkdtempSync(join(tmpdir(), 'styr-connect-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every entry under a directory with its permission bits, the directory itself first. */
function modes(root: string): { path: string; directory: boolean; mode: number }[] {
  const entries = [{ path: root, directory: true, mode: statSync(root).mode & 0o777 }];
  for (const child of readdirSync(root, { withFileTypes: true, recursive: true })) {
    const path = join(child.parentPath, child.name);
    entries.push({ path, directory: child.isDirectory(), mode: statSync(path).mode & 0o777 });
  }
  return entries;
}

const loose = (root: string) =>
  modes(root).filter((entry) => entry.mode !== (entry.directory ? 0o700 : 0o600));

describe('the embedded database on disk', () => {
  it('is created for its owner alone, and a looser existing directory is tightened at start with a note', async () => {
    const dataDir = join(dir, 'nested', 'data');
    const warnings: string[] = [];
    const warn = (message: string) => warnings.push(message);
    const database = await openDatabase({ dataDir, warn });
    // While it runs, PostgreSQL's own new files are private too.
    await database.db.execute('create table private_check (a int)');
    expect(loose(dataDir).map((entry) => entry.path)).toEqual([]);
    await database.close();
    const after = modes(dataDir);
    expect(after.length).toBeGreaterThan(100);
    expect(loose(dataDir)).toEqual([]);
    expect(warnings).toEqual([]);

    // As an earlier version left it: an open directory, readable files, and one added by hand.
    chmodSync(dataDir, 0o755);
    chmodSync(join(dataDir, 'base'), 0o755);
    chmodSync(join(dataDir, 'PG_VERSION'), 0o666);
    mkdirSync(join(dataDir, 'extra'), { mode: 0o777 });
    writeFileSync(join(dataDir, 'extra', 'note.txt'), 'x', { mode: 0o644 });
    const reopened = await openDatabase({ dataDir, warn });
    expect(loose(dataDir)).toEqual([]);
    expect(warnings).toEqual([
      `Datakatalogen ${dataDir} kunde läsas av andra användare än ägaren; den och allt i den är nu bara ägarens (kataloger 0700, filer 0600).`,
    ]);
    await reopened.close();

    // A private directory with a stray loose file inside is tightened without a word: nobody else could reach it.
    chmodSync(join(dataDir, 'PG_VERSION'), 0o644);
    const quiet = await openDatabase({ dataDir, warn });
    expect(loose(dataDir)).toEqual([]);
    expect(warnings).toHaveLength(1);
    await quiet.close();
  });
});
