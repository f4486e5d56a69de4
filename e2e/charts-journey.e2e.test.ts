import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectAccessible,
  launchBrowser,
  reachStartPage,
  screenshot,
  signIn,
  startDemoServer,
} from './browser.ts';

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

describe('charts in documents', () => {
  it("Ekmark's controller sees each measure's trend in the delårsrapport as an image named by its values", async () => {
    const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await signIn(page, app.server.url, 'controller@ekmark.example');
    await reachStartPage(page);
    await page.getByLabel('Nämnd', { exact: true }).selectOption({ label: 'Vård- och omsorgsnämnden' });
    await page.getByLabel('År', { exact: true }).selectOption('2025');
    await page.getByRole('button', { name: 'Visa' }).click();
    await page.waitForURL(/\/namnd\/[^/]+\/2025$/);
    await page.goto(`${page.url()}/dokument?dokument=delarsrapport`);
    const preview = page.locator('.document-preview');
    const charts = preview.getByRole('img', { name: /^Linjediagram: Utfall per år: / });
    await expect.poll(() => charts.count()).toBe(4);
    expect(await charts.first().getAttribute('aria-label')).toBe(
      'Linjediagram: Utfall per år: Andel brukare som är nöjda med sin hemtjänst (procent). 2023 84\u00a0%, 2024 86\u00a0%, 2025 88\u00a0%.',
    );
    // The values are printed in the drawing, not only told by its colour.
    expect(await charts.first().locator('text').allTextContents()).toEqual(
      expect.arrayContaining(['84\u00a0%', '86\u00a0%', '88\u00a0%']),
    );
    await expectAccessible(page);
    await screenshot(page, `charts-delarsrapport-${app.engine}`);
    await context.close();
  });

  it("the administrator changes a chapter's chart from lines to bars in the template, and it stays so", async () => {
    const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await signIn(page, app.server.url, 'admin@ekmark.example');
    await reachStartPage(page);
    await page.getByRole('link', { name: 'Dokumentmallar' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Dokumentmallar');
    await page.getByLabel('Dokument', { exact: true }).selectOption('delarsrapport');
    const charts = page.getByLabel('Visa diagram i ”Nämndens mål”');
    await expect.poll(() => charts.isChecked()).toBe(true);
    const kind = page.getByLabel('Diagramtyp i ”Nämndens mål”');
    expect(await kind.inputValue()).toBe('line');
    await kind.selectOption('bar');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Spara mallen' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Mallen är sparad.' }).count())
      .toBe(1);
    await page.reload();
    await page.getByLabel('Dokument', { exact: true }).selectOption('delarsrapport');
    await expect.poll(() => page.getByLabel('Diagramtyp i ”Nämndens mål”').inputValue()).toBe('bar');
    // Both goal chapters say they draw charts.
    await expect
      .poll(() => page.getByText(/^Mål med plantext eller bedömning, .*med diagram$/).count())
      .toBe(2);
    await context.close();
  });
});
