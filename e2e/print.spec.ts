import { test, expect } from '@playwright/test';
import { builtPages } from './built-pages.ts';

test.describe('printing', () => {
  test('the story prints every source with its URL, and without the site navigation', async ({ page }) => {
    await page.goto('/story/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
    const printed = await page.locator('.references a.source-url').evaluateAll((links) =>
      links.map((a) => ({ href: a.getAttribute('href'), after: getComputedStyle(a, '::after').content })),
    );
    expect(printed.length).toBeGreaterThan(100);
    for (const { href, after } of printed) expect(after).toContain(href);
  });
});

test('every page reads with JavaScript off', async ({ browser }) => {
  // One page load per built page: the time allowed grows with the site.
  test.setTimeout(30_000 + builtPages().length * 1_000);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of builtPages()) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Controls that need a script stay out of the way without one.
    await expect(page.getByRole('button', { name: 'Search' })).toBeHidden();
  }
  await context.close();
});
