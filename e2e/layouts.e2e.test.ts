import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectAccessible,
  launchBrowser,
  reachStartPage,
  screenshot,
  signIn,
  startDemoServer,
} from './browser.ts';

let browser: Browser;
let app: Awaited<ReturnType<typeof startDemoServer>>;
let admin: BrowserContext;
/** Every page of the app an administrator reaches, found once by following the app's own links. */
let pages: Promise<string[]> | null = null;
const adminPages = () => {
  pages ??= admin.newPage().then(collectPages);
  return pages;
};

const widths = { desktop: 1280, phone: 390 } as const;

beforeAll(async () => {
  app = await startDemoServer();
  browser = await launchBrowser();
  admin = await browser.newContext({ locale: 'sv-SE', viewport: { width: widths.desktop, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await app?.cleanup();
});

async function ready(page: Page, path: string) {
  await page.goto(`${app.server.url}${path}`);
  await page.waitForLoadState('networkidle');
  await expect.poll(() => page.locator('main h1').count(), { message: path }).toBe(1);
  await expect.poll(() => page.locator('main [role="status"].loading').count(), { message: path }).toBe(0);
}

const hrefMatching = async (page: Page, pattern: RegExp) => {
  const hrefs = await page
    .locator('main a[href]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  const href = hrefs.find((candidate) => candidate && pattern.test(candidate));
  if (!href) throw new Error(`no link matching ${pattern} on ${page.url()}`);
  return href;
};

/** The routes of router.tsx, with the ids of the demo's committees, an indicator, a follow-up, a unit and a person. */
async function collectPages(page: Page): Promise<string[]> {
  await signIn(page, app.server.url, 'admin@goteborg.example');
  await reachStartPage(page);
  const committees = page.getByLabel('Nämnd', { exact: true });
  const idOf = (name: string) =>
    committees.locator('option', { hasText: name }).getAttribute('value') as Promise<string>;
  const hisingen = `/namnd/${await idOf('Socialnämnden Hisingen')}/2022`;
  // Hisingen's 2022 has no risks; Nordost's 2023 fills the register, the matrix and the control plan.
  const nordost = `/namnd/${await idOf('Socialnämnden Nordost')}/2023`;
  await ready(page, hisingen);
  const indicator = await hrefMatching(page, /\/indikatorer\//);
  const followUp = await hrefMatching(page, /\/uppfoljning\/[^/]+$/);
  await ready(page, `${hisingen}/organisation`);
  const unit = await hrefMatching(page, /\/org\//);
  await ready(page, '/admin/anvandare');
  const person = await hrefMatching(page, /\/admin\/anvandare\/.+/);
  return [
    '/',
    hisingen,
    `${hisingen}/plan`,
    indicator,
    followUp,
    `${followUp}/rapportering`,
    `${hisingen}/ekonomi`,
    `${hisingen}/dokument`,
    `${nordost}/risker`,
    `${hisingen}/handlingsplaner`,
    `${hisingen}/organisation`,
    unit,
    '/att-gora',
    '/andringslogg',
    '/admin/anvandare',
    person,
    '/admin/organisation',
    '/admin/dokumentmallar',
    '/admin/installningar',
    '/admin/installningar/skalor',
    '/admin/installningar/risker',
    '/admin/installningar/resultatrakningar',
  ];
}

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('every page of the app, as the administrator sees it', () => {
  for (const [name, width] of Object.entries(widths)) {
    it(`passes axe, target size included, at ${width} px and does not scroll sideways`, async () => {
      const pages = await adminPages();
      const page = await admin.newPage();
      await page.setViewportSize({ width, height: 900 });
      expect(pages).toHaveLength(22);
      for (const path of pages) {
        await ready(page, path);
        await expectAccessible(page);
        expect(await horizontalOverflow(page), `${path} at ${width} px`).toBeLessThanOrEqual(0);
      }
      await ready(page, pages[0] as string);
      await screenshot(page, `layouts-overview-${name}-${app.engine}`);
      await ready(page, pages[7] as string);
      await screenshot(page, `layouts-risks-${name}-${app.engine}`);
      await page.close();
    });
  }
});

describe('the sidebar on a phone', () => {
  it('waits behind the menu button, opens and closes by keyboard, and a controller’s pages fit', async () => {
    const context = await browser.newContext({
      locale: 'sv-SE',
      viewport: { width: widths.phone, height: 844 },
    });
    const page = await context.newPage();
    await signIn(page, app.server.url, 'controller@goteborg.example');
    await reachStartPage(page);

    // The page comes first: the sidebar's committee picker is not shown until asked for.
    const menu = page.getByRole('button', { name: 'Meny' });
    const committee = page.getByLabel('Nämnd', { exact: true });
    expect(await committee.isVisible()).toBe(false);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');

    await menu.focus();
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => committee.evaluate((element) => element === document.activeElement)).toBe(true);
    await expectAccessible(page);
    await screenshot(page, `layouts-menu-phone-${app.engine}`);

    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await committee.isVisible()).toBe(false);
    expect(await menu.evaluate((element) => element === document.activeElement)).toBe(true);

    // Following a link in the open menu closes it, and the new page is read first.
    await page.keyboard.press('Enter');
    await page
      .getByRole('navigation', { name: 'Nämnd och organisation' })
      .getByRole('link', { name: 'Dokument' })
      .click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/Dokument/);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await expectAccessible(page);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    for (const path of ['/att-gora', '/andringslogg']) {
      await ready(page, path);
      await expectAccessible(page);
      expect(await horizontalOverflow(page), path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});
