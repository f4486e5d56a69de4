import { describe, expect, it } from 'vitest';
import {
  expectAccessible,
  findCommitteeYear,
  openCommitteePage,
  signedInPage,
  useJourney,
} from './browser.ts';

const journey = useJourney();
const viewport = { width: 1400, height: 1000 };

const nb = '\u00a0';

describe('a controller with Nordost’s folkhälsa action plan', () => {
  it('reads the plan with its budget sums, changes an amount by keyboard and sees the sums follow', async () => {
    const { context, page } = await signedInPage(journey, 'controller@goteborg.example', viewport);
    await page.goto((await findCommitteeYear(page, 'Socialnämnden Nordost', 2023)).url);
    await openCommitteePage(page, 'Handlingsplaner');

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
