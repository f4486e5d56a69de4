import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, screenshotOf, signIn, startDemoServer } from './browser.ts';

let browser: Browser;
let app: Awaited<ReturnType<typeof startDemoServer>>;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  app = await startDemoServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await app?.cleanup();
});

const goalTitle = 'Göteborg ska klara kompetensförsörjningen.';

async function openPlan(email: string) {
  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1400, height: 1000 } });
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, app.server.url, email);
  await page.waitForURL(/\/(namnd|att-gora)/);
  const committee = await page.evaluate(async () => {
    const me = await (await fetch('/api/auth/me')).json();
    const tree = await (await fetch(`/api/municipalities/${me.municipality.id}/org-tree`)).json();
    return tree.nodes.find((node: { name: string }) => node.name === 'Socialnämnden Hisingen').id;
  });
  const year = `${app.server.url}/namnd/${committee}/2024`;
  await page.goto(`${year}/plan`);
  const goal = page.getByRole('article', { name: goalTitle });
  await expect.poll(() => goal.getByRole('textbox', { name: 'Omhändertagande' }).count()).toBe(1);
  return { page, goal, year, editor: goal.getByRole('textbox', { name: 'Omhändertagande' }) };
}

/** The goal's plan text as stored, read through the API of the page's session. */
function storedText(page: Page, year: string) {
  const api = year.replace(app.server.url, '').replace('/namnd/', '');
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

describe('rich text with autosave', () => {
  it('saves headings, bold text and lists by itself, shows them, and never overwrites a text saved elsewhere unasked', async () => {
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
    // No click on Spara: the form saves by itself after a pause.
    await expect
      .poll(() => mine.goal.getByText('Målets texter är sparade.').count(), { timeout: 15_000 })
      .toBe(1);
    expect(await storedText(mine.page, mine.year)).toBe(
      '<h3>Tidiga insatser</h3><p>Vi arbetar <strong>nära skolan</strong>.</p><ul><li><p>Familjecentraler</p></li></ul>',
    );
    await expectAccessible(mine.page);
    await screenshotOf(mine.goal, `rich-text-editor-${app.engine}`);

    // Someone else saves the same text in between; my next autosave meets their version.
    // The same controller on another computer: a second session, a second copy of the form.
    const theirs = await openPlan('controller@goteborg.example');
    await theirs.editor.click();
    await theirs.page.keyboard.press('Control+End');
    await theirs.page.keyboard.type(' Skolsköterskor');
    await expect
      .poll(() => theirs.goal.getByText('Målets texter är sparade.').count(), { timeout: 15_000 })
      .toBe(1);
    const theirText = await storedText(theirs.page, theirs.year);
    expect(theirText).toMatch(/Skolsköterskor/);

    await mine.editor.click();
    await mine.page.keyboard.press('Control+End');
    await mine.page.keyboard.type(' och förskolan');
    const conflict = mine.goal.getByRole('alert').filter({ hasText: 'Någon annan har ändrat' });
    await expect.poll(() => conflict.count(), { timeout: 15_000 }).toBe(1);
    expect(await storedText(mine.page, mine.year)).toBe(theirText);
    expect(await mine.editor.textContent()).toMatch(/och förskolan/);
    await expectAccessible(mine.page);

    await conflict.getByRole('button', { name: 'Spara min version i stället' }).click();
    await expect
      .poll(() => storedText(mine.page, mine.year), { timeout: 15_000 })
      .toMatch(/Familjecentraler och förskolan/);
    expect(await storedText(mine.page, mine.year)).not.toMatch(/Skolsköterskor/);
    await screenshotOf(mine.goal, `rich-text-kept-${app.engine}`);

    await mine.page.goto(mine.year);
    const article = mine.page.getByRole('article', { name: goalTitle });
    await article.getByText('Plantext och analys').click();
    await expect.poll(() => article.getByRole('heading', { name: 'Tidiga insatser' }).count()).toBe(1);
    expect(await article.locator('strong').filter({ hasText: 'nära skolan' }).count()).toBe(1);
    expect(await article.getByRole('listitem').filter({ hasText: 'Familjecentraler' }).count()).toBe(1);
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
      { path: year.replace(app.server.url, '').replace('/namnd/', ''), title: goalTitle },
    );
    expect(ran).toBe(false);
    expect(await storedText(page, year)).toBe('<p>Text</p>');
    await page.goto(year);
    await expect
      .poll(() => page.getByRole('article', { name: goalTitle }).getByText('Text', { exact: true }).count())
      .toBe(1);
    expect(await page.evaluate(() => (window as { __ran?: boolean }).__ran ?? false)).toBe(false);
  });
});
