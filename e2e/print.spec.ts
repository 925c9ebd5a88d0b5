import { test, expect } from '@playwright/test';

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
