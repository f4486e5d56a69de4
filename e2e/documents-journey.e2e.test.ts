import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, signIn, startDemoServer } from './browser.ts';

let browser: Browser;
let app: Awaited<ReturnType<typeof startDemoServer>>;

beforeAll(async () => {
  app = await startDemoServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.cleanup();
});

describe('documents', () => {
  it('the controller previews Hisingen årsrapport 2022 and downloads it as a PDF', async () => {
    const context = await browser.newContext({
      locale: 'sv-SE',
      viewport: { width: 1400, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const base = app.server.url;
    await signIn(page, base, 'controller@goteborg.example');
    await page.waitForURL(/\/namnd\/[^/]+\/\d{4}$/);
    await page.getByLabel('Nämnd', { exact: true }).selectOption({ label: 'Socialnämnden Hisingen' });
    await page.getByLabel('År', { exact: true }).selectOption('2022');
    await page.getByRole('button', { name: 'Visa' }).click();
    await page.waitForURL(/\/namnd\/[^/]+\/2022$/);

    await page
      .getByRole('navigation', { name: 'Nämndens sidor' })
      .getByRole('link', { name: 'Dokument' })
      .click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Dokument');
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
    await page.screenshot({ path: join('screenshots', `documents-arsrapport-${app.engine}.png`) });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Ladda ner som PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Årsrapport 2022 Socialnämnden Hisingen.pdf');
    const folder = mkdtempSync(join(tmpdir(), 'styr-download-'));
    const path = join(folder, 'arsrapport.pdf');
    await download.saveAs(path);
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(text).toContain('2.2.1 Organisationsmål');
    // The first content page as an image, to look at: it should read as a municipal report.
    execFileSync('pdftoppm', [
      '-r',
      '60',
      '-f',
      '4',
      '-l',
      '4',
      '-png',
      path,
      join('screenshots', `documents-pdf-${app.engine}`),
    ]);
    await context.close();
  });

  it('the administrator moves, adds and removes chapters of a template by keyboard and saves it', async () => {
    const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await signIn(page, app.server.url, 'admin@goteborg.example');
    await page.waitForURL(/\/namnd\/[^/]+\/\d{4}$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Socialnämnden/);
    await page.getByRole('link', { name: 'Dokumentmallar' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Dokumentmallar');
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

    await page.getByLabel('Rubrik').fill('Nämndens ekonomi');
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
