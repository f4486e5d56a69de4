import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { copyDemoTemplate } from '../test/demo-template.ts';
import { type ServerProcess, startServer } from '../test/server-process.ts';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
}

/**
 * The app as a user gets it: `styr serve` with demo data, serving the built web app. The server starts on a copy
 * of the run's demo installation (see test/demo-template.ts), as on a database where `npm start` loaded the demo.
 */
export async function startDemoServer(): Promise<{
  server: ServerProcess;
  engine: 'pglite' | 'postgres';
  cleanup: () => Promise<void>;
}> {
  const clusterUrl = inject('databaseUrl');
  const template = inject('demoTemplate');
  if (!template) throw new Error('The browser journeys need the demo template of test/global-setup.ts');
  const dir = mkdtempSync(join(tmpdir(), 'styr-e2e-'));
  const server = await startServer(await copyDemoTemplate(template, clusterUrl, join(dir, 'data')));
  return {
    server,
    engine: clusterUrl ? 'postgres' : 'pglite',
    cleanup: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The server and the browser of one journey file, there from its beforeAll to its afterAll. */
export interface Journey {
  app: Awaited<ReturnType<typeof startDemoServer>>;
  browser: Browser;
}

/** Starts the demo server and the browser before the file's tests and closes both after them. */
export function useJourney(): Journey {
  const journey = {} as Journey;
  beforeAll(async () => {
    journey.app = await startDemoServer();
    journey.browser = await launchBrowser();
  });
  afterAll(async () => {
    await journey.browser?.close();
    await journey.app?.cleanup();
  });
  return journey;
}

export interface Viewport {
  width: number;
  height: number;
}

/**
 * A new browser context as a Swedish user has it: locale sv-SE, and the viewport given (Playwright's default
 * without one).
 */
export function newSwedishContext(
  journey: Journey,
  viewport?: Viewport,
  options: BrowserContextOptions = {},
) {
  return journey.browser.newContext({ locale: 'sv-SE', ...(viewport && { viewport }), ...options });
}

/** A page in a new Swedish context (see newSwedishContext), signed in as `email`, on the start page. */
export async function signedInPage(
  journey: Journey,
  email: string,
  viewport?: Viewport,
  options?: BrowserContextOptions,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newSwedishContext(journey, viewport, options);
  const page = await context.newPage();
  await signIn(page, journey.app.server.url, email);
  await reachStartPage(page);
  return { context, page };
}

export const demoPassword = 'styr-demo-2026';

export async function signIn(page: Page, baseUrl: string, email: string) {
  await page.goto(`${baseUrl}/logga-in`);
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(demoPassword);
  await page.getByRole('button', { name: 'Logga in' }).click();
}

/**
 * Fails the test on any WCAG 2.1 A/AA violation axe-core finds on the page as it is now, and on targets smaller
 * than 24 × 24 px (WCAG 2.2 AA target size).
 */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map((violation) => ({
    id: violation.id,
    help: violation.help,
    nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
  }));
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Screenshots land in screenshots/ (ignored by git) so a person can look at what the journey saw. */
export async function screenshot(page: Page, name: string) {
  mkdirSync('screenshots', { recursive: true });
  await page.screenshot({ path: join('screenshots', `${name}.png`), fullPage: true });
}

/** A screenshot of one part of the page, where a full page is too long to look at. */
export async function screenshotOf(locator: Locator, name: string) {
  mkdirSync('screenshots', { recursive: true });
  await locator.screenshot({ path: join('screenshots', `${name}.png`) });
}

/** Selects the option whose visible text, trimmed of indentation, is `text`. */
export async function selectByText(select: Locator, text: string) {
  const value = await select.evaluate(
    (element, wanted) =>
      [...(element as HTMLSelectElement).options].find(
        (option) => option.text.replace(/\s+/g, ' ').trim() === wanted,
      )?.value,
    text,
  );
  if (value === undefined) throw new Error(`no option "${text}"`);
  await select.selectOption(value);
}

/**
 * With a decision, first enters its date and paragraph in the dialog. Then acknowledges what the adoption
 * checklist says is missing, clicks Fastställ in the adoption dialog and waits for
 * the server's answer: adoption renders and archives the documents, which takes as long as the machine needs, so
 * the test waits for that event rather than a guessed time.
 */
export async function confirmAdoption(
  page: Page,
  dialog: Locator,
  decision?: { date: string; paragraph: string },
) {
  if (decision) {
    await fillDate(dialog, 'Beslutsdatum', decision.date);
    await dialog.getByLabel('Paragraf').fill(decision.paragraph);
  }
  await dialog
    .getByRole('heading', { name: 'Innehåll' })
    .or(dialog.getByText('Inget saknas.'))
    .first()
    .waitFor();
  const acknowledge = dialog.getByLabel('Jag har sett det som saknas och vill fastställa dokumentet ändå');
  if ((await acknowledge.count()) > 0) await acknowledge.check();
  const answer = page.waitForResponse(
    (response) =>
      response.request().method() === 'POST' &&
      /\/documents\/[^/]+\/status$/.test(new URL(response.url()).pathname),
    { timeout: 0 },
  );
  await dialog.getByRole('button', { name: 'Fastställ', exact: true }).click();
  expect((await answer).status()).toBe(200);
}

/**
 * After signing in: the start page, with a section for each of the person's roles, once it has its summary
 * (which also sets the committee and year the left column offers).
 */
export async function reachStartPage(page: Page) {
  await page.waitForURL((url) => url.pathname === '/');
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Välkommen, /);
  await expect.poll(() => page.locator('main .loading').count()).toBe(0);
}

/** Types an ISO date ("2026-03-15") into the date picker labelled `label`, part by part as a person does. */
export async function fillDate(scope: Page | Locator, label: string, iso: string) {
  const field = scope.getByRole('group', { name: label, exact: true });
  await field.getByRole('spinbutton').first().click();
  await field.page().keyboard.type(iso.replaceAll('-', ''));
}

/**
 * From the left column: picks the committee and the year, presses Visa and waits for the year's overview.
 * Returns the overview's address.
 */
export async function openCommitteeYear(page: Page, committee: string, year: number) {
  await page.getByLabel('Nämnd', { exact: true }).selectOption({ label: committee });
  await page.getByLabel('År', { exact: true }).selectOption(String(year));
  await page.getByRole('button', { name: 'Visa' }).click();
  await page.waitForURL(new RegExp(`/namnd/[^/]+/${year}$`));
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(`${committee} ${year}`);
  return page.url();
}

/**
 * The committee named `committee` in the org tree of the signed-in person's municipality, asked of the API in
 * the page's session: the ids, for calls to the API, and the address of the committee's `year`.
 */
export async function findCommitteeYear(page: Page, committee: string, year: number) {
  const { municipalityId, committeeId } = await page.evaluate(async (name) => {
    const me = await (await fetch('/api/auth/me')).json();
    const tree = await (await fetch(`/api/municipalities/${me.municipality.id}/org-tree`)).json();
    const node = tree.nodes.find((candidate: { name: string }) => candidate.name === name);
    return { municipalityId: me.municipality.id as string, committeeId: node?.id as string | undefined };
  }, committee);
  if (!committeeId) throw new Error(`no committee "${committee}" in the org tree`);
  return { municipalityId, committeeId, url: `${new URL(page.url()).origin}/namnd/${committeeId}/${year}` };
}

/**
 * Adopts the plan of a committee's year through the API in the page's session, with the committee's decision,
 * as set-up for what a journey does after it; returns the answer's HTTP status.
 */
export function adoptPlanThroughApi(
  page: Page,
  committeeId: string,
  year: number | string,
  decision: { date: string; paragraph: string },
) {
  return page.evaluate(
    async ({ committeeId, year, decision }) => {
      const me = await (await fetch('/api/auth/me')).json();
      const url = `/api/municipalities/${me.municipality.id}/committees/${committeeId}/years/${year}`;
      const view = await (await fetch(url)).json();
      const plan = view.documents.find((entry: { document: string }) => entry.document === 'plan');
      const response = await fetch(`${url}/documents/plan/status`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({ version: plan.version, status: 'adopted', decision }),
      });
      return response.status;
    },
    { committeeId, year, decision },
  );
}

/**
 * Clicks the link named `name` in `scope` (a part of the page, or all of it) and waits for the page it leads to,
 * the one whose heading is the link's words.
 */
export async function followLinkTo(scope: Page | Locator, name: string) {
  const page = 'goto' in scope ? scope : scope.page();
  await scope.getByRole('link', { name }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(name);
}

/** Opens one of the pages of the committee's year, from the year's own navigation (Nämndens sidor). */
export function openCommitteePage(page: Page, name: string) {
  return followLinkTo(page.getByRole('navigation', { name: 'Nämndens sidor' }), name);
}
