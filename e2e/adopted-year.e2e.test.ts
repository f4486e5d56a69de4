import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  confirmAdoption,
  expectAccessible,
  openCommitteeYear,
  screenshot,
  signedInPage,
  useJourney,
} from './browser.ts';

const journey = useJourney();
const viewport = { width: 1280, height: 1000 };

const statusButton = /^(Markera klar för granskning|Fastställ…) – /;

/**
 * Moves every document the page offers on to adopted, one status change at a time, through the dialog, until
 * `adopted` says the page has nothing left to adopt.
 */
async function adoptEverythingOn(page: Page, adopted: () => Promise<boolean>) {
  for (let step = 0; step < 12; step += 1) {
    if (await adopted()) return;
    const button = page.getByRole('button', { name: statusButton }).first();
    await button.waitFor();
    const name = (await button.textContent()) ?? '';
    const answer = page.waitForResponse((response) => /\/status$/.test(new URL(response.url()).pathname), {
      timeout: 0,
    });
    await button.click();
    if (name.startsWith('Fastställ')) {
      const dialog = page.getByRole('dialog');
      await confirmAdoption(page, dialog, { date: '2023-02-21', paragraph: '§ 31' });
      await expect.poll(() => dialog.count()).toBe(0);
    } else {
      expect((await answer).status()).toBe(200);
    }
    // The pressed button goes once the change is made; the next one takes its place.
    await expect.poll(() => page.getByRole('button', { name, exact: true }).count()).toBe(0);
  }
  throw new Error('The page kept offering status changes');
}

/**
 * What a person could still change in the page's main content: enabled fields, editable text and buttons that
 * write. Moving around (navigation, search, filters, disclosure and tabs) is not a change.
 */
function editableOnPage(page: Page) {
  return page.evaluate(() => {
    const writes =
      /^(Spara|Lägg till|Ta bort|Radera|Fastställ|Markera|Skicka|Importera|Läs in|Ändra|Ge |Godkänn|Återöppna|Starta|Ny |Nytt )/;
    const allowed = (element: Element) =>
      element.closest('nav, search, [role="search"], .filter-bar, .filter-row, header') !== null;
    const main = document.querySelector('main') ?? document.body;
    const found: string[] = [];
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()} ${element.getAttribute('name') ?? ''} ${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 60)}`;
    for (const element of main.querySelectorAll('input, textarea, select, [contenteditable="true"]')) {
      const field = element as HTMLInputElement;
      if (field.disabled || field.readOnly || field.type === 'hidden' || allowed(element)) continue;
      found.push(describe(element));
    }
    for (const element of main.querySelectorAll('button')) {
      if (element.disabled || allowed(element) || !writes.test((element.textContent ?? '').trim())) continue;
      found.push(describe(element));
    }
    return found;
  });
}

/** A page's address with every id made one, so that the walk visits each kind of page of the year once. */
const shapeOf = (url: URL) =>
  `${url.pathname.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ':id')}${url.search}`;

describe('a year the committee has adopted', () => {
  it('adopts the plan through the checklist, then the rest of the year, and no page of the year can be edited', async () => {
    const { context, page } = await signedInPage(journey, 'controller@goteborg.example', viewport);
    const overview = new URL(await openCommitteeYear(page, 'Socialnämnden Hisingen', 2022));

    // The plan, through the checklist: what it will hold, and nothing that blocks it.
    await page.getByRole('button', { name: 'Fastställ… – Verksamhetsplan 2022' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Innehåll' }).waitFor();
    expect(await dialog.getByText('Dokumentet kan inte fastställas').count()).toBe(0);
    expect(
      await dialog.locator('dt', { hasText: /^Mål$/ }).locator('xpath=following-sibling::dd').textContent(),
    ).toBe('10');
    await expectAccessible(page);
    await screenshot(page, `adoption-checklist-${journey.app.engine}`);
    await confirmAdoption(page, dialog, { date: '2021-12-14', paragraph: '201' });
    // The decision, not the day of the click, wherever the status is shown.
    await expect.poll(() => page.getByText('2021-12-14, § 201').count()).toBeGreaterThan(0);

    // Every document in the year's table, then the internal control plan on the risks page.
    const notAdopted = page.getByRole('cell', { name: /^(Utkast|Klar för granskning|Inte påbörjad)$/ });
    await adoptEverythingOn(page, async () => (await notAdopted.count()) === 0);
    await page.getByRole('link', { name: 'Risker och intern kontroll' }).click();
    const controlPlan = page.locator('section', {
      has: page.getByRole('heading', { name: 'Internkontrollplan 2022' }),
    });
    await controlPlan.waitFor();
    await adoptEverythingOn(page, async () =>
      /Status: Fastställd/.test((await controlPlan.textContent()) ?? ''),
    );

    // Every page of the year, found by following its links, once per kind of page.
    const queue = [overview.href];
    const seen = new Set([shapeOf(overview)]);
    const visited: string[] = [];
    while (queue.length > 0) {
      const next = queue.shift() as string;
      await page.goto(next);
      // The page shows its heading while it loads; it is there once no part of it is loading any more.
      await page.getByRole('heading', { level: 1 }).waitFor();
      await expect.poll(() => page.locator('.loading').count()).toBe(0);
      await page.waitForLoadState('networkidle');
      visited.push(shapeOf(new URL(next)));
      // The organisation's pages show the register of units, which no adoption freezes.
      if (!/\/(organisation|org\/)/.test(next))
        await page.getByText('Året 2022 är avslutat: årsrapporten är fastställd.').waitFor();
      expect(await editableOnPage(page), next).toEqual([]);
      const links = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((link) => link.href),
      );
      for (const href of links) {
        const url = new URL(href);
        url.hash = '';
        const shape = shapeOf(url);
        if (url.origin !== overview.origin || !url.pathname.startsWith(overview.pathname) || seen.has(shape))
          continue;
        // Files (downloads, the export) are no pages.
        if (url.pathname.startsWith('/api/')) continue;
        seen.add(shape);
        queue.push(url.href);
      }
    }
    expect(visited).toEqual(
      expect.arrayContaining([
        '/namnd/:id/2022/plan',
        '/namnd/:id/2022/uppfoljning/arsrapport',
        '/namnd/:id/2022/ekonomi',
        '/namnd/:id/2022/risker',
        '/namnd/:id/2022/handlingsplaner',
        '/namnd/:id/2022/dokument',
        '/namnd/:id/2022/indikatorer/:id',
        '/namnd/:id/2022/uppfoljning/arsrapport/rapportering',
      ]),
    );
    // An adopted document's preview is the file archived at the decision, not a new rendering.
    await page.goto(`${overview.href}/dokument?dokument=arsrapport`);
    const archived = page.locator('object.document-archived');
    await expect.poll(() => archived.count()).toBe(1);
    expect(await archived.getAttribute('data')).toMatch(/\/documents\/arsrapport\/adopted\/pdf$/);
    await page.goto(overview.href);
    await expectAccessible(page);
    await screenshot(page, `adopted-year-overview-${journey.app.engine}`);
    await context.close();
  });
});
