import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { depsFor, freshDatabase } from '../../../../../test/harness.ts';
import type { Database } from '../../db/connect.ts';
import { demoCommitteeYears } from '../../demo/demo-data.ts';
import type { Deps } from '../../deps.ts';
import { importCommitteeYear } from '../interchange/import.service.ts';
import type { YearScope } from '../plan/frozen.ts';
import { renderDocument } from './render.service.ts';

let database: Database;
let deps: Deps;
const scopes = new Map<string, YearScope>();
const folder = mkdtempSync(join(tmpdir(), 'styr-documents-'));

beforeAll(async () => {
  database = await freshDatabase();
  deps = depsFor(database);
  for (const file of demoCommitteeYears) {
    const document = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../demo/committee-years', file), 'utf8'),
    );
    const summary = await importCommitteeYear(deps, document, {
      source: file,
      actorUserId: null,
      municipalityId: null,
    });
    scopes.set(file, {
      municipalityId: summary.municipalityId,
      committeeId: summary.committeeId,
      year: summary.year,
    });
  }
});
afterAll(() => database.close());

const scope = (file: string) => {
  const found = scopes.get(file);
  if (!found) throw new Error(`${file} was not imported`);
  return found;
};

/** The PDF's text as pdftotext (Debian's poppler-utils) reads it, in reading order. */
function pdfText(content: Buffer): string {
  const path = join(folder, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(path, content);
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

describe('documents from the demo data', () => {
  it('renders Hisingen årsrapport 2022 with the chapters of the reference and its figures', async () => {
    const file = await renderDocument(deps, scope('hisingen-2022.json'), 'arsrapport', 'pdf');
    writeFileSync('/tmp/arsrapport.pdf', file.content);
    const text = pdfText(file.content);
    expect(text).toContain('Årsrapport 2022');
  });
});
