import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  confirmAdoption,
  expectAccessible,
  fillDate,
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

describe('a controller following up the year', () => {
  it('assesses a goal in the annual report, adopts it, and then finds nothing left to change', async () => {
    const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await signIn(page, app.server.url, 'controller@goteborg.example');
    await reachStartPage(page);
    await page.getByLabel('Nämnd', { exact: true }).selectOption({ label: 'Socialnämnden Hisingen' });
    await page.getByLabel('År', { exact: true }).selectOption('2022');
    await page.getByRole('button', { name: 'Visa' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Socialnämnden Hisingen 2022');
    const overview = page.url();
    const [, committeeId, year] = new URL(overview).pathname.match(/^\/namnd\/([^/]+)\/(\d+)$/) ?? [];

    // The committee adopted the year's plan before the year began; a follow-up is adopted only after its plan.
    const planAdopted = await page.evaluate(
      async ({ committeeId, year }) => {
        const me = await (await fetch('/api/auth/me')).json();
        const url = `/api/municipalities/${me.municipality.id}/committees/${committeeId}/years/${year}`;
        const view = await (await fetch(url)).json();
        const plan = view.documents.find((entry: { document: string }) => entry.document === 'plan');
        const response = await fetch(`${url}/documents/plan/status`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
          body: JSON.stringify({
            version: plan.version,
            status: 'adopted',
            decision: { date: '2021-12-14', paragraph: '§ 201' },
          }),
        });
        return response.status;
      },
      { committeeId, year },
    );
    expect(planAdopted).toBe(200);

    await page.goto(`${overview}/uppfoljning/arsrapport`);
    const goal = page.getByRole('article', {
      name: 'Antalet invånare i bidragsberoende ska halveras till 2026.',
    });
    await expect.poll(() => goal.count()).toBe(1);
    await goal.getByRole('radio', { name: /God/ }).check();
    await goal.getByRole('textbox', { name: 'Analys' }).fill('Målet bedöms nu som god.');
    await goal.getByRole('button', { name: /Spara bedömning/ }).click();
    await expect.poll(() => goal.getByRole('status').first().textContent()).toMatch(/sparad/i);
    await expectAccessible(page);

    await page
      .getByRole('button', { name: /^Fastställ/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await fillDate(dialog, 'Beslutsdatum', '2023-02-14');
    await dialog.getByLabel('Paragraf').fill('§ 12');
    await confirmAdoption(page, dialog);
    await expect
      .poll(() =>
        page
          .getByText(/Årsrapport 2022 är fastställd \(beslut 2023-02-14, § 12\) och kan inte ändras/)
          .count(),
      )
      .toBeGreaterThan(0);
    expect(await page.locator('main form').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Spara/ }).count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, `follow-up-adopted-${app.engine}`);

    // The adopted report is what the overview shows, and the API refuses to change it.
    await page.goto(overview);
    const assessed = page.getByRole('article', {
      name: 'Antalet invånare i bidragsberoende ska halveras till 2026.',
    });
    await expect
      .poll(async () => (await assessed.textContent()) ?? '')
      .toMatch(/Måluppfyllelse i årsrapport:\s*●\s*God/);
    const refused = await page.evaluate(
      async ({ committeeId, year }) => {
        const me = await (await fetch('/api/auth/me')).json();
        const url = `/api/municipalities/${me.municipality.id}/committees/${committeeId}/years/${year}`;
        const view = await (await fetch(url)).json();
        const goal = view.goals.find((entry: { title: string }) =>
          entry.title.startsWith('Antalet invånare'),
        );
        const response = await fetch(`${url}/goals/${goal.id}/assessments/arsrapport`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
          body: JSON.stringify({ version: goal.assessments.at(-1).version, level: 'ingen', analysis: null }),
        });
        return { status: response.status, body: await response.json() };
      },
      { committeeId, year },
    );
    expect(refused).toMatchObject({ status: 409, body: { error: { code: 'FROZEN' } } });
    await context.close();
  });
});
