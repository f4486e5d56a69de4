import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, signedInPage } from './browser.ts';
import { horizontalOverflow, ready, useLayoutsJourney, walkEveryPage, widths } from './layouts.ts';

const journey = useLayoutsJourney();

describe('every page of the app, as the administrator sees it on a phone', () => {
  it(`passes axe, target size included, at ${widths.phone} px and does not scroll sideways`, async () => {
    await walkEveryPage(journey, 'phone');
  });
});

describe('the sidebar on a phone', () => {
  it('waits behind the menu button, opens and closes by keyboard, and a controller’s pages fit', async () => {
    const { app } = journey;
    const { context, page } = await signedInPage(journey, 'controller@goteborg.example', {
      width: widths.phone,
      height: 844,
    });

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
      await ready(page, app.server.url, path);
      await expectAccessible(page);
      expect(await horizontalOverflow(page), path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});
