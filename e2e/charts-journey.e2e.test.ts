import { describe, expect, it } from 'vitest';
import {
  expectAccessible,
  followLinkTo,
  openCommitteeYear,
  screenshot,
  signedInPage,
  useJourney,
} from './browser.ts';

const journey = useJourney();
const viewport = { width: 1400, height: 900 };

describe('charts in documents', () => {
  it("Ekmark's controller sees each measure's trend in the delårsrapport as an image named by its values", async () => {
    const { context, page } = await signedInPage(journey, 'controller@ekmark.example', viewport);
    const overview = await openCommitteeYear(page, 'Vård- och omsorgsnämnden', 2025);
    await page.goto(`${overview}/dokument?dokument=delarsrapport`);
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
    await screenshot(page, `charts-delarsrapport-${journey.app.engine}`);
    await context.close();
  });

  it("the administrator changes a chapter's chart from lines to bars in the template, and it stays so", async () => {
    const { context, page } = await signedInPage(journey, 'admin@ekmark.example', viewport);
    await followLinkTo(page, 'Dokumentmallar');
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
