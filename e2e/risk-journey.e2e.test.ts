import { describe, expect, it } from 'vitest';
import {
  confirmAdoption,
  expectAccessible,
  fillDate,
  findCommitteeYear,
  openCommitteePage,
  screenshot,
  selectByText,
  signedInPage,
  useJourney,
} from './browser.ts';

const journey = useJourney();
const viewport = { width: 1400, height: 1000 };

const areaHeadings = [
  ['Risker som kan innebära att verksamheten inte klarar sitt grunduppdrag', 8],
  ['Risker som kan innebära att lagstiftning och andra styrande dokument inte följs', 4],
  ['Risker som kan innebära att processer inte fungerar effektivt och på avsett sätt', 4],
  ['Risker för oegentligheter och annat oetiskt beteende', 1],
] as const;
const controlRisks = [
  'Risk för bristande informationssäkerhet',
  'Risk för brister vid inköp av konsulter',
  'Risk för bristande regelefterlevnad i samband med resor i tjänsten',
  'Samverkanshinder utförare och myndighet',
];

describe('risks and internal control of Socialnämnden Nordost 2023', () => {
  it('shows the samlad riskbild, compiles a unit’s risk bottom-up, records a result and freezes the adopted plan', async () => {
    const { context, page } = await signedInPage(journey, 'controller@goteborg.example', viewport);
    await page.goto((await findCommitteeYear(page, 'Socialnämnden Nordost', 2023)).url);
    await openCommitteePage(page, 'Risker och intern kontroll');

    const register = page.getByRole('region', { name: 'Riskregister' });
    for (const [area, count] of areaHeadings) {
      const section = register.getByRole('region', { name: new RegExp(`^${area}`) });
      await expect.poll(() => section.locator('tbody tr').count()).toBe(count);
    }
    const cellCounts = await page.locator('.risk-cell').allTextContents();
    expect(cellCounts).toHaveLength(16);
    expect(cellCounts.reduce((sum, text) => sum + Number(text), 0)).toBe(17);

    await page.getByRole('button', { name: /6 risker med sannolikhet 3 och konsekvens 3/ }).click();
    const cellList = page
      .getByRole('heading', { name: /Sannolikhet 3, konsekvens 3/ })
      .locator('xpath=..')
      .getByRole('listitem');
    await expect.poll(() => cellList.count()).toBe(6);
    expect(await cellList.allTextContents()).toContain(
      'Risk för bristande arbetsmiljö – Socialnämnden Nordost',
    );

    const plan = page.getByRole('region', { name: 'Internkontrollplan 2023' });
    expect(await plan.getByRole('heading', { level: 3 }).allTextContents()).toEqual(controlRisks);
    expect(await plan.locator('tbody tr').count()).toBe(5);
    await expectAccessible(page);
    await screenshot(page, `risks-nordost-${journey.app.engine}`);

    // A unit's own risk, raised to its department and chosen by management.
    await page.getByText('Lägg till en risk').click();
    const form = page.locator('form.risk-form').first();
    await selectByText(form.getByLabel('Register'), 'FUT-teamet (enhet)');
    await selectByText(form.getByLabel('Riskområde'), 'Risker för oegentligheter och annat oetiskt beteende');
    await form.getByLabel('Risk', { exact: true }).fill('Felaktiga utbetalningar av försörjningsstöd');
    await selectByText(form.getByLabel('Sannolikhet'), '3 – Möjlig');
    await form.getByRole('button', { name: 'Lägg till risken' }).click();
    const details = page.getByRole('region', { name: 'Felaktiga utbetalningar av försörjningsstöd' });
    const edit = details.getByRole('form', { name: 'Ändra och bedöm risken' });
    await edit.locator('summary', { hasText: 'Fler uppgifter om risken' }).click();
    await edit.getByRole('button', { name: 'Lägg till åtgärd' }).click();
    const action = edit.getByRole('group', { name: 'Åtgärd 1' });
    await action.getByLabel('Åtgärd', { exact: true }).fill('Månatlig kontroll av utbetalningslistor');
    await action.getByLabel('Ansvarig').fill('Enhetschef FUT');
    await fillDate(action, 'Klar senast (valfritt)', '2023-06-30');
    await edit.getByRole('button', { name: 'Spara risken' }).click();
    await expect
      .poll(() => details.textContent())
      .toMatch(
        /Månatlig kontroll av utbetalningslistor \(planerad, Enhetschef FUT, klar senast 2023-06-30\)/,
      );
    await details.getByRole('button', { name: 'Nominera till nivån ovanför' }).click();
    await expect
      .poll(() => details.locator(':scope > [role="status"]').textContent())
      .toMatch(/nominerad till Försörjningsstöd/);
    const selection = details.getByRole('form', { name: 'Samlad riskbild' });
    await selection
      .getByLabel('Skäl för att ta med risken')
      .fill('Återkommande iakttagelse från revisionen.');
    await selection.getByRole('button', { name: 'Välj till samlad riskbild' }).click();
    await expect
      .poll(() => selection.getByRole('status').textContent())
      .toMatch(/ingår i den samlade riskbilden/);
    await selectByText(register.getByLabel('Visa'), 'Samlad riskbild');
    const row = register.getByRole('row').filter({ hasText: 'Felaktiga utbetalningar av försörjningsstöd' });
    await expect.poll(() => row.textContent()).toMatch(/FUT-teamet/);
    await expect.poll(() => register.locator('.risk-table tbody tr').count()).toBe(18);

    await selection.getByRole('button', { name: 'Ta bort ur samlad riskbild' }).click();
    await expect
      .poll(() => selection.getByRole('status').textContent())
      .toMatch(/finns kvar i registret för FUT-teamet/);
    await expect.poll(() => register.locator('.risk-table tbody tr').count()).toBe(17);
    await selectByText(register.getByLabel('Visa'), 'Alla risker');
    await expect.poll(() => row.textContent()).toMatch(/FUT-teametNominerad till Försörjningsstöd/);
    await expectAccessible(page);

    // A control's result with deviations shows in the year-end view.
    const results = page.getByRole('region', { name: /Uppföljning av intern kontroll/ });
    await results.locator('summary', { hasText: 'skyddade personuppgifter' }).click();
    const resultForm = results.getByRole('form', { name: /skyddade personuppgifter/ });
    await fillDate(resultForm, 'Genomförd (valfritt)', '2023-11-20');
    await resultForm.getByLabel('Antal avvikelser').fill('3');
    await resultForm.getByLabel('Iakttagelser').fill('Tre ärenden saknade markering om skyddade uppgifter.');
    await resultForm.getByRole('button', { name: /Spara resultatet/ }).click();
    const resultRow = results.getByRole('row').filter({ hasText: 'skyddade personuppgifter' }).first();
    await expect.poll(() => resultRow.textContent()).toMatch(/2023-11-20.*3Tre ärenden/);
    await expect.poll(() => results.textContent()).toMatch(/Avvikelser totalt: 3/);

    // Adopted, the control plan's activities can no longer be changed.
    const changeButtons = plan.getByRole('button', { name: /Lägg till kontrollmoment|Ändra|Ta bort/ });
    expect(await changeButtons.count()).toBe(14);
    await plan.getByRole('button', { name: /Markera klar för granskning/ }).click();
    await plan.getByRole('button', { name: /Fastställ…/ }).click();
    await confirmAdoption(page, page.getByRole('dialog'), { date: '2023-02-14', paragraph: '§ 18' });
    await expect.poll(() => plan.textContent()).toMatch(/Status: Fastställd/);
    expect(await changeButtons.count()).toBe(0);
    const refused = await page.evaluate(async (pathname) => {
      const [, , committeeId, year] = pathname.split('/');
      const me = await (await fetch('/api/auth/me')).json();
      const base = `/api/municipalities/${me.municipality.id}/committees/${committeeId}/years/${year}`;
      const overview = await (await fetch(`${base}/risks`)).json();
      const control = overview.controlPlan.activities[0];
      const response = await fetch(`${base}/controls/${control.id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({ version: control.version, what: 'Ändrad efter beslut' }),
      });
      return { status: response.status, body: await response.json() };
    }, new URL(page.url()).pathname);
    expect(refused).toMatchObject({ status: 409, body: { error: { code: 'FROZEN' } } });
    await expectAccessible(page);
    await screenshot(page, `risks-adopted-${journey.app.engine}`);
    await context.close();
  });
});
