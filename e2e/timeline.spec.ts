import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from './support/axe.ts';

/** The event ids of the story, in date order. */
async function storyOrder(page: Page): Promise<string[]> {
  await page.goto('/story/');
  return page.locator('article.story-event').evaluateAll((sections) => sections.map((s) => s.id));
}

const marks = (page: Page) => page.locator('.tl-svg a.tl-event');
const tickLabels = (page: Page) => page.locator('.tl-tick text').allTextContents();
/** True when the axis is labelled by day only ("16 Oct"): the view is inside the crowded weeks. */
const byDayOnly = (ticks: string[]) => ticks.length > 0 && ticks.every((label) => /^\d{1,2} [A-Z][a-z]{2}$/.test(label));

/**
 * Clicks the button that jumps to the crowded weeks and looks one frame later: whether a d3 transition is running on
 * the SVG (d3 keeps active transitions on the node), and the axis labels then.
 */
const zoomToLatestAndLookOneFrameLater = async (page: Page) => {
  // Zooming loads on demand (when idle, or at the first gesture): look once it is there.
  await page.locator('.timeline[data-zoom="ready"]').waitFor({ state: 'attached' });
  return page.evaluate(
    () =>
      new Promise<{ transitioning: boolean; ticks: string[] }>((resolve) => {
        document.querySelector<HTMLButtonElement>('button[data-zoom="latest"]')!.click();
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            resolve({
              transitioning: Object.keys((document.querySelector('.tl-svg') as any).__transition ?? {}).length > 0,
              ticks: [...document.querySelectorAll('.tl-tick text')].map((t) => t.textContent!),
            }),
          ),
        );
      }),
  );
};

test.describe('the timeline', () => {
  test('with JavaScript off, shows one link per event, each to its event page', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const ids = await storyOrder(page);
    await page.goto('/timeline/');
    await expect(marks(page)).toHaveCount(ids.length);
    const hrefs = await marks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(ids.map((id) => `/events/${id}/`));
    await expect(marks(page).first()).toHaveAttribute('aria-label', /, 1857–1867$/);
    await expect(page.locator('[data-controls]')).toHaveCSS('display', 'none');
    await context.close();
  });

  test('names in the page every module the timeline needs at first, so that none waits for another to arrive', async ({ page }) => {
    const response = await page.goto('/timeline/');
    const html = await response!.text();
    const named = new Set([...html.matchAll(/<(?:script type="module" src|link rel="modulepreload" href)="([^"]+)"/g)].map((m) => m[1]!));
    await page.waitForFunction(() => performance.getEntriesByName('timeline-interactive').length > 0);
    // Those requested before the timeline was interactive; zooming and search load later, on demand.
    const atFirst = await page.evaluate(() => {
      const interactive = performance.getEntriesByName('timeline-interactive')[0]!.startTime;
      return performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js') && e.startTime < interactive).map((e) => new URL(e.name).pathname);
    });
    expect(atFirst.some((path) => /\/timeline\.[^/]+\.js$/.test(path))).toBe(true);
    expect(atFirst.filter((path) => !named.has(path))).toEqual([]);
  });

  test('its events are one tab stop; arrow keys, Home and End visit them in date order', async ({ page }) => {
    const ids = await storyOrder(page);
    await page.goto('/timeline/');
    await page.locator('button[data-zoom="latest"]').focus();
    await page.keyboard.press('Tab');
    const focusedId = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id);
    expect(await focusedId()).toBe(ids[0]);
    const visited = [await focusedId()];
    for (let i = 1; i < ids.length; i++) {
      await page.keyboard.press('ArrowRight');
      visited.push(await focusedId());
    }
    expect(visited).toEqual(ids);
    await page.keyboard.press('Home');
    expect(await focusedId()).toBe(ids[0]);
    await page.keyboard.press('End');
    expect(await focusedId()).toBe(ids.at(-1));
    // One tab stop for the events: Tab goes on to the crowds' controls, if any, then leaves the timeline.
    await page.keyboard.press('Tab');
    const crowds = await page.locator('.tl-crowd[role="button"]').count();
    for (let i = 0; i < crowds; i++) {
      expect(await page.evaluate(() => document.activeElement?.classList.contains('tl-crowd'))).toBe(true);
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.closest('.tl-svg') === null)).toBe(true);
  });

  test('Enter on a focused event opens its page', async ({ page }) => {
    await page.goto('/timeline/#event=2007-tkm-world-link');
    await page.locator('.tl-svg a[data-id="2007-tkm-world-link"]').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/events\/2007-tkm-world-link\/$/);
  });

  test('a focused event shows its details card without covering it, and announces title and date', async ({ page }) => {
    await page.goto('/timeline/');
    await page.locator('button[data-zoom="latest"]').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('End');
    const last = (await page.locator('.tl-list li:last-child time').textContent())!;
    const card = page.locator('[data-card]');
    await expect(card).toBeVisible();
    await expect(card).toContainText(last);
    await expect(page.locator('[data-announce]')).toHaveText(new RegExp(`, ${last}$`));
    const focused = await page.locator('.tl-svg a:focus .tl-mark').boundingBox();
    const box = await card.boundingBox();
    const overlaps = focused!.x < box!.x + box!.width && focused!.x + focused!.width > box!.x && focused!.y < box!.y + box!.height && focused!.y + focused!.height > box!.y;
    expect(overlaps).toBe(false);
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
  });

  test('a deep link selects its event, centres it and follows the selection', async ({ page }) => {
    await page.goto('/timeline/#event=1958-lin-intercontinental-peace-bridge');
    const mark = page.locator('.tl-svg a[data-id="1958-lin-intercontinental-peace-bridge"]');
    await expect(mark).toHaveClass(/tl-selected/);
    await expect(page.locator('[data-card]')).toContainText('Intercontinental Peace Bridge');
    const frame = (await page.locator('[data-frame]').boundingBox())!;
    const markBox = (await mark.locator('.tl-mark').boundingBox())!;
    expect(Math.abs(markBox.x + markBox.width / 2 - (frame.x + frame.width / 2))).toBeLessThan(frame.width / 4);
    await mark.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/#event=1959-magnuson-highway-to-russia$/);
  });

  test('zoom buttons change the visible span', async ({ page }) => {
    await page.goto('/timeline/');
    const start = await tickLabels(page);
    expect(start).toContain('1900');
    await page.locator('button[data-zoom="latest"]').click();
    // Once the (animated) zoom has landed, only days are labelled.
    await expect.poll(async () => byDayOnly(await tickLabels(page))).toBe(true);
    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect.poll(() => tickLabels(page)).toEqual(start);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => tickLabels(page)).not.toEqual(start);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(() => tickLabels(page)).toEqual(start);
  });

  test('thread filters hide and show lanes, and the URL keeps them', async ({ page }) => {
    await page.goto('/timeline/');
    const railway = page.locator('.tl-svg a.tl-event.thread-railway').first();
    await expect(railway).toBeVisible();
    await page.getByRole('checkbox', { name: 'Railway' }).uncheck();
    await expect(page.locator('.tl-lane[data-thread="railway"]')).toHaveCount(0);
    await expect(railway).toBeHidden();
    await expect(page).toHaveURL(/threads=bridge,tunnel,corridor,politics,context/);
    await page.getByRole('checkbox', { name: 'Core events only' }).check();
    await expect(page).toHaveURL(/core=1/);
    await expect(page.locator('.tl-svg a.tl-event:visible')).toHaveCount(4);
    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Railway' })).not.toBeChecked();
    await expect(page.locator('.tl-svg a.tl-event:visible')).toHaveCount(4);
    await page.getByRole('checkbox', { name: 'Railway' }).check();
    await page.getByRole('checkbox', { name: 'Core events only' }).uncheck();
    await expect(page.locator('.tl-lane[data-thread="railway"]')).toHaveCount(1);
    await expect(railway).toBeVisible();
  });

  test('where events crowd without labels, a "+N" control says how many, and zooms to them by keyboard', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 1024, height: 900 });
    await page.goto('/timeline/');
    await page.locator('.timeline[data-zoom="ready"]').waitFor({ state: 'attached' });
    const crowds = page.getByRole('button', { name: /^Show \d+ more events? up close/ });
    expect(await crowds.count()).toBeGreaterThan(0);
    const crowd = crowds.last();
    const count = Number((await crowd.textContent())!.replace('+', ''));
    const name = await crowd.getAttribute('aria-label');
    expect(name).toMatch(new RegExp(`^Show ${count} more events up close, .+\\d{4}$`));
    const first = (await crowd.getAttribute('data-first'))!;
    await crowd.focus();
    await page.keyboard.press('Enter');
    // It zooms in: the axis reads by day, the focus moves to the first of the events, which the page announces.
    await expect.poll(() => tickLabels(page).then(byDayOnly)).toBe(true);
    const focused = page.locator(`.tl-svg a.tl-event[data-id="${first}"]`);
    await expect(focused).toBeFocused();
    await expect(page.locator('[data-announce]')).not.toBeEmpty();
    // They are spread out now: the crowd it named is gone.
    expect(await page.getByRole('button', { name: name! }).count()).toBe(0);
  });

  test('a "+N" control shows only where labels are missing: none when every shown event is named', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/timeline/#core=1');
    await page.locator('.timeline[data-zoom="ready"]').waitFor({ state: 'attached' });
    await expect(page.locator('.tl-svg a.tl-event')).not.toHaveCount(0);
    await expect(page.locator('.tl-crowd')).toHaveCount(0);
  });

  test('unknown options in the URL are ignored', async ({ page }) => {
    await page.goto('/timeline/#event=%3Cimg%20src%3Dx%3E&threads=ferry&core=maybe');
    await expect(page.locator('.tl-lane')).toHaveCount(6);
    await expect(page.locator('.tl-svg a.tl-event.tl-selected')).toHaveCount(0);
    await expect(page.locator('img')).toHaveCount(0);
  });

  test('with reduced motion, a zoom lands at once, without an animated transition', async ({ browser }) => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto('/timeline/');
    const { transitioning, ticks } = await zoomToLatestAndLookOneFrameLater(page);
    expect(transitioning).toBe(false);
    expect(byDayOnly(ticks), ticks.join(', ')).toBe(true);
    await context.close();
  });

  test('without reduced motion, the same zoom is animated', async ({ page }) => {
    await page.goto('/timeline/');
    const { transitioning, ticks } = await zoomToLatestAndLookOneFrameLater(page);
    expect(transitioning).toBe(true);
    expect(byDayOnly(ticks), 'one frame in, the zoom is still under way').toBe(false);
    await expect.poll(async () => byDayOnly(await tickLabels(page))).toBe(true);
  });

  test('hovering an event shows its card, which stays while hovered and goes when the pointer leaves', async ({ page }) => {
    await page.clock.install();
    await page.goto('/timeline/');
    await page.locator('.tl-svg a[data-id="2007-tkm-world-link"] .tl-mark').hover();
    const card = page.locator('[data-card]');
    await expect(card).toContainText('Russia’s 2007 plan');
    // The summary comes from a file of its own, fetched when the page is idle or the card needs it.
    const { events } = await (await page.request.get('/data/events.json')).json();
    const { summary } = events.find((e: { id: string }) => e.id === '2007-tkm-world-link');
    await expect(card.locator('.tl-card-summary')).toHaveText(summary);
    await card.hover();
    await page.clock.runFor(2000); // well past the card's hide delay, on a fake clock
    await expect(card).toBeVisible();
    await page.locator('h1').hover();
    await page.clock.runFor(2000);
    await expect(card).toBeHidden();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds nothing on the enhanced timeline with a card open, ${colorScheme}`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto('/timeline/#event=2007-tkm-world-link');
      await expect(page.locator('[data-card]')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }
});

test.describe('on a 375 px wide screen', () => {
  test.use({ viewport: { width: 375, height: 700 }, hasTouch: true });
  test('the timeline runs vertically, one link per event in date order', async ({ page }) => {
    const ids = await storyOrder(page);
    await page.goto('/timeline/');
    await expect(page.locator('.tl-svg')).toBeHidden();
    const list = page.getByRole('list', { name: 'Events in date order' });
    await expect(list).toBeVisible();
    const hrefs = await list.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(ids.map((id) => `/events/${id}/`));
    await list.getByRole('link').first().tap();
    await expect(page).toHaveURL(new RegExp(`/events/${ids[0]}/$`));
  });
});
