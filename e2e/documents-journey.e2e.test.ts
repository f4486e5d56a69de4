import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../test/pdf-text.ts';
import {
  expectAccessible,
  followLinkTo,
  openCommitteePage,
  openCommitteeYear,
  signedInPage,
  useJourney,
} from './browser.ts';

const journey = useJourney();
const viewport = { width: 1400, height: 900 };

const require = createRequire(import.meta.url);
/** An origin the browser never reaches: every request to it is answered by the route below. */
const viewer = 'https://pdf-page.invalid';

/**
 * Saves one page of a PDF as screenshots/<name>.png, drawn by PDF.js in the browser (on the page's thread, no
 * worker) at 60 dots per inch: a picture for a person to look at.
 */
async function screenshotPdfPage(context: BrowserContext, pdf: Buffer, pageNumber: number, name: string) {
  const files: Record<string, { body: Buffer; contentType: string }> = {
    '/pdf.mjs': {
      body: readFileSync(require.resolve('pdfjs-dist/build/pdf.mjs')),
      contentType: 'text/javascript',
    },
    '/pdf.worker.mjs': {
      body: readFileSync(require.resolve('pdfjs-dist/build/pdf.worker.mjs')),
      contentType: 'text/javascript',
    },
    '/document.pdf': { body: pdf, contentType: 'application/pdf' },
    '/viewer.html': {
      body: Buffer.from(`<!doctype html><html lang="sv"><title>PDF</title><body style="margin:0">
<canvas></canvas>
<script type="module">
import { getDocument } from '/pdf.mjs';
import * as worker from '/pdf.worker.mjs';
globalThis.pdfjsWorker = worker;
globalThis.drawn = (async () => {
  const pdf = await getDocument({ url: '/document.pdf', useWasm: false, disableWorkerRendering: true }).promise;
  const page = await pdf.getPage(${pageNumber});
  const viewport = page.getViewport({ scale: 60 / 72 });
  const canvas = document.querySelector('canvas');
  canvas.width = Math.ceil(viewport.width);
  canvas.height = Math.ceil(viewport.height);
  await page.render({ canvas, viewport }).promise;
})().then(() => 'drawn', (error) => \`PDF.js failed: \${error}\`);
</script>`),
      contentType: 'text/html',
    },
  };
  const page = await context.newPage();
  await page.route(`${viewer}/**`, (route) => {
    const file = files[new URL(route.request().url()).pathname];
    return file
      ? route.fulfill({ status: 200, body: file.body, contentType: file.contentType })
      : route.fulfill({ status: 404 });
  });
  await page.goto(`${viewer}/viewer.html`);
  // The page's script has started by its load event; it settles with 'drawn' or PDF.js's error.
  const drawn = await page.evaluate(() => (globalThis as { drawn?: Promise<string> }).drawn ?? 'no script');
  expect(drawn).toBe('drawn');
  mkdirSync('screenshots', { recursive: true });
  await page.locator('canvas').screenshot({ path: join('screenshots', `${name}.png`) });
  await page.close();
}

describe('documents', () => {
  it('the controller previews Hisingen årsrapport 2022 and downloads it as a PDF', async () => {
    const { context, page } = await signedInPage(journey, 'controller@goteborg.example', viewport, {
      acceptDownloads: true,
    });
    await openCommitteeYear(page, 'Socialnämnden Hisingen', 2022);

    await openCommitteePage(page, 'Dokument');
    await page
      .getByRole('navigation', { name: 'Nämndens dokument' })
      .getByRole('link', { name: 'Årsrapport 2022', exact: true })
      .click();
    await page.waitForURL(/dokument=arsrapport/);
    const preview = page.locator('.document-preview');
    await expect.poll(() => preview.getByRole('heading', { name: '2.2.1 Organisationsmål' }).count()).toBe(1);
    await expect.poll(() => preview.getByRole('heading', { name: '1 Sammanfattning' }).count()).toBe(1);
    await expect.poll(() => preview.getByText('8,85').count()).toBeGreaterThan(0);
    await expect
      .poll(() => page.getByRole('region', { name: 'Innehåll som saknas' }).textContent())
      .toMatch(/5\.3 Uppföljning av årets säkerhetsarbete: Texten är inte skriven/);
    await expect.poll(() => preview.getByRole('heading', { name: '4.2 Resultaträkning' }).count()).toBe(1);
    await expect.poll(() => preview.getByText('1 170,8').count()).toBeGreaterThan(0);
    await expectAccessible(page);
    mkdirSync('screenshots', { recursive: true });
    await page.screenshot({ path: join('screenshots', `documents-arsrapport-${journey.app.engine}.png`) });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Ladda ner som PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Årsrapport 2022 Socialnämnden Hisingen.pdf');
    const folder = mkdtempSync(join(tmpdir(), 'styr-download-'));
    const path = join(folder, 'arsrapport.pdf');
    await download.saveAs(path);
    const content = readFileSync(path);
    const { pages } = await readPdf(content);
    expect(pages.map((pdfPage) => pdfPage.text).join('\n')).toContain('2.2.1 Organisationsmål');
    // The first content page as an image, to look at: it should read as a municipal report.
    await screenshotPdfPage(context, content, 4, `documents-pdf-${journey.app.engine}`);
    await context.close();
  });

  it('the administrator moves, adds and removes chapters of a template by keyboard and saves it', async () => {
    const { context, page } = await signedInPage(journey, 'admin@goteborg.example', viewport);
    await followLinkTo(page, 'Dokumentmallar');
    await page.getByLabel('Dokument', { exact: true }).selectOption('verksamhetsplan');
    const tree = page.getByRole('list', { name: 'Mallens kapitel' });
    await expect.poll(() => tree.getByText('1 Inledning').count()).toBe(1);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Flytta ned ”Inledning”' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => tree.getByText('2 Inledning').count()).toBe(1);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Flytta ned ”Inledning”');

    await page.getByLabel('Rubrik', { exact: true }).fill('Nämndens ekonomi');
    await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await expect.poll(() => tree.getByText('5 Nämndens ekonomi').count()).toBe(1);
    await page.getByRole('button', { name: 'Ta bort ”Förutsättningar”' }).click();
    await page.getByRole('button', { name: 'Spara mallen' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Mallen är sparad.' }).count())
      .toBe(1);
    await page.reload();
    await page.getByLabel('Dokument', { exact: true }).selectOption('verksamhetsplan');
    await expect.poll(() => tree.getByText('1 Inledning').count()).toBe(1);
    await expect.poll(() => tree.getByText('4 Nämndens ekonomi').count()).toBe(1);
    await expectAccessible(page);
    await context.close();
  });
});
