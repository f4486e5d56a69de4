import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  demoPassword,
  expectAccessible,
  followLinkTo,
  screenshot,
  selectByText,
  signedInPage,
  useJourney,
} from './browser.ts';

const journey = useJourney();
const viewport = { width: 1400, height: 900 };

describe('an administrator', () => {
  it('creates a person, grants a role on a committee, and the person then reads that committee only', async () => {
    const { context, page } = await signedInPage(journey, 'admin@goteborg.example', viewport);

    await page.getByRole('link', { name: 'Användare och behörigheter' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/Användare/);
    await expectAccessible(page);

    const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Skapa användare' }) });
    await form.getByLabel('Namn').fill('Hanna Handläggare');
    await form.getByLabel('E-postadress').fill('hanna@goteborg.example');
    await form.getByLabel('Lösenord').fill('kort');
    await form.getByRole('button', { name: 'Skapa användare' }).click();
    await expect.poll(() => form.getByText(/minst 12 tecken/).count()).toBeGreaterThan(0);
    await form.getByLabel('Lösenord').fill(demoPassword);
    await form.getByRole('button', { name: 'Skapa användare' }).click();

    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Hanna Handläggare');
    await page.getByLabel('Roll', { exact: true }).selectOption({ label: 'Läsare' });
    await selectByText(page.getByLabel('Gäller', { exact: true }), 'Socialnämnden Hisingen (nämnd)');
    await page.getByRole('button', { name: 'Ge behörighet' }).click();
    const grants = page.getByRole('table').first();
    const readerRows = grants.getByRole('row').filter({ hasText: 'Läsare' });
    await expect.poll(() => readerRows.count()).toBe(1);
    expect(await readerRows.textContent()).toContain('Socialnämnden Hisingen');
    await expect.poll(() => page.getByText(/gav behörigheten Läsare/).count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await screenshot(page, `admin-user-${journey.app.engine}`);

    await page.getByRole('link', { name: 'Organisation', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/Organisation/);
    await expectAccessible(page);
    await context.close();

    const { context: hanna, page: hannaPage } = await signedInPage(journey, 'hanna@goteborg.example');
    await expect
      .poll(() => hannaPage.getByRole('link', { name: /^Socialnämnden Hisingen \d{4}$/ }).count())
      .toBe(1);
    const committees = await hannaPage
      .getByLabel('Nämnd', { exact: true })
      .locator('option')
      .allTextContents();
    expect(committees).toEqual(['Socialnämnden Hisingen']);
    await hanna.close();
  });

  it('lets an administration serve a second committee, which then sees it in its organisation', async () => {
    const { context, page } = await signedInPage(journey, 'admin@goteborg.example', viewport);
    await page.getByRole('link', { name: 'Organisation', exact: true }).click();
    await page.getByRole('link', { name: 'Socialförvaltningen Nordost', exact: true }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Socialförvaltningen Nordost');

    const served = page.getByRole('group', { name: 'Betjänar även' });
    await served.getByLabel('Socialnämnden Hisingen').check();
    await page.getByRole('button', { name: 'Spara nämnderna' }).click();
    await expect.poll(() => page.getByText('Nämnderna som enheten betjänar är sparade.').count()).toBe(1);
    await expect.poll(() => page.locator('dt', { hasText: 'Betjänar även' }).count()).toBe(1);
    expect(await page.locator('dl.summary').textContent()).toContain('Socialnämnden Hisingen');
    await expectAccessible(page);
    await screenshot(page, `admin-served-${journey.app.engine}`);

    await page.getByRole('link', { name: 'Organisation', exact: true }).click();
    await page.getByRole('link', { name: 'Socialnämnden Hisingen', exact: true }).click();
    await page.getByRole('link', { name: 'Nämndens organisation', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/Hisingen/);
    const hisingen = page.getByRole('table').filter({ hasText: 'Socialförvaltningen Nordost' });
    await expect.poll(() => hisingen.count()).toBeGreaterThan(0);
    await context.close();
  });

  it('renames a kind of unit in the municipality’s settings, which hold for every committee', async () => {
    const { context, page } = await signedInPage(journey, 'admin@ekmark.example', viewport);
    await followLinkTo(page, 'Kommunens inställningar');
    const kinds = page.getByRole('table', { name: /Typer av enheter/ });
    await expect.poll(() => kinds.getByRole('row', { name: /^Sektor/ }).count()).toBe(1);
    const points = page.getByRole('table', { name: /Uppföljningstillfällen/ });
    expect(await points.getByRole('cell', { name: 'Tertialrapport 1', exact: true }).count()).toBe(1);

    await page.getByLabel('Namn på typen Verksamhetsområde').fill('Område');
    await page.getByRole('button', { name: 'Spara namnen' }).click();
    await expect.poll(() => page.getByText('Inställningarna är sparade.').count()).toBe(1);
    await expect.poll(() => kinds.getByRole('row', { name: /^Område/ }).count()).toBe(1);
    expect(await page.getByLabel('Namn på typen Område').inputValue()).toBe('Område');
    await expectAccessible(page);
    await screenshot(page, `admin-settings-${journey.app.engine}`);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Ladda ner inställningsfilen' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe('ekmarks-kommun-installningar.json');
    const file = JSON.parse(readFileSync(await saved.path(), 'utf8'));
    expect(file.orgKinds[2].label).toBe('Område');
    const input = page.getByLabel('Läs in en ändrad fil');
    await input.setInputFiles({
      name: 'trasig.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{'),
    });
    await expect.poll(() => page.getByText(/inte giltig JSON/).count()).toBe(1);
    file.followUpPoints[0].name = 'Tertialuppföljning 1';
    await input.setInputFiles({
      name: 'andrad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await expect.poll(() => page.getByText('Filen ändrar: Uppföljningstillfällen').count()).toBe(1);
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    await expect.poll(() => points.getByRole('cell', { name: 'Tertialuppföljning 1' }).count()).toBe(1);
    expect(await page.getByText('Inställningarna är sparade.').count()).toBe(1);
    await context.close();
  });
});
