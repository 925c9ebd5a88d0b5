/**
 * Every built page, in every language, checked in a browser for what every page owes its
 * readers (e2e/support/page-checks.ts): axe in the light and the dark theme, nothing from
 * another origin, no layout shift while it loads at 1280 and 412 px, nothing sideways at
 * 320 px. The list of pages comes from the build, so a new page is covered unasked. Links
 * and anchors are checked without a browser, by e2e/subpath.test.ts's crawl of every page.
 */
import { test } from '@playwright/test';
import { builtPages } from './built-pages.ts';
import { checkEveryPageRule } from './support/page-checks.ts';

for (const path of builtPages()) {
  test(`${path}: axe finds nothing in light and dark, nothing loads from elsewhere, nothing moves while it loads, nothing scrolls sideways at 320 px`, async ({ page, baseURL }) => {
    test.setTimeout(60_000);
    await checkEveryPageRule(page, new URL(baseURL!).origin, path);
  });
}
