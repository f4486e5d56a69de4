import { describe, expect, it } from 'vitest';
import {
  expectAccessible,
  fillDate,
  findCommitteeYear,
  screenshot,
  selectByText,
  signedInPage,
  useJourney,
} from './browser.ts';

const journey = useJourney();

const goalTitle = 'Antalet invånare i bidragsberoende ska halveras till 2026.';

const viewport = { width: 1400, height: 1000 };

/** Signs `email` in and finds the address of Socialnämnden Hisingen's 2022 as that person's org tree has it. */
async function openHisingen2022(email: string) {
  const { context, page } = await signedInPage(journey, email, viewport);
  const { url } = await findCommitteeYear(page, 'Socialnämnden Hisingen', 2022);
  return { context, page, year: url };
}

/** The controller on the reporting page of Hisingen's annual report 2022. */
async function openReportingAsController() {
  const controller = await openHisingen2022('controller@goteborg.example');
  await controller.page.goto(`${controller.year}/uppfoljning/arsrapport/rapportering`);
  return controller;
}

describe('reporting the annual report bottom-up', () => {
  it('lets the controller give a goal to a unit, whose reporter writes and marks it klar', async () => {
    const { context: controllerContext, page: controller } = await openReportingAsController();
    await fillDate(controller, 'Sista dag för enheternas rapportering', '2030-12-31');
    await controller.getByRole('button', { name: 'Spara sista dag' }).click();
    const notGiven = controller.getByRole('listitem').filter({ hasText: goalTitle });
    await selectByText(notGiven.getByLabel('Ge till enhet'), 'Mottagningsenheten (enhet)');
    await notGiven.getByRole('button', { name: /Ge uppgiften/ }).click();
    const parts = controller.getByRole('region', { name: 'Delar och ansvar' });
    await expect.poll(() => parts.getByRole('row').filter({ hasText: goalTitle }).count()).toBe(1);
    await expectAccessible(controller);

    // Sign-in lands on the start page; act once it is there.
    const { context: reporterContext, page: reporter } = await signedInPage(
      journey,
      'rapportor@goteborg.example',
      viewport,
    );
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
    await screenshot(reporter, `reporting-task-${journey.app.engine}`);
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
    const { context: controllerContext, page: controller, year } = await openReportingAsController();
    const missing = controller.getByRole('table', { name: 'Aktiviteter som inte är klara' });
    const summary = controller.getByText(/aktiviteter klara$/);
    await expect.poll(() => missing.getByRole('row').filter({ hasText: activity }).count()).toBe(1);
    expect(await missing.getByRole('row').filter({ hasText: activity }).textContent()).toMatch(/Pågående/);
    const before = (await summary.textContent()) ?? '';
    expect(before).toMatch(/^1 av 3 aktiviteter klara$/);

    const { context: reporterContext, page: reporter } = await openHisingen2022('rapportor@goteborg.example');
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
    await screenshot(controller, `completeness-activities-${journey.app.engine}`);
    await controllerContext.close();
  });
});
