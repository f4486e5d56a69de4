import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { frameOfModel } from '@styr/shared/domain/document-frame';
import { documentKinds } from '@styr/shared/domain/document-kinds';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  createSignedInTenant,
  depsFor,
  freshDatabase,
  importTenantYear,
  signInAs,
} from '../../../../../test/harness.ts';
import { elementTypes, pdfAProblems, pdfUaProblems } from '../../../../../test/pdf-conformance.ts';
import { readPdfStructure } from '../../../../../test/pdf-structure.ts';
import type { Database } from '../../db/connect.ts';
import { orgNodes } from '../../db/schema/index.ts';
import { demoCommitteeYears } from '../../demo/demo-data.ts';
import { ekmarkCommitteeYears, loadEkmarkDemo } from '../../demo/ekmark-demo.ts';
import type { Deps } from '../../deps.ts';
import type { YearScope } from '../authority/index.ts';
import { importCommitteeYear } from '../interchange/import.service.ts';
import { documentModel, renderDocument } from './render.service.ts';

let database: Database;
let deps: Deps;
const years: { name: string; scope: YearScope }[] = [];

beforeAll(async () => {
  database = await freshDatabase();
  deps = depsFor(database);
  for (const file of demoCommitteeYears) {
    const document = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../demo/committee-years', file), 'utf8'),
    );
    const summary = await importCommitteeYear(deps, document, {
      source: file,
      actor: null,
      municipalityId: null,
    });
    years.push({ name: `Göteborg ${file}`, scope: { ...summary } });
  }
  const { municipalityId } = await loadEkmarkDemo(deps);
  for (const committee of ['Vård- och omsorgsnämnden', 'Socialnämnden']) {
    const [row] = await deps.db
      .select({ id: orgNodes.id })
      .from(orgNodes)
      .where(and(eq(orgNodes.municipalityId, municipalityId), eq(orgNodes.name, committee)));
    if (!row) throw new Error(`${committee} was not loaded`);
    years.push({
      name: `Ekmark ${committee} 2025`,
      scope: { municipalityId, committeeId: row.id, year: 2025 },
    });
  }
});
afterAll(() => database.close());

describe('every demo document, Göteborg’s and Ekmark’s, as PDF/UA', () => {
  it('has a structure tree with every heading in order, tables with scoped header cells, and its footers as artifacts', async () => {
    expect(years).toHaveLength(demoCommitteeYears.length + ekmarkCommitteeYears.length);
    for (const { name, scope } of years) {
      for (const kind of documentKinds) {
        const label = `${name} ${kind}`;
        const model = await documentModel(deps, scope, kind);
        const file = await renderDocument(deps, scope, kind, 'pdf');
        const structure = await readPdfStructure(file.content);
        expect(pdfUaProblems(structure), label).toEqual([]);
        expect(structure.info.title, label).toBe(`${model.title} ${model.subtitle}`);
        // A preview is no archival file; it is dated by the document's own period, never by a fixed day.
        expect(structure.xmp, label).not.toContain('pdfaid');
        expect(structure.info.creationDate, label).toBe(
          kind === 'verksamhetsplan'
            ? `D:${scope.year}0101000000Z`
            : `D:${scope.year}${kind === 'arsrapport' ? '1231' : '0831'}000000Z`,
        );
        // Every heading of the document, and the contents' title where it has contents, is a heading of the tree.
        const headings = elementTypes(structure).filter((type) => /^H\d$/.test(type));
        const contentsTitle = frameOfModel(model).contentsDepth === null ? 0 : 1;
        expect(headings.length, label).toBe(
          model.blocks.filter((block) => block.kind === 'heading').length + contentsTitle,
        );
        const tables = model.blocks.filter((block) => block.kind === 'table').length;
        expect(elementTypes(structure).filter((type) => type === 'Table').length, label).toBe(tables);
        // The footer of every page but the cover is pagination, outside the tree.
        for (const page of structure.pages.slice(1))
          expect(
            page.artifactText.some((artifact) => artifact.type === 'Pagination'),
            `${label} page ${page.number}`,
          ).toBe(true);
      }
    }
  });
});

describe('the adopted PDF', () => {
  it('is PDF/A-2b and PDF/UA-1, dated by the decision, and pdfinfo reads it as tagged', async () => {
    const context = await createSignedInTenant();
    await importTenantYear(context.deps, context.tenant);
    const controller = await signInAs(context.app, context.tenant.users.controller.email);
    const url = `${context.base}/committees/${context.tenant.nodes.committee}/years/2022/documents`;
    const status = (payload: Record<string, unknown>) =>
      call(context.app, controller, { method: 'POST', url: `${url}/plan/status`, payload });
    expect((await status({ status: 'review' })).statusCode).toBe(200);
    const adopted = await status({ status: 'adopted', decision: { date: '2023-02-21', paragraph: '§ 31' } });
    expect(adopted.statusCode, adopted.body).toBe(200);
    const pdf = await call(context.app, controller, {
      method: 'GET',
      url: `${url}/verksamhetsplan/adopted/pdf`,
    });
    expect(pdf.statusCode).toBe(200);

    const structure = await readPdfStructure(pdf.rawPayload);
    expect(pdfUaProblems(structure)).toEqual([]);
    expect(pdfAProblems(structure)).toEqual([]);
    expect(structure.info).toMatchObject({ creationDate: 'D:20230221000000Z', modDate: 'D:20230221000000Z' });
    expect(structure.xmp).toContain('<xmp:CreateDate>2023-02-21T00:00:00Z</xmp:CreateDate>');
    expect(structure.outputIntents).toEqual([
      { subtype: 'GTS_PDFA1', condition: 'sRGB IEC61966-2.1', profileComponents: 3 },
    ]);

    const file = join(mkdtempSync(join(tmpdir(), 'styr-pdfua-')), 'adopted.pdf');
    writeFileSync(file, pdf.rawPayload);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(new RegExp(`^Title:\\s+${structure.info.title}$`, 'm'));
    expect(info).toMatch(/^PDF version:\s+1\.7$/m);
  });
});
