import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxPart } from '../../../../../test/docx-parts.ts';
import { ekmarkApp } from '../../../../../test/ekmark-app.ts';
import { call, createTenant, importTenantYear, type Session, signInAs } from '../../../../../test/harness.ts';
import { pdfUaProblems } from '../../../../../test/pdf-conformance.ts';
import { readPdfStructure } from '../../../../../test/pdf-structure.ts';
import { demoPassword } from '../../demo/demo-data.ts';
import { ekmarkLogoAlt } from '../../demo/ekmark-demo.ts';

let context: Pick<Awaited<ReturnType<typeof ekmarkApp>>, 'app' | 'deps'>;
let ekmark: { base: string; admin: Session; controller: Session; committee: string };

/** Each page's text as pdftotext (poppler) reads it, in reading order. */
function pdfPages(pdf: Buffer): string[] {
  const file = join(mkdtempSync(join(tmpdir(), 'styr-frame-')), 'document.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
}

const getOk = async (session: Session, url: string) => {
  const response = await call(context.app, session, { method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  return response;
};

let demo: Awaited<ReturnType<typeof ekmarkApp>>;

beforeAll(async () => {
  demo = await ekmarkApp();
  context = demo;
  ekmark = {
    base: `/api/municipalities/${demo.municipalityId}`,
    admin: await signInAs(context.app, 'admin@ekmark.example', demoPassword),
    controller: demo.controller,
    committee: await demo.committeeId('Vård- och omsorgsnämnden'),
  };
});

afterAll(async () => {
  await demo?.close();
});

const ekmarkDocument = (kind: string, format: string) =>
  `${ekmark.base}/committees/${ekmark.committee}/years/2025/documents/${kind}/render/${format}`;

describe('Ekmark’s årsrapport in its own frame', () => {
  it('has a title page with the municipality and the logo, no contents, and its own footer on every other page', async () => {
    const pdf = (await getOk(ekmark.controller, ekmarkDocument('arsrapport', 'pdf'))).rawPayload;
    const pages = pdfPages(pdf);
    const [cover = '', first = ''] = pages;
    expect(cover).toMatch(/Ekmarks kommun\s+Årsrapport 2025\s+Vård- och omsorgsnämnden/);
    expect(pages.join('\n')).not.toContain('Innehållsförteckning');
    // The chapters start right after the title page.
    expect(first).toMatch(/^\s*1 /);
    for (const [index, page] of pages.slice(1).entries())
      expect(page).toContain(`Ekmarks kommun · Årsrapport 2025 · Sida ${index + 2} av ${pages.length}`);
    expect(cover).not.toContain('Sida 1 av');

    const structure = await readPdfStructure(pdf);
    expect(pdfUaProblems(structure)).toEqual([]);
    const figures = JSON.stringify(structure.root).match(/"type":"Figure"[^}]*"alt":"([^"]*)"/);
    expect(figures?.[1]).toBe(ekmarkLogoAlt);
    const html = (await getOk(ekmark.controller, ekmarkDocument('arsrapport', 'html'))).body;
    expect(html).toContain(`alt="${ekmarkLogoAlt}"`);
    expect(html).not.toContain('Innehållsförteckning');

    // The Word file: the logo with its description, no contents field, the footer with Word's page fields.
    const docx = (await getOk(ekmark.controller, ekmarkDocument('arsrapport', 'docx'))).rawPayload;
    const body = docxPart(docx, 'word/document.xml');
    expect(body).toContain(`descr="${ekmarkLogoAlt}"`);
    expect(body).not.toContain('Innehållsförteckning');
    const footer = docxPart(docx, 'word/footer1.xml');
    expect(footer).toMatch(/Ekmarks kommun · Årsrapport 2025 · .*Sida .*PAGE.* av .*NUMPAGES/s);
  });

  it('prints negative figures with the hyphen-minus in every document, and its own word for a sum', async () => {
    for (const kind of ['arsrapport', 'delarsrapport']) {
      const text = pdfPages((await getOk(ekmark.controller, ekmarkDocument(kind, 'pdf'))).rawPayload).join(
        '\n',
      );
      // A minus in prose ("budget − prognos") stays; every figure's sign is the hyphen.
      expect(text, kind).not.toMatch(/\u2212\d/);
      expect(text, kind).toMatch(/\s-\d/);
    }
    const report = (await getOk(ekmark.controller, ekmarkDocument('arsrapport', 'html'))).body;
    expect(report).toContain('Totalt');
    expect(report).not.toContain('>Summa<');
  });

  it('keeps the default frame in the documents whose template sets none', async () => {
    const pages = pdfPages(
      (await getOk(ekmark.controller, ekmarkDocument('delarsrapport', 'pdf'))).rawPayload,
    );
    expect(pages[1]).toContain('Innehållsförteckning');
    expect(pages[1]).toMatch(/Delårsrapport [^\n]*2025 Vård- och omsorgsnämnden 2 \(\d+\)/);
  });
});

describe('a Göteborg document', () => {
  it('prints its title page, contents, "6 (44)" footer and real minus signs as always', async () => {
    const tenant = await createTenant(context.deps, 'Ramlös kommun');
    await importTenantYear(context.deps, tenant);
    const controller = await signInAs(context.app, tenant.users.controller.email);
    const url = `/api/municipalities/${tenant.municipalityId}/committees/${tenant.nodes.committee}/years/2022/documents/arsrapport/render/pdf`;
    const pages = pdfPages((await getOk(controller, url)).rawPayload);
    expect(pages[0]).toMatch(/Årsrapport 2022/);
    expect(pages[0]).not.toMatch(/Sida|\(\d+\)/);
    expect(pages[1]).toContain('Innehållsförteckning');
    for (const [index, page] of pages.slice(1).entries())
      expect(page).toContain(`${index + 2} (${pages.length})`);
    expect(pages.join('\n')).not.toContain('Sida ');
  });
});

describe('the municipality’s logo', () => {
  const png = (bytes: number) => {
    const image = Buffer.alloc(bytes);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(image);
    return image.toString('base64');
  };
  const put = (payload: unknown) =>
    call(context.app, ekmark.admin, { method: 'PUT', url: `${ekmark.base}/logo`, payload });

  it('is refused in Swedish when larger than 512 kB or not a PNG, and kept as it was', async () => {
    const stored = (await getOk(ekmark.admin, `${ekmark.base}/logo`)).json();
    expect(stored.alt).toBe(ekmarkLogoAlt);
    const large = await put({ version: stored.version, image: png(512 * 1024 + 1), alt: 'Ny' });
    expect(large.statusCode).toBe(413);
    expect(large.json().error.message).toContain('512 kB');
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64');
    const wrongKind = await put({ version: stored.version, image: svg, alt: 'Ny' });
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json().error.message).toBe('Logotypen ska vara en PNG-bild.');
    const noAlt = await put({ version: stored.version, image: stored.image, alt: ' ' });
    expect(noAlt.statusCode).toBe(400);
    expect((await getOk(ekmark.admin, `${ekmark.base}/logo`)).json()).toEqual(stored);
  });

  it('is replaced against its version, and a stale write is refused', async () => {
    const stored = (await getOk(ekmark.admin, `${ekmark.base}/logo`)).json();
    const replaced = await put({ version: stored.version, image: stored.image, alt: 'Eken' });
    expect(replaced.statusCode, replaced.body).toBe(200);
    expect(replaced.json()).toMatchObject({ alt: 'Eken', version: stored.version + 1 });
    expect((await put({ version: stored.version, image: stored.image, alt: 'Igen' })).statusCode).toBe(409);
    const restored = await put({ version: stored.version + 1, image: stored.image, alt: ekmarkLogoAlt });
    expect(restored.statusCode).toBe(200);
  });
});

describe('the template’s frame and labels in the open formats', () => {
  it('travel in the styr/template file and the styr/municipality file, export → import → export unchanged', async () => {
    const file = (await getOk(ekmark.admin, `${ekmark.base}/document-template-file?kind=arsrapport`)).json();
    expect(file.frame).toEqual({
      titlePage: { lines: ['municipality', 'title', 'committee'], logo: true },
      contents: false,
      footer: { parts: ['municipality', 'title', 'page'], separator: ' · ', pageStyle: 'pageOf' },
    });
    expect(file.labels).toEqual({ 'tables.sum': 'Totalt' });
    const settings = (await getOk(ekmark.admin, `${ekmark.base}/settings`)).json();
    expect(settings.file.numberStyle).toEqual({ minus: 'hyphen', thousands: 'space' });
    const written = await call(context.app, ekmark.admin, {
      method: 'PUT',
      url: `${ekmark.base}/settings`,
      payload: { version: settings.version, file: settings.file },
    });
    expect(written.statusCode, written.body).toBe(200);
    expect(written.json().changed).toEqual([]);
    expect((await getOk(ekmark.admin, `${ekmark.base}/settings`)).body).toBe(
      JSON.stringify({ version: settings.version, file: settings.file }),
    );
  });

  it('refuses an unknown label of a template, naming the known ones', async () => {
    const templates = (await getOk(ekmark.admin, `${ekmark.base}/document-templates`)).json();
    const template = templates.find((entry: { kind: string }) => entry.kind === 'arsrapport');
    const response = await call(context.app, ekmark.admin, {
      method: 'PUT',
      url: `${ekmark.base}/document-templates`,
      payload: {
        kind: 'arsrapport',
        version: template.version,
        chapters: template.chapters,
        labels: { 'tables.summa': 'Totalt' },
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Okänd etikett ”tables.summa”. Kända etiketter:');
  });
});
