/**
 * The Russian timeline over a chronology that is only partly translated (the fixture of
 * e2e/translations.test.ts): an event not yet translated is shown in English, and marked as
 * English wherever the script writes its words, so that a screen reader reads them as such.
 */
import { test as base, expect } from '@playwright/test';
import { MINIMAL_SITE } from './support/site-build.ts';
import { servedSite } from './support/served-site.ts';

const test = base.extend<{}, { origin: string }>({ origin: servedSite(MINIMAL_SITE) });

test.use({ viewport: { width: 1280, height: 900 } });

test('an untranslated event’s card and announcement mark its English title and summary as English', async ({ page, origin }) => {
  await page.goto(`${origin}/ru/timeline/#event=2007-second`);
  const card = page.locator('[data-card]');
  await expect(card.locator('.tl-card-summary')).toHaveText('A fixture event with a day date and a claim.');
  await expect(card.locator('.tl-card-summary')).toHaveAttribute('lang', 'en');
  await expect(card.locator('.tl-card-title')).toHaveText('Second fixture event');
  await expect(card.locator('.tl-card-title')).toHaveAttribute('lang', 'en');
  // The date label is the page's own, in Russian.
  await expect(card.locator('.tl-card-date')).not.toHaveAttribute('lang', /./);
  await expect(page.locator('[data-announce] span[lang="en"]')).toHaveText('Second fixture event');
});

test('a translated event’s card carries no language of its own', async ({ page, origin }) => {
  await page.goto(`${origin}/ru/timeline/#event=1890-first`);
  const card = page.locator('[data-card]');
  await expect(card.locator('.tl-card-summary')).toBeVisible();
  await expect(card.locator('[lang]')).toHaveCount(0);
  await expect(page.locator('[data-announce] [lang]')).toHaveCount(0);
});
