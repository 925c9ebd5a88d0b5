/**
 * The Hebrew edition of e2e/right-to-left.test.ts in a browser: the page mirrors, while the
 * timeline keeps time running left to right with its labels, lanes and card reading right to
 * left in the boxes they have in English; and axe finds nothing.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { axeViolations } from './support/axe.ts';
import { RIGHT_TO_LEFT_SITE } from './support/site-build.ts';
import { servedSite } from './support/served-site.ts';

const test = base.extend<{}, { origin: string }>({ origin: servedSite(RIGHT_TO_LEFT_SITE) });

test.use({ viewport: { width: 1280, height: 900 } });

/** Each drawn event's label and mark, and each lane's label, as boxes relative to the SVG, with the label's direction. */
function timelineBoxes(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('.tl-svg')!;
    const frame = svg.getBoundingClientRect();
    const box = (element: Element) => {
      const r = element.getBoundingClientRect();
      return { x0: r.left - frame.left, x1: r.right - frame.left, width: frame.width };
    };
    return {
      events: [...svg.querySelectorAll('a.tl-event')].map((a) => ({
        id: (a as SVGAElement).dataset.id!,
        mark: box(a.querySelector('.tl-mark')!),
        label: box(a.querySelector('.tl-label')!),
        direction: getComputedStyle(a.querySelector('.tl-label')!).direction,
      })),
      lanes: [...svg.querySelectorAll('.tl-lane-label')].map((label) => ({ ...box(label), direction: getComputedStyle(label).direction })),
    };
  });
}

test('the timeline runs left to right in Hebrew, its labels read right to left where they stand in English', async ({ page, origin }) => {
  await page.goto(`${origin}/timeline/`);
  await expect(page.locator('.tl-svg a.tl-event')).toHaveCount(2);
  const english = await timelineBoxes(page);
  await page.goto(`${origin}/he/timeline/`);
  await expect(page.locator('.tl-svg a.tl-event')).toHaveCount(2);
  const hebrew = await timelineBoxes(page);

  // Time runs left to right: the earlier event's mark stands left of the later one's.
  const mark = (id: string) => hebrew.events.find((e) => e.id === id)!.mark;
  expect(mark('1890-first').x1).toBeLessThan(mark('2007-second').x0);
  for (const event of hebrew.events) {
    const inEnglish = english.events.find((e) => e.id === event.id)!;
    expect(event.direction, event.id).toBe('rtl');
    // On the side of its mark the English label takes, clear of the mark, inside the drawing.
    const right = (e: typeof event) => e.label.x0 >= e.mark.x1 - 1;
    expect(right(event), `${event.id}: label on the same side of its mark as in English`).toBe(right(inEnglish));
    expect(event.label.x1 <= event.mark.x0 + 1 || event.label.x0 >= event.mark.x1 - 1, `${event.id}: label clear of its mark`).toBe(true);
    expect(event.label.x0).toBeGreaterThanOrEqual(0);
    expect(event.label.x1).toBeLessThanOrEqual(event.label.width);
  }
  for (const [i, lane] of hebrew.lanes.entries()) {
    expect(lane.direction).toBe('rtl');
    // In the lane's margin at the left, where the English lane name stands.
    expect(lane.x0).toBeGreaterThanOrEqual(english.lanes[i]!.x0 - 1);
    expect(lane.x0).toBeLessThan(100);
  }
});

test('the timeline’s card reads right to left and stays on screen, its date written in Hebrew', async ({ page, origin }) => {
  await page.goto(`${origin}/he/timeline/#event=2007-second`);
  const card = page.locator('[data-card]');
  await expect(card).toBeVisible();
  await expect(card).toContainText('18 באפריל 2007');
  expect(await card.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
  const box = (await card.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(1280);
  expect(await axeViolations(page)).toEqual([]);
});

test('the page chrome mirrors: the site’s name and the heading stand where the English ones do, seen in a mirror', async ({ page, origin }) => {
  const edges = async (path: string) => {
    await page.goto(origin + path);
    const name = (await page.locator('header a').first().boundingBox())!;
    const heading = (await page.locator('h1').boundingBox())!;
    return { name: [name.x, name.x + name.width], heading: [heading.x, heading.x + heading.width] };
  };
  const english = await edges('/events/2007-second/');
  const hebrew = await edges('/he/events/2007-second/');
  // The English ones start at the left, x from the left edge; the Hebrew ones end as far from the right.
  expect(Math.abs(1280 - hebrew.name[1]! - english.name[0]!)).toBeLessThanOrEqual(2);
  expect(Math.abs(1280 - hebrew.heading[1]! - english.heading[0]!)).toBeLessThanOrEqual(2);
});

for (const path of ['/he/', '/he/story/', '/he/events/2007-second/', '/he/sources/']) {
  test(`axe finds nothing on ${path}`, async ({ page, origin }) => {
    await page.goto(origin + path);
    expect(await axeViolations(page)).toEqual([]);
  });
}
