import { test, expect } from '@playwright/test';
import { builtPages, isEmbedPage } from './built-pages.ts';

test('every page reads with JavaScript off', async ({ browser }) => {
  // One page load per built page: the time allowed grows with the site.
  test.setTimeout(30_000 + builtPages().length * 1_000);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of builtPages()) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // What needs a script (search, the timeline's controls, the embed's reader) takes no room without one.
    const needsScript = page.locator('[data-needs-script]');
    if (!isEmbedPage(path)) expect(await needsScript.count(), `${path}: the search button at least`).toBeGreaterThan(0);
    for (const element of await needsScript.all()) await expect(element).toHaveCSS('display', 'none');
  }
  await context.close();
});
