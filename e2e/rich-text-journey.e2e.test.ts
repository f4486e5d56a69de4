import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { expectAccessible, findCommitteeYear, screenshotOf, signedInPage, useJourney } from './browser.ts';

const journey = useJourney();
const viewport = { width: 1400, height: 1000 };
const contexts: BrowserContext[] = [];

// Registered after useJourney's, so it runs before the browser closes.
afterAll(async () => {
  for (const context of contexts) await context.close();
});

const goalTitle = 'Göteborg ska klara kompetensförsörjningen.';

async function openPlan(email: string) {
  const { context, page } = await signedInPage(journey, email, viewport);
  contexts.push(context);
  const { url: year } = await findCommitteeYear(page, 'Socialnämnden Hisingen', 2024);
  await page.goto(`${year}/plan`);
  const goal = page.getByRole('article', { name: goalTitle });
  await expect.poll(() => goal.getByRole('textbox', { name: 'Omhändertagande' }).count()).toBe(1);
  return { page, goal, year, editor: goal.getByRole('textbox', { name: 'Omhändertagande' }) };
}

const saveButton = (goal: Locator) =>
  goal.getByRole('button', { name: `Spara texterna för målet ${goalTitle}` });

/** Saves the goal's texts with the form's own button, and waits until they are saved. */
async function saveTexts(goal: Locator) {
  await saveButton(goal).click();
  await expect.poll(() => goal.getByText('Målets texter är sparade.').count()).toBe(1);
}

/** "<committee id>/<year>" of a year's address, for the API's path. */
const yearPath = (year: string) => year.replace(journey.app.server.url, '').replace('/namnd/', '');

/** The goal's plan text as stored, read through the API of the page's session. */
function storedText(page: Page, year: string) {
  const api = yearPath(year);
  return page.evaluate(
    async ({ path, title }) => {
      const me = await (await fetch('/api/auth/me')).json();
      const [committee, year] = path.split('/');
      const view = await (
        await fetch(`/api/municipalities/${me.municipality.id}/committees/${committee}/years/${year}`)
      ).json();
      return view.goals.find((goal: { title: string }) => goal.title === title).planText as string | null;
    },
    { path: api, title: goalTitle },
  );
}

describe('rich text in the plan', () => {
  it('saves headings, bold text and lists when asked, shows them, and never overwrites a text saved elsewhere unasked', async () => {
    const mine = await openPlan('controller@goteborg.example');
    await mine.editor.click();
    await mine.page.keyboard.press('Control+a');
    await mine.page.keyboard.press('Delete');
    const toolbar = mine.goal.getByRole('toolbar', { name: 'Formatering av omhändertagande' });
    await toolbar.getByRole('button', { name: 'Rubrik', exact: true }).click();
    await mine.page.keyboard.type('Tidiga insatser');
    await mine.page.keyboard.press('Enter');
    await mine.page.keyboard.type('Vi arbetar ');
    await toolbar.getByRole('button', { name: 'Fet' }).click();
    await mine.page.keyboard.type('nära skolan');
    await toolbar.getByRole('button', { name: 'Fet' }).click();
    await mine.page.keyboard.type('.');
    await mine.page.keyboard.press('Enter');
    await toolbar.getByRole('button', { name: 'Punktlista' }).click();
    await mine.page.keyboard.type('Familjecentraler');
    // Nothing is saved until the person saves: the form says so meanwhile.
    await expect.poll(() => mine.goal.getByText('Ej sparad ändring').count()).toBe(1);
    expect(await storedText(mine.page, mine.year)).not.toMatch(/Familjecentraler/);
    await saveTexts(mine.goal);
    expect(await storedText(mine.page, mine.year)).toBe(
      '<h3>Tidiga insatser</h3><p>Vi arbetar <strong>nära skolan</strong>.</p><ul><li><p>Familjecentraler</p></li></ul>',
    );
    await expectAccessible(mine.page);
    await screenshotOf(mine.goal, `rich-text-editor-${journey.app.engine}`);

    // I go on writing while someone else saves the same text; my save then meets their version.
    // The same controller on another computer: a second session, a second copy of the form.
    await mine.editor.click();
    await mine.page.keyboard.press('Control+End');
    await mine.page.keyboard.type(' och förskolan');
    const theirs = await openPlan('controller@goteborg.example');
    await theirs.editor.click();
    await theirs.page.keyboard.press('Control+End');
    await theirs.page.keyboard.type(' Skolsköterskor');
    await saveTexts(theirs.goal);
    const theirText = await storedText(theirs.page, theirs.year);
    expect(theirText).toMatch(/Skolsköterskor/);

    await saveButton(mine.goal).click();
    const conflict = mine.goal
      .getByRole('alert')
      .filter({ hasText: /har ändrat målet .* medan du redigerade/ });
    await expect.poll(() => conflict.count()).toBe(1);
    expect(await storedText(mine.page, mine.year)).toBe(theirText);
    expect(await mine.editor.textContent()).toMatch(/och förskolan/);
    await expectAccessible(mine.page);

    await conflict.getByRole('button', { name: 'Spara min version i stället' }).click();
    await expect.poll(() => storedText(mine.page, mine.year)).toMatch(/Familjecentraler och förskolan/);
    expect(await storedText(mine.page, mine.year)).not.toMatch(/Skolsköterskor/);
    await screenshotOf(mine.goal, `rich-text-kept-${journey.app.engine}`);

    await mine.page.goto(mine.year);
    const article = mine.page.getByRole('article', { name: goalTitle });
    await article.getByText('Plantext och analys').click();
    await expect.poll(() => article.getByRole('heading', { name: 'Tidiga insatser' }).count()).toBe(1);
    expect(await article.locator('strong').filter({ hasText: 'nära skolan' }).count()).toBe(1);
    expect(await article.getByRole('listitem').filter({ hasText: 'Familjecentraler' }).count()).toBe(1);
  });

  it('inserts a footnote and a table with a header row from the toolbar and the keyboard, and shows both', async () => {
    const { page, goal, year, editor } = await openPlan('controller@goteborg.example');
    await editor.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await page.keyboard.type('Väntetiden minskade.');
    const toolbar = goal.getByRole('toolbar', { name: 'Formatering av omhändertagande' });
    const footnote = toolbar.getByRole('button', { name: 'Fotnot' });
    await footnote.click();
    await goal.getByRole('textbox', { name: 'Fotnotens text' }).fill('Enligt bokslutet.');
    await page.keyboard.press('Enter');
    // Back in the text after the note: a step left selects it, and the same button edits it.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => footnote.getAttribute('aria-pressed')).toBe('true');
    await footnote.press('Enter');
    const text = goal.getByRole('textbox', { name: 'Fotnotens text' });
    expect(await text.inputValue()).toBe('Enligt bokslutet.');
    await text.fill('Median i dagar, enligt bokslutet.');
    await page.keyboard.press('Enter');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await toolbar.getByRole('button', { name: 'Infoga tabell' }).click();
    // Tab steps from cell to cell; the third row, left empty, is removed from its first cell.
    for (const key of ['Enhet', 'Tab', 'Dagar', 'Tab', 'Hisingen', 'Tab', '14', 'Tab']) {
      if (key === 'Tab') await page.keyboard.press('Tab');
      else await page.keyboard.type(key);
    }
    await toolbar.getByRole('button', { name: 'Ta bort rad' }).click();
    await saveTexts(goal);
    await expect
      .poll(() => storedText(page, year))
      .toBe(
        '<p>Väntetiden minskade.<span data-footnote>Median i dagar, enligt bokslutet.</span></p>' +
          '<table><tbody><tr><th><p>Enhet</p></th><th><p>Dagar</p></th></tr>' +
          '<tr><td><p>Hisingen</p></td><td><p>14</p></td></tr></tbody></table>',
      );
    await expectAccessible(page);
    await screenshotOf(goal, `rich-text-table-footnote-${journey.app.engine}`);

    await page.goto(year);
    const article = page.getByRole('article', { name: goalTitle });
    await article.getByText('Plantext och analys').click();
    await expect.poll(() => article.getByRole('columnheader', { name: 'Enhet' }).count()).toBe(1);
    expect(await article.getByRole('cell', { name: '14' }).count()).toBe(1);
    expect(await article.getByText('Median i dagar, enligt bokslutet.').count()).toBe(1);
    await expectAccessible(page);
  });

  it('stores a pasted script as harmless text that never runs in the browser', async () => {
    const { page, year } = await openPlan('controller@goteborg.example');
    const ran = await page.evaluate(
      async ({ path, title }) => {
        const me = await (await fetch('/api/auth/me')).json();
        const [committee, yearNumber] = path.split('/');
        const url = `/api/municipalities/${me.municipality.id}/committees/${committee}/years/${yearNumber}`;
        const view = await (await fetch(url)).json();
        const goal = view.goals.find((item: { title: string }) => item.title === title);
        await fetch(`${url}/goals/${goal.id}`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
          body: JSON.stringify({
            version: goal.version,
            planText:
              '<p>Text</p><img src="x" onerror="window.__ran = true"><script>window.__ran = true</script>',
          }),
        });
        return (window as { __ran?: boolean }).__ran ?? false;
      },
      { path: yearPath(year), title: goalTitle },
    );
    expect(ran).toBe(false);
    expect(await storedText(page, year)).toBe('<p>Text</p>');
    await page.goto(year);
    await expect
      .poll(() => page.getByRole('article', { name: goalTitle }).getByText('Text', { exact: true }).count())
      .toBe(1);
    expect(await page.evaluate(() => (window as { __ran?: boolean }).__ran ?? false)).toBe(false);
  });
  it('runs no script from any stored variant on the overview, the plan text, the analysis or the document preview', async () => {
    const { page, year } = await openPlan('controller@goteborg.example');
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const payload = [
      '<p>Fientlig markör</p>',
      '<script>window.__pwned = "script"</script>',
      '<img src="x" onerror="window.__pwned = \'img\'; alert(1)">',
      '<svg onload="window.__pwned = \'svg\'"><circle r="1"></circle></svg>',
      '<a href="javascript:window.__pwned=\'link\'" id="fientlig-lank">Länk</a>',
      '<p style="background:url(javascript:alert(1))" onmouseover="window.__pwned=\'style\'">Stil</p>',
      '<iframe srcdoc="&lt;script&gt;parent.__pwned=\'frame\'&lt;/script&gt;"></iframe>',
      '<details open ontoggle="window.__pwned=\'toggle\'"><summary>x</summary></details>',
    ].join('');
    const stored = await page.evaluate(
      async ({ path, title, html }) => {
        const me = await (await fetch('/api/auth/me')).json();
        const [committee, planYear] = path.split('/');
        const base = `/api/municipalities/${me.municipality.id}/committees/${committee}/years`;
        const headers = { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken };
        const write = async (method: string, url: string, body: unknown) =>
          (await fetch(url, { method, headers, body: JSON.stringify(body) })).status;
        const plan = await (await fetch(`${base}/${planYear}`)).json();
        const goal = plan.goals.find((item: { title: string }) => item.title === title);
        const report = await (await fetch(`${base}/2022`)).json();
        const assessed = report.goals.find((item: { assessments: unknown[] }) => item.assessments.length > 0);
        const assessment = assessed.assessments.find(
          (item: { followUp: string }) => item.followUp === 'arsrapport',
        );
        const texts = await (await fetch(`${base}/2022/documents/arsrapport`)).json();
        const summary = texts.texts.find(
          (item: { chapterKey: string }) => item.chapterKey === 'sammanfattning',
        );
        const assignment = report.assignments[0];
        const assignmentReport = assignment.reports.find(
          (item: { followUp: string }) => item.followUp === 'arsrapport',
        );
        return {
          assessedTitle: assessed.title as string,
          statuses: [
            await write('PATCH', `${base}/${planYear}/goals/${goal.id}`, {
              version: goal.version,
              planText: html,
            }),
            await write('PUT', `${base}/2022/goals/${assessed.id}/assessments/arsrapport`, {
              version: assessment.version,
              level: assessment.level,
              analysis: html,
            }),
            await write('PUT', `${base}/2022/documents/arsrapport/texts/sammanfattning`, {
              version: summary?.version,
              text: html,
            }),
            await write('PUT', `${base}/2022/assignments/${assignment.id}/reports/arsrapport`, {
              version: assignmentReport?.version,
              status: assignmentReport?.status ?? 'ongoing',
              proposedClosed: false,
              comment: '<img src=x onerror="window.__pwned=\'comment\'">Fientlig kommentar',
            }),
          ],
        };
      },
      { path: yearPath(year), title: goalTitle, html: payload },
    );
    expect(stored.statuses).toEqual([200, 200, 200, 200]);

    const pwned = () => page.evaluate(() => (window as { __pwned?: unknown }).__pwned);
    const report = year.replace(/\/2024$/, '/2022');
    for (const [url, article] of [
      [year, goalTitle],
      [`${year}/plan`, goalTitle],
      [report, stored.assessedTitle],
    ] as const) {
      await page.goto(url);
      const goal = page.getByRole('article', { name: article });
      await expect.poll(() => goal.count()).toBe(1);
      const disclosure = goal.getByText('Plantext och analys');
      if ((await disclosure.count()) > 0) await disclosure.click();
      await expect.poll(() => goal.getByText('Fientlig markör').count()).toBeGreaterThan(0);
      await goal.getByText('Stil').first().hover();
      expect(await pwned(), url).toBeUndefined();
    }
    await expect.poll(() => page.getByText('Fientlig kommentar').count()).toBeGreaterThan(0);

    await page.goto(`${report}/dokument?dokument=arsrapport`);
    const preview = page.locator('.document-preview');
    await expect.poll(() => preview.getByText('Fientlig markör').count()).toBeGreaterThan(0);
    expect(await pwned()).toBeUndefined();
    expect(
      await preview
        .locator('script, iframe, svg, [onerror], [onload], [style], a[href^="javascript"]')
        .count(),
    ).toBe(0);
    expect(dialogs).toEqual([]);
  });
});
