import { describe, expect, it } from 'vitest';
import {
  expectAccessible,
  newSwedishContext,
  openCommitteeYear,
  reachStartPage,
  screenshot,
  signedInPage,
  signIn,
  useJourney,
} from './browser.ts';

const journey = useJourney();

const hisingenDepartments = [
  'Barn och unga myndighet',
  'Barn och unga resurs',
  'Försörjningsstöd',
  'Vuxen och psykologenheten',
  'Stadsområde välfärd och fritid',
  'Stödfunktioner',
];

describe('a controller', () => {
  it('signs in, picks Socialnämnden Hisingen and sees its departments', async () => {
    const context = await newSwedishContext(journey, { width: 1400, height: 900 });
    const page = await context.newPage();
    const base = journey.app.server.url;

    await page.goto(`${base}/`);
    await page.waitForURL(/\/logga-in/);
    await expect.poll(() => page.title()).toMatch(/Logga in/);
    await expectAccessible(page);

    await page.getByLabel('E-postadress').fill('controller@goteborg.example');
    await page.getByLabel('Lösenord').fill('fel-losenord');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toMatch(/Fel e-postadress eller lösenord/);

    await signIn(page, base, 'controller@goteborg.example');
    await reachStartPage(page);
    expect(await openCommitteeYear(page, 'Socialnämnden Hisingen', 2022)).toMatch(/\/namnd\/[^/]+\/2022$/);
    await page.getByRole('link', { name: 'Nämndens organisation' }).first().click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Socialnämnden Hisingen');
    expect(page.url()).toMatch(/\/namnd\/[^/]+\/2022\/organisation$/);

    const table = page.getByRole('table').first();
    for (const department of hisingenDepartments) {
      await expect.poll(() => table.getByRole('link', { name: department, exact: true }).count()).toBe(1);
    }
    expect(await table.getByText('Socialnämnden Nordost').count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, `controller-hisingen-${journey.app.engine}`);

    // The shared URL opens the same page in a new tab of the same session.
    const again = await context.newPage();
    await again.goto(page.url());
    await expect
      .poll(() => again.getByRole('heading', { level: 1 }).textContent())
      .toBe('Socialnämnden Hisingen');

    await page.getByRole('link', { name: 'Vuxen och psykologenheten' }).first().click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Vuxen och psykologenheten');
    await expect.poll(() => page.getByText('Psykologenheten', { exact: true }).count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await context.close();
  });

  it('sees no administration and is refused the administration pages', async () => {
    const { context, page } = await signedInPage(journey, 'controller@goteborg.example');
    expect(await page.getByRole('link', { name: 'Användare och behörigheter' }).count()).toBe(0);
    await page.goto(`${journey.app.server.url}/admin/anvandare`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/behörighet/i);
    expect(await page.getByRole('table').count()).toBe(0);
    await context.close();
  });

  it('opens Hisingen 2022 and finds the goal assessed Viss with its indicators, missing values shown as missing', async () => {
    const { context, page } = await signedInPage(journey, 'controller@goteborg.example', {
      width: 1400,
      height: 1000,
    });
    await openCommitteeYear(page, 'Socialnämnden Hisingen', 2022);

    const goal = page.getByRole('article', {
      name: 'Antalet invånare i bidragsberoende ska halveras till 2026.',
    });
    await expect.poll(() => goal.count()).toBe(1);
    expect(await goal.textContent()).toMatch(/Måluppfyllelse i årsrapport:\s*◐\s*Viss/);
    const cost = goal
      .getByRole('row')
      .filter({ hasText: 'Snittkostnad per hushåll i behov av försörjningsstöd (tkr)' });
    const cells = (await cost.getByRole('cell').allTextContents()).map((text) => text.trim());
    expect(cells.slice(0, 5)).toEqual([
      'Snittkostnad per hushåll i behov av försörjningsstöd (tkr)',
      '8,85',
      '8,93',
      '9,42',
      '8,90',
    ]);
    expect(cells[5]).toMatch(/^○\s*Ej uppnått$/);
    const children = goal
      .getByRole('row')
      .filter({ hasText: 'Antal barn i pågående ärenden totalt under perioden' });
    const firstOutcome = children.getByRole('cell').nth(1);
    expect((await firstOutcome.textContent())?.replace(/\s+/g, ' ')).toMatch(/^–/);
    expect(await firstOutcome.textContent()).not.toMatch(/\b0\b/);
    await expectAccessible(page);
    await screenshot(page, `overview-hisingen-2022-${journey.app.engine}`);

    await cost.getByRole('link').click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Snittkostnad per hushåll i behov av försörjningsstöd (tkr)');
    await expectAccessible(page);
    await context.close();
  });
});
