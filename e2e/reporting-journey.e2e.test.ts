import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectAccessible,
  fillDate,
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

const goalTitle = 'Antalet invånare i bidragsberoende ska halveras till 2026.';

async function openHisingen2022(page: Page, email: string) {
  await signIn(page, app.server.url, email);
  await reachStartPage(page);
  const me = await page.evaluate(async () => (await fetch('/api/auth/me')).json());
  const tree = await page.evaluate(
    async (id) => (await fetch(`/api/municipalities/${id}/org-tree`)).json(),
    me.municipality.id,
  );
  const hisingen = tree.nodes.find((node: { name: string }) => node.name === 'Socialnämnden Hisingen');
  return `${app.server.url}/namnd/${hisingen.id}/2022`;
}

describe('reporting the annual report bottom-up', () => {
  it('lets the controller give a goal to a unit, whose reporter writes and marks it klar', async () => {
    const controllerContext = await browser.newContext({
      locale: 'sv-SE',
      viewport: { width: 1400, height: 1000 },
    });
    const controller = await controllerContext.newPage();
    const year = await openHisingen2022(controller, 'controller@goteborg.example');
    await controller.goto(`${year}/uppfoljning/arsrapport/rapportering`);
    await fillDate(controller, 'Sista dag för enheternas rapportering', '2030-12-31');
    await controller.getByRole('button', { name: 'Spara sista dag' }).click();
    const notGiven = controller.getByRole('listitem').filter({ hasText: goalTitle });
    await selectByText(notGiven.getByLabel('Ge till enhet'), 'Mottagningsenheten (enhet)');
    await notGiven.getByRole('button', { name: /Ge uppgiften/ }).click();
    const parts = controller.getByRole('region', { name: 'Delar och ansvar' });
    await expect.poll(() => parts.getByRole('row').filter({ hasText: goalTitle }).count()).toBe(1);
    await expectAccessible(controller);

    const reporterContext = await browser.newContext({
      locale: 'sv-SE',
      viewport: { width: 1400, height: 1000 },
    });
    const reporter = await reporterContext.newPage();
    await signIn(reporter, app.server.url, 'rapportor@goteborg.example');
    // Sign-in lands on the start page; act once it is there.
    await reachStartPage(reporter);
    // The top bar reminds the reporter on every page of what waits for them.
    const reminder = reporter.getByRole('link', { name: /Att göra\s*:\s*1 del att rapportera/ });
    await expect.poll(() => reminder.count()).toBe(1);
    await reminder.click();
    const task = reporter.getByRole('article', { name: new RegExp(goalTitle.replace('.', '\\.')) });
    await expect.poll(() => task.count()).toBe(1);
    await task
      .getByRole('textbox', { name: 'Din rapport' })
      .fill('Kostnaden per hushåll steg; fler fick arbete.');
    await expectAccessible(reporter);
    await screenshot(reporter, `reporting-task-${app.engine}`);
    await task.getByRole('button', { name: /Spara och markera klar/ }).click();
    await expect.poll(() => reporter.getByText('Du har inget att rapportera just nu.').count()).toBe(1);

    await controller.reload();
    const row = controller
      .getByRole('region', { name: 'Delar och ansvar' })
      .getByRole('row')
      .filter({ hasText: goalTitle });
    await expect.poll(async () => (await row.textContent()) ?? '').toMatch(/Klar/);
    expect(await row.textContent()).toMatch(/Mottagningsenheten/);
    await reporterContext.close();
    await controllerContext.close();
  });

  it("shows the controller an activity status that the owning unit's reporter changed", async () => {
    const activity = 'Första bedömning av varje orosanmälan inom 14 dagar';
    const controllerContext = await browser.newContext({
      locale: 'sv-SE',
      viewport: { width: 1400, height: 1000 },
    });
    const controller = await controllerContext.newPage();
    const year = await openHisingen2022(controller, 'controller@goteborg.example');
    await controller.goto(`${year}/uppfoljning/arsrapport/rapportering`);
    const missing = controller.getByRole('table', { name: 'Aktiviteter som inte är klara' });
    const summary = controller.getByText(/aktiviteter klara$/);
    await expect.poll(() => missing.getByRole('row').filter({ hasText: activity }).count()).toBe(1);
    expect(await missing.getByRole('row').filter({ hasText: activity }).textContent()).toMatch(/Pågående/);
    const before = (await summary.textContent()) ?? '';
    expect(before).toMatch(/^1 av 3 aktiviteter klara$/);

    const reporterContext = await browser.newContext({
      locale: 'sv-SE',
      viewport: { width: 1400, height: 1000 },
    });
    const reporter = await reporterContext.newPage();
    await openHisingen2022(reporter, 'rapportor@goteborg.example');
    await reporter.goto(`${year}/uppfoljning/arsrapport`);
    const form = reporter.locator('form').filter({ has: reporter.getByLabel(activity) });
    await expect.poll(() => form.count()).toBe(1);
    // The unit's reporter may only set the statuses of the activities the unit owns.
    await expect
      .poll(() =>
        reporter.getByLabel('Gemensam planering med arbetsmarknadsenheten', { exact: false }).count(),
      )
      .toBe(0);
    await selectByText(form.getByLabel(activity), 'Klar');
    await form.getByRole('button', { name: `Spara status för aktiviteten ${activity}` }).click();
    await expect.poll(() => form.getByText('Aktivitetens status är sparad.').count()).toBe(1);
    await expectAccessible(reporter);
    await reporterContext.close();

    await controller.reload();
    await expect.poll(async () => (await summary.textContent()) ?? '').toBe('2 av 3 aktiviteter klara');
    expect(await missing.getByRole('row').filter({ hasText: activity }).count()).toBe(0);
    await screenshot(controller, `completeness-activities-${app.engine}`);
    await controllerContext.close();
  });
});
