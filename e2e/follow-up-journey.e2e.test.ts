import { describe, expect, it } from 'vitest';
import {
  adoptPlanThroughApi,
  confirmAdoption,
  expectAccessible,
  openCommitteeYear,
  screenshot,
  signedInPage,
  useJourney,
} from './browser.ts';

const journey = useJourney();
const viewport = { width: 1400, height: 1000 };

describe('a controller following up the year', () => {
  it('assesses a goal in the annual report, adopts it, and then finds nothing left to change', async () => {
    const { context, page } = await signedInPage(journey, 'controller@goteborg.example', viewport);
    const overview = await openCommitteeYear(page, 'Socialnämnden Hisingen', 2022);
    const [, committeeId, year] = new URL(overview).pathname.match(/^\/namnd\/([^/]+)\/(\d+)$/) ?? [];

    // The committee adopted the year's plan before the year began; a follow-up is adopted only after its plan.
    expect(
      await adoptPlanThroughApi(page, committeeId as string, year as string, {
        date: '2021-12-14',
        paragraph: '§ 201',
      }),
    ).toBe(200);

    await page.goto(`${overview}/uppfoljning/arsrapport`);
    const goal = page.getByRole('article', {
      name: 'Antalet invånare i bidragsberoende ska halveras till 2026.',
    });
    await expect.poll(() => goal.count()).toBe(1);
    await goal.getByRole('radio', { name: /God/ }).check();
    await goal.getByRole('textbox', { name: 'Analys' }).fill('Målet bedöms nu som god.');
    await goal.getByRole('button', { name: /Spara bedömning/ }).click();
    await expect.poll(() => goal.getByRole('status').first().textContent()).toMatch(/sparad/i);
    await expectAccessible(page);

    await page
      .getByRole('button', { name: /^Fastställ/ })
      .first()
      .click();
    await confirmAdoption(page, page.getByRole('dialog'), { date: '2023-02-14', paragraph: '§ 12' });
    await expect
      .poll(() =>
        page
          .getByText(/Årsrapport 2022 är fastställd \(beslut 2023-02-14, § 12\) och kan inte ändras/)
          .count(),
      )
      .toBeGreaterThan(0);
    expect(await page.locator('main form').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Spara/ }).count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, `follow-up-adopted-${journey.app.engine}`);

    // The adopted report is what the overview shows, and the API refuses to change it.
    await page.goto(overview);
    const assessed = page.getByRole('article', {
      name: 'Antalet invånare i bidragsberoende ska halveras till 2026.',
    });
    await expect
      .poll(async () => (await assessed.textContent()) ?? '')
      .toMatch(/Måluppfyllelse i årsrapport:\s*●\s*God/);
    const refused = await page.evaluate(
      async ({ committeeId, year }) => {
        const me = await (await fetch('/api/auth/me')).json();
        const url = `/api/municipalities/${me.municipality.id}/committees/${committeeId}/years/${year}`;
        const view = await (await fetch(url)).json();
        const goal = view.goals.find((entry: { title: string }) =>
          entry.title.startsWith('Antalet invånare'),
        );
        const response = await fetch(`${url}/goals/${goal.id}/assessments/arsrapport`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
          body: JSON.stringify({ version: goal.assessments.at(-1).version, level: 'ingen', analysis: null }),
        });
        return { status: response.status, body: await response.json() };
      },
      { committeeId, year },
    );
    expect(refused).toMatchObject({ status: 409, body: { error: { code: 'FROZEN' } } });
    await context.close();
  });
});
