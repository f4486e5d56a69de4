import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxPart } from '../../../../../test/docx-parts.ts';
import { writeEconomyFixture } from '../../../../../test/fixtures/economy.ts';
import {
  call,
  createTenant,
  depsFor,
  freshDatabase,
  importTenantYear,
  type Session,
  signInAs,
} from '../../../../../test/harness.ts';
import { pdfUaProblems } from '../../../../../test/pdf-conformance.ts';
import { readPdfStructure, type StructNode } from '../../../../../test/pdf-structure.ts';
import { readPdf } from '../../../../../test/pdf-text.ts';
import { type App, buildApp } from '../../app.ts';
import type { Database } from '../../db/connect.ts';
import { orgNodes } from '../../db/schema/index.ts';
import { demoPassword } from '../../demo/demo-data.ts';
import { loadEkmarkDemo } from '../../demo/ekmark-demo.ts';
import type { Deps } from '../../deps.ts';

// Ekmark's accounts are created once per database, so this file has a database of its own.
let database: Database;
let deps: Deps;
let app: App;
let ekmark: Session;
let ekmarkYear: string;

beforeAll(async () => {
  database = await freshDatabase();
  deps = depsFor(database);
  app = await buildApp(deps);
  await app.ready();
  const { municipalityId } = await loadEkmarkDemo(deps);
  const [committee] = await deps.db
    .select({ id: orgNodes.id })
    .from(orgNodes)
    .where(and(eq(orgNodes.municipalityId, municipalityId), eq(orgNodes.name, 'Vård- och omsorgsnämnden')));
  ekmarkYear = `/api/municipalities/${municipalityId}/committees/${committee?.id}/years/2025`;
  ekmark = await signInAs(app, 'controller@ekmark.example', demoPassword);
});
afterAll(async () => {
  await app.close();
  await database.close();
});

const get = async (session: Session, url: string) => {
  const response = await call(app, session, { method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  return response;
};

function figures(node: StructNode | null): StructNode[] {
  if (!node) return [];
  return [...(node.type === 'Figure' ? [node] : []), ...node.children.flatMap(figures)];
}

describe("Ekmark's documents with charts switched on in its templates", () => {
  it('draws a trend per indicator in the delårsrapport as a tagged figure described by its values', async () => {
    const pdf = (await get(ekmark, `${ekmarkYear}/documents/delarsrapport/render/pdf`)).rawPayload;
    const structure = await readPdfStructure(pdf);
    expect(pdfUaProblems(structure)).toEqual([]);
    // Four measures with outcomes in two years or more; the ja/nej measure has no trend.
    expect(figures(structure.root).map((figure) => figure.alt)).toEqual([
      'Linjediagram: Utfall per år: Andel brukare som är nöjda med sin hemtjänst (procent). 2023 84\u00a0%, 2024 86\u00a0%, 2025 88\u00a0%.',
      'Linjediagram: Utfall per år: Antal personal en hemtjänsttagare möter under 14 dagar (personer). 2023 16, 2024 15, 2025 13.',
      'Linjediagram: Utfall per år: Beviljade hemtjänsttimmar per brukare och månad (timmar). 2023 31,4, 2024 30,8, 2025 29,6.',
      'Linjediagram: Utfall per år: Andel trygghetslarm som är digitala (procent). 2024 61\u00a0%, 2025 78\u00a0%.',
    ]);
    const text = (await readPdf(pdf)).pages.map((page) => page.text).join('\n');
    expect(text).toContain('Utfall per år: Andel brukare som är nöjda med sin hemtjänst (procent)');

    const html = (await get(ekmark, `${ekmarkYear}/documents/delarsrapport/render/html`)).body;
    expect(html.match(/<figure class="chart"><svg [^>]*role="img" aria-label="Linjediagram: /g)).toHaveLength(
      4,
    );
    const docx = (await get(ekmark, `${ekmarkYear}/documents/delarsrapport/render/docx`)).rawPayload;
    expect(docxPart(docx, 'word/document.xml').match(/descr="Linjediagram: Utfall per år: /g)).toHaveLength(
      4,
    );
  });

  it('draws bars of the years before the plan in the verksamhetsplan, and none where only one year has an outcome', async () => {
    const html = (await get(ekmark, `${ekmarkYear}/documents/verksamhetsplan/render/html`)).body;
    const names = [...html.matchAll(/aria-label="(Stapeldiagram: [^"]+)"/g)].map((match) => match[1]);
    expect(names).toHaveLength(3);
    for (const name of names) expect(name).toMatch(/\. 2023 .+, 2024 [^ ]+\.$/);
  });
});

describe('the budget deviation per department', () => {
  it('is drawn only when the template asks for it, with every deviation and its sign in the alt text', async () => {
    const tenant = await createTenant(deps);
    await importTenantYear(deps, tenant);
    await writeEconomyFixture(deps, {
      municipalityId: tenant.municipalityId,
      committeeId: tenant.nodes.committee,
    });
    const admin = await signInAs(app, tenant.users.admin.email);
    const controller = await signInAs(app, tenant.users.controller.email);
    const base = `/api/municipalities/${tenant.municipalityId}`;
    const report = `${base}/committees/${tenant.nodes.committee}/years/2022/documents/arsrapport/render/pdf`;
    const figuresOf = async () =>
      figures((await readPdfStructure((await get(controller, report)).rawPayload)).root);
    expect(await figuresOf()).toEqual([]);

    const template = (await get(admin, `${base}/document-templates`))
      .json()
      .find((entry: { kind: string }) => entry.kind === 'arsrapport');
    type Chapter = { section: { kind: string }; children: Chapter[] };
    const withChart = (chapters: Chapter[]): Chapter[] =>
      chapters.map((chapter) => ({
        ...chapter,
        section:
          chapter.section.kind === 'departmentResults'
            ? { ...chapter.section, chart: true }
            : chapter.section,
        children: withChart(chapter.children),
      }));
    const saved = await call(app, admin, {
      method: 'PUT',
      url: `${base}/document-templates`,
      payload: { kind: 'arsrapport', version: template.version, chapters: withChart(template.chapters) },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(JSON.stringify(saved.json().chapters)).toContain('{"kind":"departmentResults","chart":true}');

    const drawn = await figuresOf();
    expect(drawn.map((figure) => figure.alt)).toEqual([
      'Stapeldiagram: Budgetavvikelse per avdelning (tkr). Avd Barn och unga myndighet +15\u00a0390, Nämndreserv +28\u00a0205.',
    ]);
  });
});
