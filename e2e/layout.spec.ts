import { test, expect } from '@playwright/test';
import { builtPages } from './built-pages.ts';

test.describe('on a 320 px wide screen', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of builtPages()) {
    test(`${path} needs no sideways scrolling`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

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

/** Pages with something interactive: the timeline, the embed builder, embeds. The rest need no script. */
const needsScript = (path: string) => ['/', '/timeline/'].includes(path) || /^\/(events|embed)\//.test(path);

test('every page reads with JavaScript off, and only interactive pages ship a script', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of builtPages()) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const scripts = await page.locator('script[src], script[type="module"]').count();
    expect(scripts > 0, `${path} ships a script`).toBe(needsScript(path));
  }
  await context.close();
});
