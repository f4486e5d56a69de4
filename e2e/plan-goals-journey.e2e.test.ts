import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectAccessible,
  launchBrowser,
  reachStartPage,
  screenshot,
  selectByText,
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

describe('a controller building next year’s plan from empty', () => {
  it('adds two goal areas, a council goal with the committee’s goal beneath it, reorders by keyboard, and the export holds it', async () => {
    const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    await signIn(page, app.server.url, 'controller@goteborg.example');
    await reachStartPage(page);
    const me = await page.evaluate(async () => (await fetch('/api/auth/me')).json());
    const tree = await page.evaluate(
      async (id) => (await fetch(`/api/municipalities/${id}/org-tree`)).json(),
      me.municipality.id,
    );
    const nordost = tree.nodes.find((node: { name: string }) => node.name === 'Socialnämnden Nordost');
    await page.goto(`${app.server.url}/namnd/${nordost.id}/2027/plan`);
    await page.getByRole('heading', { level: 2, name: 'Planens mål' }).waitFor();
    const status = page.locator('.plan-goals-editor [role="status"]');

    for (const name of ['Tidiga insatser', 'Trygghet och stadsutveckling']) {
      await page.getByRole('button', { name: 'Lägg till målområde' }).click();
      const dialog = page.getByRole('dialog', { name: 'Nytt målområde' });
      await dialog.getByLabel('Namn').fill(name);
      await dialog.getByRole('button', { name: 'Lägg till målområdet' }).click();
      await expect.poll(() => status.textContent()).toBe(`Målområdet ${name} är tillagt.`);
    }

    await page.getByRole('button', { name: 'Lägg till mål', exact: true }).click();
    let dialog = page.getByRole('dialog', { name: 'Nytt mål' });
    await selectByText(dialog.getByLabel('Slag av mål'), 'KF:s övergripande verksamhetsmål');
    await dialog.getByLabel('Rubrik').fill('Segregationen i Göteborg ska brytas');
    await selectByText(dialog.getByLabel(/^Målområde/), 'Tidiga insatser');
    await dialog.getByLabel(/^Fokus/).fill('fokus tidiga insatser');
    await dialog.getByRole('button', { name: 'Lägg till målet' }).click();
    await expect
      .poll(() => status.textContent())
      .toBe('Målet Segregationen i Göteborg ska brytas är tillagt.');

    await page.getByRole('button', { name: 'Lägg till mål', exact: true }).click();
    dialog = page.getByRole('dialog', { name: 'Nytt mål' });
    await dialog.getByLabel('Rubrik').fill('Fler barn känner sig trygga');
    await selectByText(dialog.getByLabel(/^Målområde/), 'Tidiga insatser');
    await selectByText(
      dialog.getByLabel(/^Överordnat mål/),
      'Segregationen i Göteborg ska brytas (fokus tidiga insatser)',
    );
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Lägg till målet' }).click();
    await expect.poll(() => status.textContent()).toBe('Målet Fler barn känner sig trygga är tillagt.');

    // From the row, Tab reaches its drag handle, then its first enabled move button.
    await page.getByRole('row', { name: /Tidiga insatser/ }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Flytta ner Tidiga insatser',
    );
    await page.keyboard.press('Enter');
    await expect.poll(() => status.textContent()).toBe('Målområdet Tidiga insatser är flyttat.');
    const areas = page.getByRole('grid', { name: 'Målområden' }).getByRole('row');
    await expect
      .poll(() => areas.allInnerTexts())
      .toEqual([
        expect.stringContaining('Trygghet och stadsutveckling'),
        expect.stringContaining('Tidiga insatser'),
      ]);
    await expectAccessible(page);
    await screenshot(page, 'plan-goals-editor');

    const exported = await page.evaluate(
      async (url) => (await fetch(url)).json(),
      `/api/municipalities/${me.municipality.id}/committees/${nordost.id}/years/2027/export`,
    );
    expect(exported.goalAreas.map((area: { name: string }) => area.name)).toEqual([
      'Trygghet och stadsutveckling',
      'Tidiga insatser',
    ]);
    expect(exported.goals).toMatchObject([
      { kind: 'kfActivity', title: 'Segregationen i Göteborg ska brytas', goalArea: 'tidiga-insatser' },
      { kind: 'committee', title: 'Fler barn känner sig trygga', parent: exported.goals[0].key },
    ]);
    await context.close();
  });
});
