import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, reachStartPage, signIn, startDemoServer } from './browser.ts';

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

const nb = '\u00a0';

describe('a controller with Nordost’s folkhälsa action plan', () => {
  it('reads the plan with its budget sums, changes an amount by keyboard and sees the sums follow', async () => {
    const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await signIn(page, app.server.url, 'controller@goteborg.example');
    await reachStartPage(page);
    const me = await page.evaluate(async () => (await fetch('/api/auth/me')).json());
    const tree = await page.evaluate(
      async (id) => (await fetch(`/api/municipalities/${id}/org-tree`)).json(),
      me.municipality.id,
    );
    const nordost = tree.nodes.find((node: { name: string }) => node.name === 'Socialnämnden Nordost');
    await page.goto(`${app.server.url}/namnd/${nordost.id}/2023`);
    await page
      .getByRole('navigation', { name: 'Nämndens sidor' })
      .getByRole('link', { name: 'Handlingsplaner' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Handlingsplaner' }).waitFor();

    const budget = page.getByRole('table', { name: /Budget för Handlingsplan folkhälsa 2023/ });
    const cells = (name: RegExp) => budget.getByRole('row', { name }).locator('th, td').allTextContents();
    await expect.poll(() => cells(/^Summa/)).toEqual(['Summa', `2${nb}900`, `2${nb}900`, `5${nb}800`]);
    expect(
      await page.getByRole('table', { name: 'Öka den psykiska hälsan' }).locator('tbody tr').count(),
    ).toBe(4);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Ändra Handlingsplan folkhälsa 2023' }).click();
    const amount = page
      .getByRole('form', { name: 'Ändra Handlingsplan folkhälsa 2023' })
      .getByRole('group', { name: 'Budgetrad 3' })
      .getByLabel('Hälso- och sjukvårdsnämnden, tkr (valfritt)');
    await expect.poll(() => amount.inputValue()).toBe(`1${nb}300`);
    await amount.fill('1 400');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Spara handlingsplanen' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toBe('Handlingsplan folkhälsa 2023 är sparad.');
    await expect.poll(() => cells(/^Summa/)).toEqual(['Summa', `3${nb}000`, `2${nb}900`, `5${nb}900`]);
    expect(await cells(/^Öka möjligheterna/)).toEqual([
      'Öka möjligheterna till en god start i livet och goda uppväxtvillkor',
      `1${nb}400`,
      `1${nb}300`,
      `2${nb}700`,
    ]);
    await context.close();
  });
});
