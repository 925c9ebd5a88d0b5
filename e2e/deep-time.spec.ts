/**
 * A story from the Big Bang to the Moon landing (the TimelineJS sheet
 * e2e/fixtures/timelinejs/deep-time.csv, imported and built): its dates read as a reader
 * counts them, and its timeline is readable at fit, its axis broken by orders of magnitude.
 */
import { test as base, expect } from '@playwright/test';
import { DEEP_TIME_SITE } from './support/site-build.ts';
import { servedSite } from './support/served-site.ts';
import { checkEveryPageRule } from './support/page-checks.ts';

const test = base.extend<{}, { origin: string }>({ origin: servedSite(DEEP_TIME_SITE) });

test('the timeline at fit names every event, in date order from left to right, over ticks in years ago, BC and AD', async ({ page, origin }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${origin}/timeline/`);
  await expect(page.locator('.timeline[data-zoom="ready"]')).toBeAttached();
  const marks = await page.locator('a.tl-event').evaluateAll((links) =>
    links.map((link) => ({ id: link.getAttribute('data-id')!, x: link.getBoundingClientRect().x, label: link.querySelector('.tl-label')?.textContent ?? '' })),
  );
  expect(marks.map((m) => m.id)).toEqual([
    '13800000000-bc-fixture-universe-begins',
    '4540000000-bc-fixture-earth-forms',
    '3700000000-bc-fixture-first-life',
    '66000000-bc-fixture-dinosaurs-end',
    '300000-bc-fixture-first-people',
    '3400-bc-fixture-writing',
    '44-bc-fixture-ides-of-march',
    '1450-fixture-printing-press',
    '1969-fixture-moon-landing',
  ]);
  for (const mark of marks) expect(mark.label, `${mark.id} is named`).not.toBe('');
  expect(marks.map((m) => m.x)).toEqual([...marks.map((m) => m.x)].sort((a, b) => a - b));
  const ticks = await page.locator('.tl-tick text').allTextContents();
  expect(ticks.some((t) => /bn years ago$/.test(t)), ticks.join(', ')).toBe(true);
  expect(ticks.some((t) => / BC$/.test(t)), ticks.join(', ')).toBe(true);
  expect(ticks.some((t) => /^\d{4}$/.test(t)), ticks.join(', ')).toBe(true);
  await expect(page.locator('.tl-break')).toHaveCount(4);
  await expect(page.locator('.lede')).toContainText('The axis breaks between ages');
  await expect(page.locator('.lede')).not.toContainText('crowd into a few weeks');
});

test('a deep link to an event of 44 BC opens its card with its date in words', async ({ page, origin }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${origin}/timeline/#event=44-bc-fixture-ides-of-march`);
  await expect(page.locator('.tl-card')).toContainText('15 March 44 BC');
});

test('event pages, the story and the home page give deep dates in words, not as signed numbers', async ({ page, origin }) => {
  await page.goto(`${origin}/events/13800000000-bc-fixture-universe-begins/`);
  await expect(page.locator('main')).toContainText('13.8 billion years ago');
  await expect(page.locator('main')).toContainText('4.54 billion years ago');
  await page.goto(`${origin}/story/`);
  // A short story's counts in the singular where they are one.
  await expect(page.locator('.lede').first()).toContainText('9 events in 3 chapters, 13.8 billion years ago – 1969: about 1 minute to read in full');
  for (const words of ['66 million years ago', '300,000 BC', '3400–3100 BC', '15 March 44 BC']) await expect(page.locator('main')).toContainText(words);
  await expect(page.locator('main')).not.toContainText('-13800000000');
  await page.goto(`${origin}/`);
  await expect(page.locator('h1, main p').filter({ hasText: '13.8 billion years ago – 1969' }).first()).toBeVisible();
});

for (const path of ['/', '/timeline/', '/story/', '/events/44-bc-fixture-ides-of-march/', '/embed/']) {
  test(`the deep-time story’s ${path}: axe finds nothing in light and dark, nothing loads from elsewhere, nothing moves while it loads, nothing scrolls sideways at 320 px`, async ({ page, origin }) => {
    test.setTimeout(60_000);
    await checkEveryPageRule(page, origin, path);
  });
}
