import { and, desc, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  call,
  createSignedInTenant,
  importTenantYear,
  type Session,
  signInAs,
} from '../../../../../test/harness.ts';
import { auditLog } from '../../db/schema/index.ts';
import { importTemplateFile } from './index.ts';

let context: Awaited<ReturnType<typeof createSignedInTenant>>;
let controller: Session;
let yearUrl: string;

beforeEach(async () => {
  context = await createSignedInTenant();
  await importTenantYear(context.deps, context.tenant);
  controller = await signInAs(context.app, context.tenant.users.controller.email);
  yearUrl = `${context.base}/committees/${context.tenant.nodes.committee}/years/2022`;
});

interface Chapter {
  key: string;
  title: string;
  section: { kind: string };
  text?: string;
  children: Chapter[];
}
const templatesUrl = () => `${context.base}/document-templates`;
const get = (session: Session, url: string) => call(context.app, session, { method: 'GET', url });
const fileOf = async (kind: string) =>
  (await get(context.admin, `${context.base}/document-template-file?kind=${kind}`)).json();
const check = (file: unknown) =>
  call(context.app, context.admin, {
    method: 'POST',
    url: `${context.base}/document-template-check`,
    payload: file,
  });
const writeText = (chapterKey: string, text: string) =>
  call(context.app, controller, {
    method: 'PUT',
    url: `${yearUrl}/documents/arsrapport/texts/${chapterKey}`,
    payload: { text },
  });
/** The tree with one chapter changed, wherever it stands. */
const changed = (tree: Chapter[], key: string, change: (chapter: Chapter) => Chapter): Chapter[] =>
  tree.map((chapter) =>
    chapter.key === key ? change(chapter) : { ...chapter, children: changed(chapter.children, key, change) },
  );
const without = (tree: Chapter[], keys: string[]): Chapter[] =>
  tree
    .filter((chapter) => !keys.includes(chapter.key))
    .map((chapter) => ({ ...chapter, children: without(chapter.children, keys) }));

describe('text on any chapter', () => {
  it("prints the committee's text before or after a chapter's generated content, where the template places it", async () => {
    const templates = (await get(context.admin, templatesUrl())).json();
    const template = templates.find((entry: { kind: string }) => entry.kind === 'arsrapport');
    let chapters = changed(template.chapters, 'uppdrag-utanfor-budget', (c) => ({ ...c, text: 'before' }));
    chapters = changed(chapters, 'budgetuppdrag', (c) => ({ ...c, text: 'after' }));
    const saved = await call(context.app, context.admin, {
      method: 'PUT',
      url: templatesUrl(),
      payload: { kind: 'arsrapport', version: template.version, chapters },
    });
    expect(saved.statusCode, saved.body).toBe(200);

    const overview = (await get(controller, `${yearUrl}/documents/arsrapport`)).json();
    const chapter = (key: string) => overview.chapters.find((entry: { key: string }) => entry.key === key);
    expect(chapter('sammanfattning').text).toBe('content');
    expect(chapter('uppdrag-utanfor-budget').text).toBe('before');
    expect(chapter('budgetuppdrag').text).toBe('after');
    expect(chapter('kommunbidrag').text).toBeNull();

    expect((await writeText('uppdrag-utanfor-budget', '<p>Texten före uppdragen.</p>')).statusCode).toBe(200);
    expect((await writeText('budgetuppdrag', '<p>Texten efter tabellen.</p>')).statusCode).toBe(200);
    const refused = await writeText('kommunbidrag', 'Ingen plats för mig');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toEqual([
      { path: 'chapterKey', message: 'Kapitlet har ingen egen text' },
    ]);

    const html = (await get(controller, `${yearUrl}/documents/arsrapport/render/html`)).body;
    const headingAt = (key: string) => {
      const { number, title } = chapter(key);
      const at = html.search(new RegExp(`<h\\d[^>]*>${number} ${title}</h\\d>`));
      expect(at, key).toBeGreaterThan(0);
      return at;
    };
    const assignments = headingAt('uppdrag-utanfor-budget');
    const before = html.indexOf('<p>Texten före uppdragen.</p>');
    expect(before).toBeGreaterThan(assignments);
    expect(html.indexOf('<table', assignments)).toBeGreaterThan(before);

    const statement = headingAt('budgetuppdrag');
    const after = html.indexOf('<p>Texten efter tabellen.</p>');
    const table = html.indexOf('</table>', statement);
    expect(table).toBeGreaterThan(statement);
    expect(after).toBeGreaterThan(table);
    expect(after).toBeLessThan(headingAt('uppdrag-utanfor-budget'));
  });

  it('refuses a placement on a chapter that is itself the text, with its path', async () => {
    const file = await fileOf('arsrapport');
    file.chapters = changed(file.chapters, 'sammanfattning', (c) => ({ ...c, text: 'after' }));
    const result = (await check(file)).json();
    expect(result.errors).toEqual([
      {
        path: 'chapters[0].text',
        message: 'Kapitlet är självt nämndens text och skrivs inte före eller efter något',
      },
    ]);
    expect(result.chapters).toBeNull();
  });
});

describe('checking a template file', () => {
  it('warns about texts that would not print and data no chapter prints, each with its path', async () => {
    expect((await writeText('sammanfattning', '<p>Året i korthet.</p>')).statusCode).toBe(200);
    const file = await fileOf('arsrapport');
    expect(file).toMatchObject({ format: 'styr/template', formatVersion: 1, kind: 'arsrapport' });
    const clean = (await check(file)).json();
    expect(clean.errors).toEqual([]);
    expect(clean.chapters).toEqual(file.chapters);
    expect(JSON.stringify(clean.warnings)).not.toContain('Sammanfattning');

    // The summary becomes a table-only chapter; the goals and assignments chapters go.
    let chapters = changed(file.chapters, 'sammanfattning', (c) => ({
      ...c,
      section: { kind: 'incomeStatement' },
    }));
    chapters = without(chapters, ['budgetmal', 'namndens-uppdrag']);
    const { errors, warnings } = (await check({ ...file, chapters })).json();
    expect(errors).toEqual([]);
    expect(warnings).toEqual(
      expect.arrayContaining([
        {
          path: 'chapters[0].text',
          message: expect.stringMatching(
            /^Kapitlet ”Sammanfattning” \(sammanfattning\) skriver inte ut den text som skrivits till det \(Socialnämnden Test 2022\)/,
          ),
        },
        {
          path: 'chapters',
          message: expect.stringMatching(
            /^Socialnämnden Test 2022 har mål av slaget kfCommittee .*inget kapitel/,
          ),
        },
        {
          path: 'chapters',
          message: expect.stringMatching(
            /^Socialnämnden Test 2022 har uppdrag av källan council .*inget kapitel/,
          ),
        },
      ]),
    );

    const gone = (await check({ ...file, chapters: without(file.chapters, ['sammanfattning']) })).json();
    expect(gone.warnings).toContainEqual({
      path: 'chapters',
      message:
        'Texten till kapitlet med nyckeln ”sammanfattning” (Socialnämnden Test 2022) skrivs inte ut: mallen har inget sådant kapitel',
    });
  });

  it('names an unknown section kind, its path and the known kinds', async () => {
    const file = await fileOf('verksamhetsplan');
    file.chapters[1].section = { kind: 'tabell' };
    const result = (await check(file)).json();
    expect(result.errors).toEqual([
      {
        path: 'chapters[1].section.kind',
        message: expect.stringMatching(
          /^”tabell” är ingen känd sorts avsnitt\. Känd sort: heading, fixedText, /,
        ),
      },
    ]);
  });
});

describe('reading a template file', () => {
  it("writes the municipality's template through the editor's save once, audited as the system", async () => {
    const file = await fileOf('delarsrapport');
    file.chapters[0].title = 'Sammanfattning från filen';
    const first = await importTemplateFile(context.deps, 'mall.json', file);
    expect(first).toMatchObject({ kind: 'delarsrapport', changed: true });
    const second = await importTemplateFile(context.deps, 'mall.json', file);
    expect(second.changed).toBe(false);
    expect(await fileOf('delarsrapport')).toEqual(file);

    const [audit] = await context.deps.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.municipalityId, context.tenant.municipalityId),
          eq(auditLog.entityType, 'document_template'),
        ),
      )
      .orderBy(desc(auditLog.id));
    expect(audit).toMatchObject({ actorId: null, entityId: 'delarsrapport' });

    await expect(
      importTemplateFile(context.deps, 'mall.json', {
        ...file,
        municipality: { name: 'Ingen sådan kommun' },
      }),
    ).rejects.toMatchObject({
      details: [
        { path: 'municipality.name', message: 'Det finns ingen kommun som heter ”Ingen sådan kommun”' },
      ],
    });
  });
});
