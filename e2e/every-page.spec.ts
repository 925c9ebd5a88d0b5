/**
 * Every built page, in every language, loaded once and checked for what every page owes
 * its readers: axe finds nothing in the light and the dark theme, every internal link and
 * anchor resolves, nothing loads from another origin, and at 320 px nothing scrolls
 * sideways. The list of pages comes from the build, so a new page is covered unasked.
 * (One load per page: axe, links and layout used to load each page three times.)
 */
import { test, expect, type APIRequestContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distDir } from './built-pages.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's time grows with the page: the long read takes seconds where an event page takes one. */
const timeFor = (path: string) => {
  const file = join(distDir, path.endsWith('/') ? `${path}index.html` : path);
  return 45_000 + Math.ceil(statSync(file).size / 10_000) * 3_000;
};

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')})`);
}

/** Ids on each fetched page, so each target page is read once per worker. */
const idsByPage = new Map<string, Set<string>>();

async function idsOf(request: APIRequestContext, path: string): Promise<Set<string> | undefined> {
  if (!idsByPage.has(path)) {
    const response = await request.get(path);
    if (!response.ok()) return undefined;
    idsByPage.set(path, new Set([...(await response.text()).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
  }
  return idsByPage.get(path);
}

async function brokenLinks(page: Page, request: APIRequestContext, origin: string): Promise<string[]> {
  // Attributes resolved by hand: an SVG <a>'s .href is not a string.
  const targets = await page.$$eval('[href], [src]', (elements) =>
    elements.map((el) => new URL(el.getAttribute('href') ?? el.getAttribute('src')!, document.baseURI).href),
  );
  const broken: string[] = [];
  for (const target of new Set(targets)) {
    const url = new URL(target);
    if (url.origin !== origin) continue;
    const ids = await idsOf(request, url.pathname);
    if (!ids && !(await request.get(url.pathname)).ok()) broken.push(`${url.pathname} (not found)`);
    else if (url.hash && !ids?.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${url.pathname}${url.hash} (no such anchor)`);
  }
  return broken;
}

for (const path of builtPages()) {
  test(`${path}: axe finds nothing in light and dark, every link resolves, nothing loads from elsewhere, nothing scrolls sideways at 320 px`, async ({ page, request, baseURL }) => {
    test.setTimeout(timeFor(path));
    const origin = new URL(baseURL!).origin;
    const offsite: string[] = [];
    page.on('request', (req) => {
      if (new URL(req.url()).origin !== origin) offsite.push(req.url());
    });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(offsite, 'requests to other origins').toEqual([]);

    expect(await axeViolations(page), 'axe, light theme').toEqual([]);
    // The colours follow color-scheme (CSS light-dark()), so the loaded page re-colours;
    // the dark --paper (#16181b) shows it has before axe looks again.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(22, 24, 27)');
    expect(await axeViolations(page), 'axe, dark theme').toEqual([]);

    expect(await brokenLinks(page, request, origin), 'broken links').toEqual([]);

    await page.setViewportSize({ width: 320, height: 640 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), { message: 'sideways scrolling at 320 px' }).toBeLessThanOrEqual(0);
  });
}
