import { test, expect, type Page } from '@playwright/test';

/** The visible headings inside <main>, as [level, text]. */
const outline = (page: Page) =>
  page.locator('main').locator('h1, h2, h3, h4, h5, h6').evaluateAll((headings) =>
    headings.filter((h) => (h as HTMLElement).offsetParent !== null).map((h) => [Number(h.tagName[1]), h.textContent!.trim()] as [number, string]),
  );

/** Fails naming the heading where the outline skips a level or does not start at one h1. */
function expectSoundOutline(headings: [number, string][]) {
  expect(headings[0]?.[0], 'the page title comes first, as the one h1').toBe(1);
  expect(headings.filter(([level]) => level === 1)).toHaveLength(1);
  for (let i = 1; i < headings.length; i++) {
    const [level, text] = headings[i]!;
    expect(level, `"${text}" (h${level}) follows h${headings[i - 1]![0]}: no level skipped`).toBeLessThanOrEqual(headings[i - 1]![0] + 1);
  }
}

test.describe('the long read', () => {
  test('opens with an overview whose links land on at least five events', async ({ page }) => {
    await page.goto('/story/');
    const links = page.locator('.story-overview a[href^="#"]');
    const targets = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1)));
    expect(new Set(targets).size).toBeGreaterThanOrEqual(5);
    for (const id of targets) await expect(page.locator(`article.story-event[id="${id}"]`)).toHaveCount(1);
    await links.first().click();
    await expect(page.locator(`[id="${targets[0]}"] h3`)).toBeInViewport();
  });

  test('is told in chapters, each with a heading, a span, a reading time and its events in date order', async ({ page }) => {
    await page.goto('/story/');
    const chapters = page.locator('section.story-chapter');
    expect(await chapters.count()).toBeGreaterThanOrEqual(4);
    for (const chapter of await chapters.all()) {
      await expect(chapter.locator(':scope > h2')).toHaveCount(1);
      await expect(chapter.locator(':scope > .kicker')).toHaveText(/^Chapter \d+ · .+ · \d+ events · \d+ min read$/);
      await expect(chapter.locator(':scope > .prose-body p').first()).toBeVisible();
      await expect(chapter.locator(':scope > .back-to-contents a')).toHaveAttribute('href', '#toc-heading');
    }
    await expect(page.locator('header .lede')).toHaveText(/about \d+ minutes to read in full/);
    // The contents list chapters with their events and dates.
    await expect(page.locator('nav.toc > ol > li')).toHaveCount(await chapters.count());
    await expect(page.locator('nav.toc > ol > li').first().locator('ol .toc-date').first()).toHaveText(/\d{4}/);
  });

  test('has an outline with one h1 and no level skipped: the page, chapters, events, their sections', async ({ page }) => {
    await page.goto('/story/');
    const headings = await outline(page);
    expectSoundOutline(headings);
    expect(headings.filter(([level]) => level === 2).map(([, text]) => text)).toContain('Contents');
    expect(headings.some(([level]) => level === 3)).toBe(true);
    expect(headings.some(([level]) => level === 4)).toBe(true);
  });

  for (const id of ['2007-tkm-world-link', '2025-10-16-dmitriev-putin-trump-tunnel', '1904-siberia-alaska-railway']) {
    test(`the event page ${id} has an outline with one h1 and no level skipped`, async ({ page }) => {
      await page.goto(`/events/${id}/`);
      expectSoundOutline(await outline(page));
    });
  }

  test('a reader arriving at /story/#<event> lands on that event and sees its chapter', async ({ page }) => {
    await page.goto('/story/#2011-yakutsk-conference');
    const event = page.locator('article.story-event[id="2011-yakutsk-conference"]');
    await expect(event.locator('h3')).toBeInViewport();
    await expect(event.locator('.story-chapter-tag a')).toHaveText(/^Chapter \d+: /);
  });

  test('shows an event’s confidence after its opening, not before it', async ({ page }) => {
    await page.goto('/story/');
    const event = page.locator('article.story-event').first();
    const order = await event.evaluate((section) => {
      const opening = section.querySelector('.prose-body p')!;
      const badge = section.querySelector('.badge, [class*="confidence"]')!;
      return opening.compareDocumentPosition(badge) & Node.DOCUMENT_POSITION_FOLLOWING ? 'after' : 'before';
    });
    expect(order).toBe('after');
  });
});
