import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, expect } from 'vitest';
import {
  expectAccessible,
  type Journey,
  newSwedishContext,
  reachStartPage,
  screenshot,
  signIn,
  useJourney,
} from './browser.ts';

/** The widths every page is checked at, each in a journey file of its own so the two run beside each other. */
export const widths = { desktop: 1280, phone: 390 } as const;

export interface LayoutsJourney extends Journey {
  admin: BrowserContext;
}

/** A journey's server and browser (see useJourney) and the administrator's context, for one layouts file. */
export function useLayoutsJourney(): LayoutsJourney {
  const journey = useJourney() as LayoutsJourney;
  // Vitest runs a file's beforeAll hooks in the order they were registered: the browser is there by now.
  beforeAll(async () => {
    journey.admin = await newSwedishContext(journey, { width: widths.desktop, height: 900 });
  });
  return journey;
}

export async function ready(page: Page, url: string, path: string) {
  await page.goto(`${url}${path}`);
  await page.waitForLoadState('networkidle');
  await expect.poll(() => page.locator('main h1').count(), { message: path }).toBe(1);
  await expect.poll(() => page.locator('main [role="status"].loading').count(), { message: path }).toBe(0);
}

export const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

const hrefMatching = async (page: Page, pattern: RegExp) => {
  const hrefs = await page
    .locator('main a[href]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  const href = hrefs.find((candidate) => candidate && pattern.test(candidate));
  if (!href) throw new Error(`no link matching ${pattern} on ${page.url()}`);
  return href;
};

/**
 * Every page of the app an administrator reaches, found by following the app's own links: the routes of
 * router.tsx, with the ids of the demo's committees, an indicator, a follow-up, a unit and a person.
 */
async function collectPages(page: Page, url: string): Promise<string[]> {
  await signIn(page, url, 'admin@goteborg.example');
  await reachStartPage(page);
  const committees = page.getByLabel('Nämnd', { exact: true });
  const idOf = (name: string) =>
    committees.locator('option', { hasText: name }).getAttribute('value') as Promise<string>;
  const hisingen = `/namnd/${await idOf('Socialnämnden Hisingen')}/2022`;
  // Hisingen's 2022 has no risks; Nordost's 2023 fills the register, the matrix and the control plan.
  const nordost = `/namnd/${await idOf('Socialnämnden Nordost')}/2023`;
  await ready(page, url, hisingen);
  const indicator = await hrefMatching(page, /\/indikatorer\//);
  const followUp = await hrefMatching(page, /\/uppfoljning\/[^/]+$/);
  await ready(page, url, `${hisingen}/organisation`);
  const unit = await hrefMatching(page, /\/org\//);
  await ready(page, url, '/admin/anvandare');
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

/** Walks every page at the given width: axe (target size included) finds nothing and nothing scrolls sideways. */
export async function walkEveryPage(journey: LayoutsJourney, name: keyof typeof widths) {
  const { app, admin } = journey;
  const page = await admin.newPage();
  const pages = await collectPages(page, app.server.url);
  expect(pages).toHaveLength(22);
  await page.setViewportSize({ width: widths[name], height: 900 });
  for (const path of pages) {
    await ready(page, app.server.url, path);
    await expectAccessible(page);
    expect(await horizontalOverflow(page), `${path} at ${widths[name]} px`).toBeLessThanOrEqual(0);
  }
  await ready(page, app.server.url, pages[0] as string);
  await screenshot(page, `layouts-overview-${name}-${app.engine}`);
  await ready(page, app.server.url, pages[8] as string);
  await screenshot(page, `layouts-risks-${name}-${app.engine}`);
  await page.close();
}
