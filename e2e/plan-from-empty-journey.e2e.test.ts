import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  confirmAdoption,
  expectAccessible,
  fillDate,
  findCommitteeYear,
  screenshot,
  selectByText,
  signedInPage,
  useJourney,
} from './browser.ts';

const journey = useJourney();
const viewport = { width: 1280, height: 1000 };

const councilGoal = 'Segregationen i Göteborg ska brytas';
const committeeGoal = 'Fler barn känner sig trygga';

/** The plan editors announce each change in their own status line. */
const goalsStatus = (page: Page) => page.locator('.plan-goals-editor [role="status"]');
const measuresStatus = (page: Page) =>
  page.getByRole('region', { name: 'Mått och uppdrag' }).getByRole('status').first();

async function buildGoals(page: Page) {
  for (const name of ['Tidiga insatser', 'Trygghet och stadsutveckling']) {
    await page.getByRole('button', { name: 'Lägg till målområde' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nytt målområde' });
    await dialog.getByLabel('Namn').fill(name);
    await dialog.getByRole('button', { name: 'Lägg till målområdet' }).click();
    await expect.poll(() => goalsStatus(page).textContent()).toBe(`Målområdet ${name} är tillagt.`);
  }

  await page.getByRole('button', { name: 'Lägg till mål', exact: true }).click();
  let dialog = page.getByRole('dialog', { name: 'Nytt mål' });
  await selectByText(dialog.getByLabel('Slag av mål'), 'KF:s övergripande verksamhetsmål');
  await dialog.getByLabel('Rubrik').fill(councilGoal);
  await selectByText(dialog.getByLabel(/^Målområde/), 'Tidiga insatser');
  await dialog.getByLabel(/^Fokus/).fill('fokus tidiga insatser');
  await dialog.getByRole('button', { name: 'Lägg till målet' }).click();
  await expect.poll(() => goalsStatus(page).textContent()).toBe(`Målet ${councilGoal} är tillagt.`);

  await page.getByRole('button', { name: 'Lägg till mål', exact: true }).click();
  dialog = page.getByRole('dialog', { name: 'Nytt mål' });
  await dialog.getByLabel('Rubrik').fill(committeeGoal);
  await selectByText(dialog.getByLabel(/^Målområde/), 'Tidiga insatser');
  await selectByText(dialog.getByLabel(/^Överordnat mål/), `${councilGoal} (fokus tidiga insatser)`);
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Lägg till målet' }).click();
  await expect.poll(() => goalsStatus(page).textContent()).toBe(`Målet ${committeeGoal} är tillagt.`);

  // The areas change places by keyboard: from the row, Tab reaches its drag handle, then its move button.
  await page.getByRole('row', { name: /Tidiga insatser/ }).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
    'Flytta ner Tidiga insatser',
  );
  await page.keyboard.press('Enter');
  await expect.poll(() => goalsStatus(page).textContent()).toBe('Målområdet Tidiga insatser är flyttat.');
  // Moved to the end, the row's "Flytta ner" is disabled: the keyboard stays with the row on "Flytta upp".
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
    .toBe('Flytta upp Tidiga insatser');
  await expect
    .poll(() => page.getByRole('grid', { name: 'Målområden' }).getByRole('row').allInnerTexts())
    .toEqual([
      expect.stringContaining('Trygghet och stadsutveckling'),
      expect.stringContaining('Tidiga insatser'),
    ]);
}

async function buildMeasures(page: Page) {
  const section = page.getByRole('region', { name: 'Mått och uppdrag' });
  await section.getByRole('button', { name: 'Lägg till mått' }).click();
  let form = section.getByRole('form', { name: 'Nytt mått' });
  await form.getByLabel('Namn', { exact: true }).fill('Andel nöjda besökare');
  await form.getByLabel('Enhet').selectOption('%');
  await form.getByLabel('Källa', { exact: true }).selectOption('kolada');
  await form.getByLabel(/Id hos källan/).fill('U23471');
  await form.getByRole('checkbox', { name: committeeGoal }).check();
  await form.getByRole('button', { name: 'Lägg till måttet' }).click();
  await expect.poll(() => measuresStatus(page).textContent()).toBe('Måttet Andel nöjda besökare är tillagt.');

  await section.getByRole('button', { name: 'Lägg till mått' }).click();
  form = section.getByRole('form', { name: 'Nytt mått' });
  await form.getByLabel('Namn', { exact: true }).fill('Antal deltagare');
  await form.getByLabel('Enhet').selectOption('antal');
  await form.getByRole('checkbox', { name: committeeGoal }).check();
  await form.getByRole('button', { name: 'Lägg till måttet' }).click();
  await expect.poll(() => measuresStatus(page).textContent()).toBe('Måttet Antal deltagare är tillagt.');

  await section.getByRole('button', { name: 'Mål och målvärden för Andel nöjda besökare' }).click();
  let target = section.getByRole('form', { name: 'Målvärde för Andel nöjda besökare' });
  await target.getByLabel('Slag av målvärde').selectOption('numeric');
  await target.getByLabel('Målvärde (%)').fill('85,5');
  await target.getByRole('button', { name: 'Spara målvärdet' }).click();
  await expect.poll(() => target.getByRole('status').textContent()).toBe('Målvärdet för 2027 är sparat.');

  await section.getByRole('button', { name: 'Mål och målvärden för Antal deltagare' }).click();
  target = section.getByRole('form', { name: 'Målvärde för Antal deltagare' });
  await target.getByLabel('Slag av målvärde').selectOption('relative');
  await target.getByLabel('Jämförelseår').fill('2026');
  await target.getByRole('button', { name: 'Spara målvärdet' }).click();
  await expect.poll(() => section.getByText(/Målvärden: 2027: Högre än 2026/).count()).toBe(1);

  await section.getByRole('button', { name: 'Lägg till uppdrag' }).click();
  const assignment = section.getByRole('form', { name: 'Nytt uppdrag' });
  await assignment.getByLabel('Uppdrag', { exact: true }).fill('Öppna en mötesplats för unga i Nordost');
  await assignment.getByLabel('Källa', { exact: true }).selectOption('committee');
  await assignment.getByLabel(/Beslut/).fill('SN 2026-11-24 § 5');
  await assignment.getByRole('checkbox', { name: committeeGoal }).check();
  await expectAccessible(page);
  await assignment.getByRole('button', { name: 'Lägg till uppdraget' }).click();
  await expect.poll(() => measuresStatus(page).textContent()).toBe('Uppdraget är tillagt.');
}

/** The first form's save status in `scope`, or, while there is none, what the page says went wrong there. */
async function savedOrRefused(scope: Locator) {
  const saved = (await scope.locator('.save-status').first().textContent()) ?? '';
  const problems = await scope.locator('[role="alert"], .field-error').allTextContents();
  return [saved, ...problems].join(' | ');
}

async function followUp(page: Page) {
  const goal = page.getByRole('article', { name: committeeGoal });
  await expect.poll(() => goal.count()).toBe(1);
  await goal.getByRole('radio', { name: /God/ }).check();
  await goal.getByRole('textbox', { name: 'Analys' }).fill('Fler barn svarar att de känner sig trygga.');
  await goal.getByRole('button', { name: /Spara bedömning/ }).click();
  await expect.poll(() => savedOrRefused(goal)).toMatch(/sparad/i);

  const value = page
    .getByRole('spinbutton', { name: 'Andel nöjda besökare' })
    .or(page.getByRole('textbox', { name: 'Andel nöjda besökare' }));
  await value.fill('82,4');
  await value.press('Enter');
  await expect.poll(() => page.getByText('Utfallet är sparat.').count()).toBeGreaterThan(0);

  const assignment = page.getByRole('article', { name: /Öppna en mötesplats/ });
  await assignment.getByLabel('Status', { exact: true }).selectOption({ index: 1 });
  await assignment.getByRole('textbox', { name: /Kommentar/ }).fill('Lokalen är hittad.');
  await assignment.getByRole('button', { name: /Spara rapport/ }).click();
  await expect.poll(() => savedOrRefused(assignment)).toMatch(/sparad/i);
  await expectAccessible(page);
}

describe('a committee’s plan built in the web app from an empty year', () => {
  it('builds goals, measures and an assignment, adopts the plan through its checklist, follows it up, and the export holds it all', async () => {
    const { context, page } = await signedInPage(journey, 'controller@goteborg.example', viewport);
    const nordost = await findCommitteeYear(page, 'Socialnämnden Nordost', 2027);
    const overview = nordost.url;

    // The empty year offers to build its plan here.
    await page.goto(overview);
    await page.getByRole('link', { name: /lägg till målområden, mål, indikatorer och uppdrag/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Planens mål' }).waitFor();
    await buildGoals(page);
    await buildMeasures(page);
    await screenshot(page, 'plan-from-empty-built');
    // The long page names its parts at the top, each a link to it.
    const parts = page.getByRole('navigation', { name: 'På sidan' });
    expect(await parts.getByRole('link').allTextContents()).toEqual([
      'Planens mål',
      'Målens texter (2)',
      'Mått och uppdrag',
      'Måttens uppgifter',
      'Uppdragens plats (1)',
    ]);

    // Adoption goes through review and the checklist, and the plan then shows the committee's decision.
    await page
      .getByRole('button', { name: /^Markera klar för granskning/ })
      .first()
      .click();
    await page
      .getByRole('button', { name: /^Fastställ/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await fillDate(dialog, 'Beslutsdatum', '2026-11-24');
    await dialog.getByLabel('Paragraf').fill('§ 14');
    await expectAccessible(page);
    await confirmAdoption(page, dialog);
    await expect.poll(() => page.getByText(/beslut 2026-11-24, § 14/).count()).toBeGreaterThan(0);

    await page.goto(`${overview}/uppfoljning/augusti`);
    // The page's permissions and organisation arrive after the year; the forms are the editable ones once they have.
    await page.waitForLoadState('networkidle');
    await followUp(page);

    const exported = await page.evaluate(
      async (url) => (await fetch(url)).json(),
      `/api/municipalities/${nordost.municipalityId}/committees/${nordost.committeeId}/years/2027/export`,
    );
    expect(exported.goalAreas.map((area: { name: string }) => area.name)).toEqual([
      'Trygghet och stadsutveckling',
      'Tidiga insatser',
    ]);
    expect(exported.goals).toMatchObject([
      { kind: 'kfActivity', title: councilGoal, goalArea: 'tidiga-insatser' },
      { kind: 'committee', title: committeeGoal, parent: exported.goals[0].key },
    ]);
    const measure = (name: string) =>
      exported.indicators.find((entry: { name: string }) => entry.name === name);
    expect(measure('Andel nöjda besökare')).toMatchObject({
      unit: '%',
      source: 'kolada',
      sourceReference: 'U23471',
      targets: [{ year: 2027, target: { kind: 'numeric', value: 85.5 } }],
    });
    expect(measure('Antal deltagare').targets).toEqual([
      { year: 2027, target: { kind: 'relative', relation: 'higher', baseYear: 2026 } },
    ]);
    expect(exported.goals[1].indicators).toEqual([
      measure('Andel nöjda besökare').key,
      measure('Antal deltagare').key,
    ]);
    expect(exported.assignments).toMatchObject([
      {
        title: 'Öppna en mötesplats för unga i Nordost',
        source: 'committee',
        decisionReference: 'SN 2026-11-24 § 5',
        goals: [exported.goals[1].key],
      },
    ]);
    expect(JSON.stringify(exported)).toContain('Fler barn svarar att de känner sig trygga.');
    expect(JSON.stringify(exported)).toContain('Lokalen är hittad.');
    expect(JSON.stringify(exported)).toContain('82.4');
    expect(exported.documents).toContainEqual(
      expect.objectContaining({ document: 'plan', status: 'adopted' }),
    );
    await context.close();
  });
});
