import { describe, expect, it } from 'vitest';
import {
  expectAccessible,
  openCommitteePage,
  openCommitteeYear,
  screenshot,
  signedInPage,
  useJourney,
} from './browser.ts';

const journey = useJourney();
const viewport = { width: 1400, height: 1000 };

const nb = '\u00a0';

describe('a controller reading and editing the economy', () => {
  it('sees Hisingen 2022’s result and kommunbidrag, enters a figure and writes a department’s comment', async () => {
    const { page } = await signedInPage(journey, 'controller@goteborg.example', viewport);
    await openCommitteeYear(page, 'Socialnämnden Hisingen', 2022);
    await openCommitteePage(page, 'Ekonomi och nyckeltal');

    const statement = page.getByRole('table', { name: /Resultaträkning 2022/ });
    const result = statement.getByRole('row', { name: /^Resultat/ });
    await expect
      .poll(async () => (await result.allInnerTexts()).join(' '))
      .toMatch(/81,6\s+0,0\s+81,6\s+56,9/);
    const grant = page.getByRole('table', { name: /Kommunbidrag 2022/ });
    const sums = grant.getByRole('row', { name: /^Summa/ });
    const cells = (row: typeof sums) => row.locator('th, td').allTextContents();
    expect(await cells(sums)).toEqual([
      'Summa',
      `1${nb}124${nb}310`,
      '0',
      '0',
      '0',
      `46${nb}520`,
      '0',
      '0',
      `1${nb}170${nb}830`,
    ]);
    const departments = page.getByRole('table', { name: /Resultat per avdelning/ });
    expect(await cells(departments.getByRole('row', { name: /^Summa/ }))).toEqual([
      'Summa',
      `81${nb}588`,
      '0',
      `81${nb}588`,
      `80${nb}000`,
    ]);
    const stateGrants = page.getByRole('table', { name: /Erhållna riktade statsbidrag 2022/ });
    expect(await cells(stateGrants.getByRole('row', { name: /^Summa/ }))).toEqual([
      'Summa',
      `69${nb}260`,
      '',
      '',
    ]);
    const volume = page.getByRole('table', { name: 'Volym-, intäkts- och kostnadsutveckling' });
    expect(await cells(volume.getByRole('row', { name: /^Nettokostnad IFO totalt/ }))).toEqual([
      'Nettokostnad IFO totalt',
      'tkr',
      `991${nb}289`,
      `1${nb}015${nb}135 (2,4${nb}%)`,
      `1${nb}020${nb}985 (0,6${nb}%)`,
    ]);
    const deviation = page.getByRole('form', { name: 'Hot, våld och tillit i socialtjänsten' });
    expect(await deviation.getByLabel('Ekonomiska konsekvenser').inputValue()).toBe(
      'Högre personalomsättning ger ökade kostnader.',
    );
    const returned = page.locator('dl.summary div', { hasText: 'Återredovisas' });
    expect(await returned.locator('dd').textContent()).toBe('41,6 mnkr');
    await expectAccessible(page);

    await page.getByText('Ange ett belopp i resultaträkningen').click();
    const amountForm = page.locator('.economy-form');
    await amountForm.getByLabel('Rad').selectOption({ label: 'Intäkter' });
    await amountForm.getByLabel('Kolumn').selectOption({ label: 'Bokslut 2022' });
    expect(await amountForm.getByLabel('Belopp i tkr').inputValue()).toBe(`128${nb}200`);
    await amountForm.getByLabel('Belopp i tkr').fill('128 300');
    await amountForm.getByRole('button', { name: /Spara/ }).click();
    await expect.poll(() => amountForm.getByRole('status').textContent()).toBe('Intäkter är sparat.');
    await expect.poll(async () => (await result.allInnerTexts()).join(' ')).toMatch(/^Resultat\s+81,7/);

    const department = page.getByRole('form', { name: 'Avd Försörjningsstöd' });
    await department.getByLabel('Kommentar till resultatet').fill('Färre hushåll än väntat behövde stöd.');
    await department.getByRole('button', { name: /Spara/ }).click();
    await expect
      .poll(() => department.getByRole('status').textContent())
      .toBe('Avd Försörjningsstöd är sparad.');
    await expectAccessible(page);
    await screenshot(page, `economy-${journey.app.engine}`);

    const excelLink = page.getByRole('link', { name: /Ladda ner som Excel \(kommunbidraget\)/ });
    const excel = await page.request.get(`${journey.app.server.url}${await excelLink.getAttribute('href')}`);
    expect(excel.headers()['content-type']).toContain('spreadsheetml');

    await page.getByRole('button', { name: 'Läs in från Excel eller CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Läs in från Excel eller CSV' });
    await dialog.getByLabel('Fil (.xlsx eller .csv)').setInputFiles({
      name: 'budget.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Rad;Reviderad budget\nIntäkter;108 000\nKostnader;abc\n'),
    });
    await dialog.getByLabel(/^Kolumn B/).selectOption({ label: 'Reviderad budget 2022' });
    await dialog.getByRole('button', { name: 'Kontrollera' }).click();
    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toContain('Blad budget, cell B3: ”abc” är inte ett tal');
    await expectAccessible(page);
    await dialog.screenshot({ path: `screenshots/economy-import-${journey.app.engine}.png` });

    await dialog.getByLabel('Fil (.xlsx eller .csv)').setInputFiles({
      name: 'budget.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Rad;Reviderad budget\nIntäkter;108 000\nKostnader;−1 290 000\n'),
    });
    await dialog.getByLabel(/^Kolumn B/).selectOption({ label: 'Reviderad budget 2022' });
    await dialog.getByRole('button', { name: 'Kontrollera' }).click();
    await dialog.getByRole('button', { name: 'Spara 2 värden' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('2 värden är sparade.');
    await dialog.getByRole('button', { name: 'Stäng' }).click();
    await expect
      .poll(() => statement.getByRole('columnheader', { name: 'Reviderad budget 2022' }).count())
      .toBe(1);

    // The statement as exported reads back through the dialog without choosing anything, to the same figures.
    const shownStatement = async () => (await statement.allInnerTexts()).join(' ');
    const before = await shownStatement();
    const statementLink = page.getByRole('link', { name: /Ladda ner som Excel \(resultaträkningen\)/ });
    const exported = await page.request.get(
      `${journey.app.server.url}${await statementLink.getAttribute('href')}`,
    );
    await page.getByRole('button', { name: 'Läs in från Excel eller CSV' }).click();
    await dialog.getByLabel('Fil (.xlsx eller .csv)').setInputFiles({
      name: 'resultatrakning-2022.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await exported.body(),
    });
    expect(await dialog.getByLabel('Belopp i').inputValue()).toBe('mnkr');
    await dialog.getByRole('button', { name: 'Kontrollera' }).click();
    await dialog.getByRole('button', { name: /^Spara \d+ värden$/ }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/^\d+ värden är sparade\.$/);
    await dialog.getByRole('button', { name: 'Stäng' }).click();
    expect(await shownStatement()).toBe(before);
  });
});
