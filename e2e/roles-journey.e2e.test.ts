import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  adoptPlanThroughApi,
  expectAccessible,
  findCommitteeYear,
  newSwedishContext,
  reachStartPage,
  screenshot,
  signedInPage,
  signIn,
  useJourney,
} from './browser.ts';

const journey = useJourney();
const viewport = { width: 1280, height: 900 };

/**
 * Opens an address of the app as the person would: by clicking its link where the page shows one (the app
 * moves without loading itself again), else by loading it; then waits until the page has asked the server
 * everything it asks.
 */
async function visit(page: Page, href: string) {
  // The heading of the page being left is marked, so the wait below is for the next page's own heading: a page
  // loaded on demand keeps the last one on screen until it arrives. A page drawn by the same component may keep
  // the heading element and change its words instead.
  const left = await page.locator('main h1').evaluateAll((headings) =>
    headings.map((heading) => {
      heading.setAttribute('data-left', '');
      return heading.textContent;
    }),
  );
  const link = page.locator(`a[href="${href}"]`).first();
  if ((await link.count()) > 0 && (await link.isVisible())) await link.click();
  else await page.goto(`${journey.app.server.url}${href}`);
  await page.waitForURL((url) => `${url.pathname}${url.search}` === href);
  await expect
    .poll(
      async () => {
        const headings = await page
          .locator('main h1')
          .evaluateAll((found) =>
            found.map((heading) => ({ left: heading.hasAttribute('data-left'), text: heading.textContent })),
          );
        return headings.length === 1 && (!headings[0]?.left || headings[0]?.text !== left[0]);
      },
      { message: href },
    )
    .toBe(true);
  // A page says "Hämtar …" in a status while it asks the server; it has answered once none is left.
  await expect.poll(() => page.locator('main .loading').count()).toBe(0);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBe(1);
}

/** The addresses of the links in a part of the page, as the person would click them. */
const hrefsIn = (page: Page, selector: string) =>
  page
    .locator(`${selector} a[href^="/"]`)
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));

/**
 * Signs in, reaches the start page and opens every page the navigation offers: the side column's links, the
 * top bar's, and the tabs of the committee's year. None may answer that the person lacks the right to it.
 */
async function walkAsRole(email: string, name: string) {
  const context = await newSwedishContext(journey, viewport);
  const page = await context.newPage();
  // Listening from before the sign-in: no answer on the way to the start page may refuse either.
  const refused: string[] = [];
  page.on('response', (response) => {
    if (response.status() === 403) refused.push(`${response.request().method()} ${response.url()}`);
  });
  await signIn(page, journey.app.server.url, email);
  await reachStartPage(page);
  await page.waitForLoadState('networkidle');
  await expectAccessible(page);
  await screenshot(page, `roles-${name}-start`);

  const shown = new Set<string>();
  for (const href of [...(await hrefsIn(page, '.topbar-nav')), ...(await hrefsIn(page, '.sidebar nav'))]) {
    if (href && !href.includes('/org/')) shown.add(href);
  }
  const overview = [...shown].find((href) => /^\/namnd\/[^/]+\/\d{4}$/.test(href));
  if (overview) {
    await visit(page, overview);
    await page.getByRole('navigation', { name: 'Nämndens sidor' }).waitFor();
    for (const href of await hrefsIn(page, 'nav[aria-label="Nämndens sidor"]')) if (href) shown.add(href);
  }
  const headings: string[] = [];
  for (const href of shown) {
    await visit(page, href);
    headings.push(`${href}: ${await page.getByRole('heading', { level: 1 }).textContent()}`);
    expect(await page.locator('main').textContent(), href).not.toMatch(/saknar behörighet/i);
  }
  await page.waitForLoadState('networkidle');
  expect(refused).toEqual([]);
  return { context, page, headings };
}

describe('every role', () => {
  for (const [email, name] of [
    ['admin@goteborg.example', 'administrator'],
    ['controller@goteborg.example', 'controller'],
    ['rapportor@goteborg.example', 'rapportor'],
    ['lasare@goteborg.example', 'lasare'],
    ['revisor@goteborg.example', 'revisor'],
  ] as const) {
    it(`${name}: reaches the start page and no page the navigation shows refuses them`, async () => {
      const { context, headings } = await walkAsRole(email, name);
      expect(headings.length).toBeGreaterThan(3);
      await context.close();
    });
  }
});

describe('a committee member', () => {
  it('reads the adopted plan from the reading room, and the year and risk picture handed over', async () => {
    // The controller adopts Hisingen's plan for 2022, which archives it as PDF and Word.
    const { context: controllerContext, page: controller } = await signedInPage(
      journey,
      'controller@goteborg.example',
    );
    const hisingen = await findCommitteeYear(controller, 'Socialnämnden Hisingen', 2022);
    const adopted = await adoptPlanThroughApi(controller, hisingen.committeeId, 2022, {
      date: '2022-01-25',
      paragraph: '§ 7',
    });
    expect(adopted).toBe(200);
    await controllerContext.close();

    const { context, page, headings } = await walkAsRole('ledamot@goteborg.example', 'ledamot');
    expect(
      headings.some((heading) => heading.endsWith('Risker och intern kontroll')),
      headings.join('\n'),
    ).toBe(true);
    expect(
      headings.some((heading) => heading.endsWith('Socialnämnden Hisingen 2022')),
      headings.join('\n'),
    ).toBe(true);

    await visit(page, '/');
    const room = page.getByRole('region', { name: 'Läsrum' });
    await expect.poll(() => room.getByText(/Fastställd 2022-01-25, § 7/).count()).toBe(1);
    const pdf = room.getByRole('link', { name: 'Verksamhetsplan 2022 som PDF' });
    const href = await pdf.getAttribute('href');
    expect(href).toMatch(/\/documents\/verksamhetsplan\/adopted\/pdf$/);
    const file = await context.request.get(`${journey.app.server.url}${href}`);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toMatch(/^application\/pdf/);

    await room.getByRole('link', { name: 'Verksamhetsplan 2022', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Dokument');
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);
    await screenshot(page, 'roles-ledamot-dokument');
    await context.close();
  });
});
