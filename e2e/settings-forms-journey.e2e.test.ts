import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  expectAccessible,
  followLinkTo,
  openCommitteePage,
  openCommitteeYear,
  screenshot,
  screenshotOf,
  signedInPage,
  useJourney,
} from './browser.ts';

const journey = useJourney();
const viewport = { width: 1400, height: 900 };

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

/** From the settings page to one of its forms, by the link the page offers. */
async function openForm(page: Page, link: string) {
  // The side menu's link; a form page also has one in its breadcrumbs.
  await page.getByRole('link', { name: 'Kommunens inställningar' }).first().click();
  await expect.poll(() => heading(page)).toBe('Kommunens inställningar');
  await page.getByRole('link', { name: link, exact: true }).click();
  await expect.poll(() => page.getByRole('button', { name: 'Granska ändringarna' }).count()).toBe(1);
}

/** Reviews the form's changes in a dry run, saves them, and reads the page afresh. */
async function reviewAndSave(page: Page, summary: string) {
  await page.getByRole('button', { name: 'Granska ändringarna' }).click();
  await expect.poll(() => page.getByText(summary).count()).toBe(1);
  await page.getByRole('button', { name: 'Spara ändringarna' }).click();
  await expect.poll(() => page.getByText('Inställningarna är sparade.').count()).toBe(1);
  await page.reload();
  await expect.poll(() => page.getByRole('button', { name: 'Granska ändringarna' }).count()).toBe(1);
}

describe('an administrator editing the settings in forms', () => {
  it('adds a level to a scale and a risk area, which are there after a reload', async () => {
    const { context, page } = await signedInPage(journey, 'admin@ekmark.example', viewport);

    await openForm(page, 'Bedömningsskalor');
    expect(await heading(page)).toBe('Bedömningsskalor');
    await page.getByRole('button', { name: 'Lägg till nivå i ”Bedömning under året”' }).click();
    await page.getByRole('button', { name: 'Granska ändringarna' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Skala 1, nivå 4, benämning: Namnet får inte vara tomt');
    await page.getByLabel('Skala 1, nivå 4, benämning').fill('Bedöms senare');
    await page.getByLabel('Skala 1, nivå 4, ton').selectOption('unknown');
    await expectAccessible(page);
    await reviewAndSave(page, 'Ändringen ändrar: Bedömningsskalor');
    expect(await page.getByLabel('Skala 1, nivå 4, benämning').inputValue()).toBe('Bedöms senare');
    expect(await page.getByText('Nyckel: bedoms-senare').count()).toBe(1);
    await screenshot(page, `settings-scales-${journey.app.engine}`);

    await openForm(page, 'Riskområden och riskskala');
    await page.getByRole('button', { name: 'Lägg till riskområde' }).click();
    await page.getByLabel('Riskområde 4', { exact: true }).fill('Klimatrisker');
    await page.getByRole('button', { name: 'Flytta upp ”Klimatrisker”' }).click();
    await expect
      .poll(() => page.getByLabel('Riskområde 3', { exact: true }).inputValue())
      .toBe('Klimatrisker');
    await expectAccessible(page);
    await reviewAndSave(page, 'Ändringen ändrar: Riskområden');
    expect(await page.getByLabel('Riskområde 3', { exact: true }).inputValue()).toBe('Klimatrisker');
    await screenshot(page, `settings-risks-${journey.app.engine}`);

    await openForm(page, 'Resultaträkningar');
    await expectAccessible(page);
    await screenshot(page, `settings-statements-${journey.app.engine}`);
    await context.close();
  });

  it('stores the figure an adopted document printed on a result line, shown with a warning', async () => {
    const { context, page } = await signedInPage(journey, 'controller@goteborg.example', viewport);
    await openCommitteeYear(page, 'Socialnämnden Hisingen', 2022);
    await openCommitteePage(page, 'Ekonomi och nyckeltal');

    await page.getByText('Ange ett belopp i resultaträkningen').click();
    const form = page.locator('.economy-form');
    await form.getByLabel('Rad').selectOption({ label: 'Resultat (beräknad, tryckt belopp)' });
    await form.getByLabel('Kolumn').selectOption({ label: 'Bokslut 2022' });
    await form.getByLabel('Tryckt belopp i tkr').fill('81 000');
    await form.getByRole('button', { name: 'Ange tryckt belopp' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toBe('Resultat är sparat.');
    const warning = page.locator('.alert-warning li', { hasText: 'Resultat, Bokslut 2022' });
    await expect.poll(() => warning.count()).toBe(1);
    expect((await warning.textContent())?.replace(/\s/g, ' ')).toMatch(
      /det tryckta beloppet 81 000 000 kr skiljer sig från det beräknade 81 600 000 kr/,
    );
    await expectAccessible(page);
    await screenshotOf(form.locator('xpath=ancestor::section[1]'), `economy-printed-${journey.app.engine}`);

    await form.getByRole('button', { name: 'Ta bort tryckt belopp för Resultat' }).click();
    await expect
      .poll(() => form.getByRole('status').textContent())
      .toBe('Det tryckta beloppet för Resultat är borttaget.');
    await expect.poll(() => warning.count()).toBe(0);
    await context.close();
  });

  it('chooses which statement table a template chapter prints', async () => {
    const { context, page } = await signedInPage(journey, 'admin@ekmark.example', viewport);
    await followLinkTo(page, 'Dokumentmallar');
    await page.getByLabel('Innehåll', { exact: true }).selectOption('incomeStatement');
    const choice = page.getByLabel('Resultaträkning', { exact: true });
    // The tables come with the settings, read beside the templates.
    await expect
      .poll(() => choice.locator('option').allTextContents())
      .toEqual(['Driftredovisning i sammandrag', 'Resultaträkning per kostnadsslag']);
    await expectAccessible(page);
    await screenshot(page, `template-statement-${journey.app.engine}`);
    await context.close();
  });
});
