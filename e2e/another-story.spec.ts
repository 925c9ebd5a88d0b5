/**
 * Another story's every page (the TimelineJS fixture, imported and built: see
 * e2e/another-story.test.ts), held to what every page of this site owes its readers
 * (e2e/support/page-checks.ts): axe in light and dark, nothing from another origin, no layout
 * shift while it loads, nothing sideways at 320 px.
 */
import { test as base, expect } from '@playwright/test';
import { ANOTHER_STORY_SITE, siteBuild } from './support/site-build.ts';
import { servedSite } from './support/served-site.ts';
import { builtPages } from './built-pages.ts';
import { checkEveryPageRule } from './support/page-checks.ts';
import { axeViolations } from './support/axe.ts';

const test = base.extend<{}, { origin: string }>({ origin: servedSite(ANOTHER_STORY_SITE) });

// The page list is read when the tests are collected: the build must exist by then.
for (const path of builtPages(siteBuild(ANOTHER_STORY_SITE))) {
  test(`another story’s ${path}: axe finds nothing in light and dark, nothing loads from elsewhere, nothing moves while it loads, nothing scrolls sideways at 320 px`, async ({ page, origin }) => {
    test.setTimeout(60_000);
    await checkEveryPageRule(page, origin, path);
  });
}

test('the embed’s reading mode shows a slide’s media: a web address as a link in a new tab, a local image at its own size', async ({ page, origin }) => {
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(`${origin}/embed/`);
  const card = page.locator('[data-reader-card]');
  await page.locator('a.tl-event[data-id="1862-first-fixture-fair"]').click();
  await expect(card.getByRole('link', { name: /^See it on youtube\.com/ })).toHaveAttribute('target', '_blank');
  await expect(card).toContainText('A film about fairs');
  await page.locator('a.tl-event[data-id="1950-fixture-museum-opens"]').click();
  await expect(card.getByRole('img', { name: 'A small drawing of a museum' })).toHaveAttribute('width', /^\d+$/);
  expect(await axeViolations(page)).toEqual([]);
});

test('the title slide’s picture stands on the home page and under the overview, at its own size, with its caption and credit', async ({ page, origin }) => {
  for (const path of ['/', '/story/']) {
    await page.goto(`${origin}${path}`);
    await expect(page.getByRole('img', { name: 'A sketch map of Fixture Town' })).toHaveAttribute('width', /^\d+$/);
    await expect(page.locator('figure.event-media').first()).toContainText('Fixture Town archive');
  }
});
