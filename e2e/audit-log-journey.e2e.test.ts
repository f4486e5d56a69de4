import { describe, expect, it } from 'vitest';
import { expectAccessible, fillDate, followLinkTo, screenshot, signedInPage, useJourney } from './browser.ts';

const journey = useJourney();
const viewport = { width: 1400, height: 900 };

describe('the Ändringslogg', () => {
  it('shows the administrator every change, narrowed by committee and by person, a Revisor grant included', async () => {
    const { context, page } = await signedInPage(journey, 'admin@goteborg.example', viewport);

    await followLinkTo(page, 'Ändringslogg');
    const rows = page.getByRole('table').getByRole('row');
    await expect.poll(() => rows.count()).toBeGreaterThan(5);
    // The demo data is loaded by the system, not by a person.
    expect(await rows.nth(1).textContent()).toContain('Systemet');
    await expectAccessible(page);

    const filters = page.getByRole('form', { name: 'Filtrera ändringsloggen' });
    await filters.getByLabel('Nämnd', { exact: true }).selectOption({ label: 'Socialnämnden Hisingen' });
    await filters.getByRole('button', { name: 'Filtrera' }).click();
    await page.waitForURL(/namnd=/);
    // The filtered rows replace the unfiltered ones once they have been fetched.
    const committees = page.locator('table tbody tr td:nth-child(3)');
    await expect
      .poll(async () => [...new Set(await committees.allTextContents())])
      .toEqual(['Socialnämnden Hisingen']);
    await expect.poll(() => page.getByText(/^Visar \d+ ändring/).count()).toBe(1);
    expect(await page.getByRole('table').textContent()).toContain('Nämndens år');
    await expectAccessible(page);
    await screenshot(page, `audit-log-${journey.app.engine}`);

    // A period that ends before it starts is refused at the field, in Swedish, before anything is fetched.
    await fillDate(filters, 'Från och med (valfritt)', '2026-03-01');
    await fillDate(filters, 'Till och med (valfritt)', '2026-02-01');
    await filters.getByRole('button', { name: 'Filtrera' }).click();
    await expect
      .poll(() => filters.getByText('Från-datum får inte vara senare än till-datum').count())
      .toBe(1);
    expect(page.url()).not.toContain('fran=');

    await filters.getByRole('button', { name: 'Rensa filter' }).click();
    await expect.poll(() => page.url()).not.toContain('namnd=');

    // The users page grants the Revisor role, and the grant is then in the log under the one who gave it.
    await page.getByRole('link', { name: 'Användare och behörigheter' }).click();
    await page.getByRole('link', { name: 'Nora Nämndledamot' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Nora Nämndledamot');
    await page.getByLabel('Roll', { exact: true }).selectOption({ label: 'Revisor' });
    await page.getByRole('button', { name: 'Ge behörighet' }).click();
    const revisorRows = page.getByRole('table').first().getByRole('row').filter({ hasText: 'Revisor' });
    await expect.poll(() => revisorRows.count()).toBe(1);

    await page.getByRole('link', { name: 'Ändringslogg' }).click();
    await filters.getByLabel('Person').selectOption({ label: 'Anna Administratör' });
    await filters.getByRole('button', { name: 'Filtrera' }).click();
    await page.waitForURL(/person=/);
    const first = page.getByRole('table').getByRole('row').nth(1);
    await expect.poll(() => first.textContent()).toContain('Behörighet');
    expect(await first.textContent()).toContain('Revisor');
    await context.close();
  });

  it('is offered to the auditor and not to a reader', async () => {
    const { context: auditor, page: auditorPage } = await signedInPage(journey, 'revisor@goteborg.example');
    await auditorPage.getByRole('link', { name: 'Ändringslogg' }).click();
    await expect.poll(() => auditorPage.getByRole('table').getByRole('row').count()).toBeGreaterThan(5);
    await auditor.close();

    const { context: reader, page: readerPage } = await signedInPage(journey, 'lasare@goteborg.example');
    await expect.poll(() => readerPage.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await readerPage.getByRole('link', { name: 'Ändringslogg' }).count()).toBe(0);
    await reader.close();
  });
});
