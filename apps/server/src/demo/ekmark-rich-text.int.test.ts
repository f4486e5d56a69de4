import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxPart } from '../../../../test/docx-parts.ts';
import { call, depsFor, freshDatabase, signInAs } from '../../../../test/harness.ts';
import { pdfUaProblems } from '../../../../test/pdf-conformance.ts';
import { readPdfStructure } from '../../../../test/pdf-structure.ts';
import { readPdf } from '../../../../test/pdf-text.ts';
import { buildApp } from '../app.ts';
import type { Database } from '../db/connect.ts';
import { orgNodes } from '../db/schema/index.ts';
import { demoPassword } from './demo-data.ts';
import { loadEkmarkDemo } from './ekmark-demo.ts';

let render: (format: 'pdf' | 'docx') => Promise<Buffer>;
let database: Database;
let app: Awaited<ReturnType<typeof buildApp>>;

// A database of its own: the demo's ids are fixed, and another test file loads the same demo into the shared one.
beforeAll(async () => {
  database = await freshDatabase();
  const deps = depsFor(database);
  app = await buildApp(deps);
  await app.ready();
  const { municipalityId } = await loadEkmarkDemo(deps);
  const [committee] = await deps.db
    .select({ id: orgNodes.id })
    .from(orgNodes)
    .where(and(eq(orgNodes.municipalityId, municipalityId), eq(orgNodes.name, 'Vård- och omsorgsnämnden')));
  const controller = await signInAs(app, 'controller@ekmark.example', demoPassword);
  const url = `/api/municipalities/${municipalityId}/committees/${committee?.id}/years/2025/documents/arsrapport/render`;
  render = async (format) => {
    const response = await call(app, controller, { method: 'GET', url: `${url}/${format}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.rawPayload;
  };
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const footnote =
  'Medianen för brukare med minst två besök per dag, enligt besöksregistreringen i verksamhetssystemet.';

describe('Ekmark’s annual report, with a goal analysis that holds a table and a footnote', () => {
  it('prints the table and the footnote’s number in the PDF, and the note at the end of the goal’s chapter', async () => {
    const pdf = await render('pdf');
    const text = (await readPdf(pdf)).pages.map((page) => page.text).join('\n');
    expect(text.replace(/\n/g, ' ')).toContain('men målvärdet nåddes inte för helåret.¹');
    expect(text).toMatch(
      /Period +Personal under 14 dagar +Målvärde\nJanuari–juni +15 +12\nJuli–december +13 +12/,
    );
    expect(text.replace(/\n(?!1 )/g, ' ')).toContain(`1 ${footnote}`);
    expect(pdfUaProblems(await readPdfStructure(pdf))).toEqual([]);
  });

  it('gives the Word file the footnote as Word’s own', async () => {
    const docx = await render('docx');
    expect(docxPart(docx, 'word/document.xml')).toContain('<w:footnoteReference w:id="1"/>');
    expect(docxPart(docx, 'word/footnotes.xml')).toContain(footnote);
  });
});
