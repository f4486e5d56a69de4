import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  call,
  createSignedInTenant,
  importTenantYear,
  type Session,
  signInAs,
} from '../../../../../test/harness.ts';
import { documentTemplates } from '../../db/schema/index.ts';

let context: Awaited<ReturnType<typeof createSignedInTenant>>;
let controller: Session;
let yearUrl: string;

beforeEach(async () => {
  context = await createSignedInTenant();
  await importTenantYear(context.deps, context.tenant);
  controller = await signInAs(context.app, context.tenant.users.controller.email);
  yearUrl = `${context.base}/committees/${context.tenant.nodes.committee}/years/2022`;
});

const templatesUrl = () => `${context.base}/document-templates`;
const get = (session: Session, url: string) => call(context.app, session, { method: 'GET', url });
const templateOf = async (kind: string) =>
  (await get(context.admin, templatesUrl())).json().find((entry: { kind: string }) => entry.kind === kind);
const sha256 = (content: Buffer | string) => createHash('sha256').update(content).digest('hex');

describe('templates', () => {
  it('gives every municipality the default templates, edited by the administrator with a version check', async () => {
    const template = await templateOf('arsrapport');
    expect(template.chapters.map((chapter: { title: string }) => chapter.title)).toEqual([
      'Sammanfattning',
      'Väsentlig styrinformation till kommunledningen',
      'Övrig uppföljning till kommunledningen',
      'Bokslut',
      'Styrinformation till nämnden',
      'Redovisning av nämndens uppdrag',
    ]);
    const [first, ...rest] = template.chapters;
    const moved = [...rest, { ...first, title: 'Kort sammanfattning' }];
    const saved = await call(context.app, context.admin, {
      method: 'PUT',
      url: templatesUrl(),
      payload: { kind: 'arsrapport', version: template.version, chapters: moved },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().version).toBe(template.version + 1);
    expect(saved.json().chapters.at(-1).title).toBe('Kort sammanfattning');

    const stale = await call(context.app, context.admin, {
      method: 'PUT',
      url: templatesUrl(),
      payload: { kind: 'arsrapport', version: template.version, chapters: template.chapters },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    expect(stale.json().current.chapters.at(-1).title).toBe('Kort sammanfattning');
  });

  it('gives a municipality whose template was never edited the chapters added to the defaults since', async () => {
    // A template stored before the risk appendices existed, as an older release inserted it.
    const before = await templateOf('verksamhetsplan');
    const older = before.chapters.filter((chapter: { appendix: boolean }) => !chapter.appendix);
    const stored = await context.deps.db
      .update(documentTemplates)
      .set({ chapters: older })
      .where(eq(documentTemplates.municipalityId, context.tenant.municipalityId))
      .returning();
    expect(stored.length).toBeGreaterThan(0);
    const template = await templateOf('verksamhetsplan');
    expect(template.version).toBe(1);
    expect(
      template.chapters
        .filter((chapter: { appendix: boolean }) => chapter.appendix)
        .map((chapter: { title: string }) => chapter.title),
    ).toEqual(['Samlad riskbild {år}', 'Intern kontrollplan {år}', 'Handlingsplaner {år}']);
  });

  it('refuses a tree with a repeated key, an appendix inside a chapter or an unknown section kind, in Swedish with the path', async () => {
    const template = await templateOf('verksamhetsplan');
    const [first] = template.chapters;
    const repeated = await call(context.app, context.admin, {
      method: 'PUT',
      url: templatesUrl(),
      payload: { kind: 'verksamhetsplan', version: template.version, chapters: [first, first] },
    });
    expect(repeated.statusCode).toBe(400);
    expect(repeated.json().error.details).toEqual([
      { path: 'body.chapters[1].key', message: `Nyckeln ${first.key} finns redan i mallen` },
    ]);
    const nested = { ...first, children: [{ ...first, key: 'bilaga', appendix: true }] };
    const appendix = await call(context.app, context.admin, {
      method: 'PUT',
      url: templatesUrl(),
      payload: { kind: 'verksamhetsplan', version: template.version, chapters: [nested] },
    });
    expect(appendix.json().error.message).toBe('Bara ett kapitel överst kan vara bilaga');
    const unknown = await call(context.app, context.admin, {
      method: 'PUT',
      url: templatesUrl(),
      payload: {
        kind: 'verksamhetsplan',
        version: template.version,
        chapters: [{ ...first, section: { kind: 'investeringar' } }],
      },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details).toEqual([
      {
        path: 'body.chapters.0.section.kind',
        message: expect.stringMatching(/^”investeringar” är ingen känd sorts avsnitt\. Känd sort: heading, /),
      },
    ]);
    const controllerTry = await call(context.app, controller, {
      method: 'PUT',
      url: templatesUrl(),
      payload: { kind: 'verksamhetsplan', version: template.version, chapters: template.chapters },
    });
    expect(controllerTry.statusCode).toBe(403);
  });
});

describe('a template drives the document', () => {
  it('moves a chapter and leaves one out, and the document follows with its numbering', async () => {
    const headings = async () => {
      const html = (await get(controller, `${yearUrl}/documents/arsrapport/render/html`)).body;
      // Numbered chapters only: the table of contents has a heading of its own.
      return [...html.matchAll(/<h2[^>]*>(\d.*?)<\/h2>/g)].map((match) => match[1]);
    };
    expect(await headings()).toEqual(
      expect.arrayContaining(['1 Sammanfattning', '4 Bokslut', '6 Redovisning av nämndens uppdrag']),
    );
    const template = await templateOf('arsrapport');
    const titled = (title: string) =>
      template.chapters.find((chapter: { title: string }) => chapter.title === title);
    const last = titled('Redovisning av nämndens uppdrag');
    const chapters = [
      last,
      ...template.chapters.filter(
        (chapter: { title: string }) => chapter !== last && chapter.title !== 'Bokslut',
      ),
    ];
    const saved = await call(context.app, context.admin, {
      method: 'PUT',
      url: templatesUrl(),
      payload: { kind: 'arsrapport', version: template.version, chapters },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const after = await headings();
    expect(after.slice(0, 2)).toEqual(['1 Redovisning av nämndens uppdrag', '2 Sammanfattning']);
    expect(after.some((heading) => heading?.endsWith('Bokslut'))).toBe(false);
  });
});

describe('a document of the year', () => {
  it('lists what each chapter lacks, and takes the controller’s summary into the document', async () => {
    const overview = (await get(controller, `${yearUrl}/documents/arsrapport`)).json();
    const summary = overview.chapters.find((chapter: { key: string }) => chapter.key === 'sammanfattning');
    expect(summary).toMatchObject({ number: '1', lacking: 'Texten är inte skriven' });
    const written = await call(context.app, controller, {
      method: 'PUT',
      url: `${yearUrl}/documents/arsrapport/texts/sammanfattning`,
      payload: { text: '<p>Året gick <strong>bra</strong>.</p><script>alert(1)</script>' },
    });
    expect(written.json()).toMatchObject({ chapterKey: 'sammanfattning', version: 1 });
    const stale = await call(context.app, controller, {
      method: 'PUT',
      url: `${yearUrl}/documents/arsrapport/texts/sammanfattning`,
      payload: { text: 'Annat', version: 5 },
    });
    expect(stale.statusCode).toBe(409);

    const html = (await get(controller, `${yearUrl}/documents/arsrapport/render/html`)).body;
    expect(html).toContain('<p>Året gick <strong>bra</strong>.</p>');
    expect(html).not.toContain('<script>');
    const after = (await get(controller, `${yearUrl}/documents/arsrapport`)).json();
    expect(
      after.chapters.find((chapter: { key: string }) => chapter.key === 'sammanfattning').lacking,
    ).toBeNull();
  });

  it('stores the PDF and Word file at adoption and serves them unchanged after later changes', async () => {
    const status = (payload: Record<string, unknown>) =>
      call(context.app, controller, {
        method: 'POST',
        url: `${yearUrl}/documents/arsrapport/status`,
        payload,
      });
    // The plan the annual report follows up is adopted first.
    const plan = (payload: Record<string, unknown>) =>
      call(context.app, controller, { method: 'POST', url: `${yearUrl}/documents/plan/status`, payload });
    await plan({ status: 'review' });
    await plan({ status: 'adopted', decision: { date: '2022-02-15', paragraph: '§ 20' } });
    const review = await status({ status: 'review' });
    const adopted = await status({
      version: review.json().version,
      status: 'adopted',
      decision: { date: '2023-02-21', paragraph: '§ 31' },
    });
    expect(adopted.statusCode, adopted.body).toBe(200);

    const overview = (await get(controller, `${yearUrl}/documents/arsrapport`)).json();
    expect(overview.status).toBe('adopted');
    expect(overview.snapshots.map((snapshot: { format: string }) => snapshot.format)).toEqual([
      'docx',
      'pdf',
    ]);
    const pdf = await get(controller, `${yearUrl}/documents/arsrapport/adopted/pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain(
      encodeURIComponent('Årsrapport 2022 Socialnämnden Test.pdf'),
    );
    const stored = overview.snapshots.find((snapshot: { format: string }) => snapshot.format === 'pdf');
    expect(sha256(pdf.rawPayload)).toBe(stored.sha256);
    expect(pdf.headers['x-content-sha256']).toBe(stored.sha256);
    const docx = await get(controller, `${yearUrl}/documents/arsrapport/adopted/docx`);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');

    const frozenText = await call(context.app, controller, {
      method: 'PUT',
      url: `${yearUrl}/documents/arsrapport/texts/sammanfattning`,
      payload: { text: 'Efter beslutet' },
    });
    expect(frozenText.json().error.code).toBe('FROZEN');

    // A later change of the template changes what is rendered now, never what was adopted.
    const template = await templateOf('arsrapport');
    const renamed = template.chapters.map((chapter: { title: string }, index: number) =>
      index === 0 ? { ...chapter, title: 'Ny rubrik efter beslutet' } : chapter,
    );
    await call(context.app, context.admin, {
      method: 'PUT',
      url: templatesUrl(),
      payload: { kind: 'arsrapport', version: template.version, chapters: renamed },
    });
    const live = await get(controller, `${yearUrl}/documents/arsrapport/render/pdf`);
    expect(sha256(live.rawPayload)).not.toBe(stored.sha256);
    const again = await get(controller, `${yearUrl}/documents/arsrapport/adopted/pdf`);
    expect(sha256(again.rawPayload)).toBe(stored.sha256);
    const member = await signInAs(context.app, context.tenant.users.member.email);
    expect(
      (await get(member, `${yearUrl}/documents/arsrapport/adopted/pdf`)).rawPayload.equals(pdf.rawPayload),
    ).toBe(true);
  });
});
