import type { Browser, Page } from 'playwright-core';
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

const status = (page: Page) =>
  page.getByRole('region', { name: 'Mått och uppdrag' }).getByRole('status').first();

describe('a controller building Hisingen’s 2024 plan', () => {
  it('adds two measures with targets and an assignment serving a goal, and the year’s export holds them', async () => {
    const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    await signIn(page, app.server.url, 'controller@goteborg.example');
    await reachStartPage(page);
    const me = await page.evaluate(async () => (await fetch('/api/auth/me')).json());
    const tree = await page.evaluate(
      async (id) => (await fetch(`/api/municipalities/${id}/org-tree`)).json(),
      me.municipality.id,
    );
    const hisingen = tree.nodes.find((node: { name: string }) => node.name === 'Socialnämnden Hisingen');
    const yearApi = `/api/municipalities/${me.municipality.id}/committees/${hisingen.id}/years/2024`;
    const goal = 'Segregationen i Göteborg ska brytas – fokus tidiga insatser';
    await page.goto(`${app.server.url}/namnd/${hisingen.id}/2024/plan`);
    const section = page.getByRole('region', { name: 'Mått och uppdrag' });
    await section.getByRole('heading', { name: 'Mått och uppdrag' }).waitFor();

    await section.getByRole('button', { name: 'Lägg till mått' }).click();
    let form = section.getByRole('form', { name: 'Nytt mått' });
    await form.getByLabel('Namn', { exact: true }).fill('Andel nöjda besökare');
    await form.getByLabel('Enhet').selectOption('%');
    await form.getByLabel('Källa', { exact: true }).selectOption('kolada');
    await form.getByLabel(/Id hos källan/).fill('U23471');
    await form.getByRole('checkbox', { name: goal }).check();
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Lägg till måttet' }).click();
    await expect.poll(() => status(page).textContent()).toBe('Måttet Andel nöjda besökare är tillagt.');

    await section.getByRole('button', { name: 'Lägg till mått' }).click();
    form = section.getByRole('form', { name: 'Nytt mått' });
    await form.getByLabel('Namn', { exact: true }).fill('Antal deltagare');
    await form.getByLabel('Enhet').selectOption('antal');
    await form.getByRole('checkbox', { name: goal }).check();
    await form.getByRole('button', { name: 'Lägg till måttet' }).press('Enter');
    await expect.poll(() => status(page).textContent()).toBe('Måttet Antal deltagare är tillagt.');

    await section.getByRole('button', { name: 'Mål och målvärden för Andel nöjda besökare' }).click();
    let target = section.getByRole('form', { name: 'Målvärde för Andel nöjda besökare' });
    await target.getByLabel('Slag av målvärde').selectOption('numeric');
    await target.getByLabel('Målvärde (%)').fill('85,5');
    await target.getByRole('button', { name: 'Spara målvärdet' }).click();
    await expect.poll(() => status(page).textContent()).toBe('Målvärdet för 2024 är sparat.');

    await section.getByRole('button', { name: 'Mål och målvärden för Antal deltagare' }).click();
    target = section.getByRole('form', { name: 'Målvärde för Antal deltagare' });
    await target.getByLabel('Slag av målvärde').selectOption('relative');
    await target.getByLabel('Jämförelseår').fill('2023');
    await target.getByRole('button', { name: 'Spara målvärdet' }).click();
    await expect.poll(() => section.getByText(/Målvärden: 2024: Högre än 2023/).count()).toBe(1);

    await section.getByRole('button', { name: 'Lägg till uppdrag' }).click();
    const assignment = section.getByRole('form', { name: 'Nytt uppdrag' });
    await assignment.getByLabel('Uppdrag', { exact: true }).fill('Öppna en mötesplats för unga på Hisingen');
    await assignment.getByLabel('Källa', { exact: true }).selectOption('committee');
    await assignment.getByLabel(/Beslut/).fill('SN 2024-01-23 § 5');
    await assignment.getByRole('checkbox', { name: goal }).check();
    await expectAccessible(page);
    await screenshot(page, 'plan-measures-editor');
    await assignment.getByRole('button', { name: 'Lägg till uppdraget' }).click();
    await expect.poll(() => status(page).textContent()).toBe('Uppdraget är tillagt.');

    const exported = await page.evaluate(async (url) => (await fetch(`${url}/export`)).json(), yearApi);
    const measure = (name: string) =>
      exported.indicators.find((entry: { name: string }) => entry.name === name);
    expect(measure('Andel nöjda besökare')).toMatchObject({
      unit: '%',
      source: 'kolada',
      sourceReference: 'U23471',
      targets: [{ year: 2024, target: { kind: 'numeric', value: 85.5 } }],
    });
    expect(measure('Antal deltagare').targets).toEqual([
      { year: 2024, target: { kind: 'relative', relation: 'higher', baseYear: 2023 } },
    ]);
    const goalKey = exported.goals.find(
      (entry: { title: string; focus: string | null }) => `${entry.title} – ${entry.focus}` === goal,
    ).key;
    expect(exported.goals.find((entry: { key: string }) => entry.key === goalKey).indicators).toEqual(
      expect.arrayContaining([measure('Andel nöjda besökare').key, measure('Antal deltagare').key]),
    );
    expect(
      exported.assignments.find((entry: { title: string }) => entry.title.startsWith('Öppna en mötesplats')),
    ).toMatchObject({ source: 'committee', decisionReference: 'SN 2024-01-23 § 5', goals: [goalKey] });
    await context.close();
  });
});
