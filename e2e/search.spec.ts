import { test as base, expect, type Page } from '@playwright/test';
import { axeViolations } from './support/axe.ts';
import { SUBPATH_SITE, siteBuild } from './support/site-build.ts';
import { serve } from './support/static-server.ts';

const BASE = SUBPATH_SITE.env.BASE_PATH;

/** The site built and served under a sub-path, once per worker. */
const test = base.extend<{}, { subpathSite: string }>({
  subpathSite: [
    async ({}, use) => {
      const { server, origin } = await serve(siteBuild(SUBPATH_SITE), { base: BASE });
      await use(`${origin}${BASE}`);
      server.close();
    },
    { scope: 'worker', timeout: 300_000 },
  ],
});

/** Every request the page makes from now on. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

test('nothing of the search loads until the reader opens it', async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto('/story/', { waitUntil: 'networkidle' });
  expect(requests.filter((url) => /pagefind|search/.test(url))).toEqual([]);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('dialog', { name: 'Search' })).toBeVisible();
  await page.getByLabel('Search the story, the events and the sources').fill('Abramovich');
  await expect.poll(() => requests.some((url) => url.includes('/pagefind/'))).toBe(true);
});

test('a reader finds an event by a word in it and opens it, by keyboard alone', async ({ page, baseURL }) => {
  const requests = recordRequests(page);
  await page.goto('/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  await expect(page.getByLabel('Search the story, the events and the sources')).toBeFocused();
  await page.keyboard.type('Herrenknecht');
  const result = dialog.getByRole('link', { name: /Abramovich/ });
  await expect(result).toBeVisible();
  await expect(dialog.getByRole('listitem').first()).toContainText('2008');
  await expect(dialog.locator('mark').first()).toHaveText(/Herrenknecht/i);
  await page.keyboard.press('Tab');
  await expect(result).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/events\/2008-abramovich-boring-machine\/$/);
  expect(requests.filter((url) => new URL(url).origin !== new URL(baseURL!).origin)).toEqual([]);
});

test('Escape closes the search and returns focus to the button', async ({ page }) => {
  await page.goto('/sources/');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Search' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Search' })).toBeFocused();
});

test('axe finds nothing with the search open and showing results', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByLabel('Search the story, the events and the sources').fill('tunnel');
  await expect(page.getByRole('dialog').getByRole('link').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('search works when the site is served from a sub-path', async ({ page, subpathSite }) => {
  await page.goto(subpathSite);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByLabel('Search the story, the events and the sources').fill('Gorbachev');
  const result = page.getByRole('dialog').getByRole('link', { name: /Lynne Cox/ });
  await expect(result).toBeVisible();
  await result.click();
  await expect(page).toHaveURL(new RegExp(`${BASE}events/1987-lynne-cox-swim/$`));
});
