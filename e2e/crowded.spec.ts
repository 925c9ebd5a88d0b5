/**
 * A crowded timeline: the site built from 400 synthetic events (bench/synthetic-content.ts),
 * where the build leaves out marks lost among others. What every reader still gets there: a
 * link per event without JavaScript, keyboard travel through every event, deep links to an
 * event the build left out, zoom that draws the marks it makes room for, filters, and a
 * link under the pointer for a mark drawn quietly (src/lib/timeline/quiet-marks.ts).
 */
import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticContent } from '../bench/synthetic-content.ts';
import { buildSite } from './support/build-site.ts';
import { serve } from './support/static-server.ts';

const EVENTS = 400;

/** One build per worker, served on loopback; the tests run in one worker, in order. */
const test = base.extend<{}, { crowded: { origin: string; listed: string[]; drawn: string[] } }>({
  crowded: [
    async ({}, use) => {
      const work = mkdtempSync(join(tmpdir(), 'strait-crowded-'));
      writeSyntheticContent(join(work, 'content'), EVENTS);
      const result = buildSite({ CONTENT_DIR: join(work, 'content') }, work);
      if (result.status !== 0) throw new Error(`the crowded build failed:\n${result.output.slice(-3000)}`);
      const { server, origin } = await serve(result.dist);
      // What the build put in the page: every event in the list, the marks it drew in the SVG.
      const html = await (await fetch(`${origin}/timeline/`)).text();
      const ids = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1]!);
      const listed = ids(/<li[^>]*><a href="[^"]*" data-id="([^"]+)"/g);
      const drawn = ids(/<a class="tl-event[^"]*" href="[^"]*" data-id="([^"]+)"/g);
      await use({ origin, listed, drawn });
      server.close();
      rmSync(work, { recursive: true, force: true });
    },
    { scope: 'worker', timeout: 480_000 },
  ],
});
test.describe.configure({ mode: 'serial' });

const focusedId = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id);

test('the build draws only the marks that fit, and lists every event', async ({ crowded }) => {
  expect(crowded.listed).toHaveLength(EVENTS);
  expect(crowded.drawn.length).toBeLessThan(EVENTS);
  expect(crowded.drawn.length).toBeGreaterThan(0);
});

test('without JavaScript, the list under the timeline links every event', async ({ browser, crowded }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${crowded.origin}/timeline/`);
  const links = page.locator('.tl-list a');
  await expect(links).toHaveCount(EVENTS);
  await expect(links.first()).toBeVisible();
  await expect(links.last()).toBeVisible();
  await context.close();
});

test('with JavaScript, the list gives way to the timeline, and the keyboard reaches the last event', async ({ page, crowded }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${crowded.origin}/timeline/`);
  await expect(page.locator('.tl-list')).toBeHidden();
  await page.locator('.tl-svg a.tl-event[tabindex="0"]').focus();
  expect(await focusedId(page)).toBe(crowded.listed[0]);
  await page.keyboard.press('End');
  expect(await focusedId(page)).toBe(crowded.listed.at(-1));
  await expect(page.locator('[data-card]')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  expect(await focusedId(page)).toBe(crowded.listed.at(-2));
});

test('a deep link to an event the build left out draws it, selects it and opens its card', async ({ page, crowded }) => {
  const left = crowded.listed.find((id) => !crowded.drawn.includes(id))!;
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${crowded.origin}/timeline/#event=${left}`);
  const mark = page.locator(`.tl-svg a.tl-event[data-id="${left}"]`);
  await expect(mark).toBeVisible();
  await expect(mark).toHaveClass(/tl-selected/);
  await expect(mark).toHaveAttribute('tabindex', '0');
  const title = await page.locator(`.tl-list a[data-id="${left}"] span`).first().textContent();
  await expect(page.locator('[data-announce]')).toContainText(title!);
});

/** Where the drawn marks stand along the axis, in the SVG's units: links, and the shapes of quiet paths. */
const drawnAt = (page: Page) =>
  page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('.tl-svg')!;
    const links = [...svg.querySelectorAll('a.tl-event:not([display="none"])')].map((a) => Number(/translate\(([-\d.]+)/.exec(a.getAttribute('transform')!)![1]));
    // A dot's shape starts at its left edge ("M… a r"), a bar's 4 px in ("M… h…").
    const quiet = [...svg.querySelectorAll('.tl-quiet:not([display="none"])')].flatMap((path) =>
      [...path.getAttribute('d')!.matchAll(/M([-\d.]+) [-\d.]+(a([\d.]+)|h)/g)].map((m) => Number(m[1]) + (m[3] ? Number(m[3]) : -4)),
    );
    const [x0, x1] = svg.dataset.plot!.split(' ').map(Number);
    return { xs: [...links, ...quiet], x0: x0!, x1: x1! };
  });

test('zooming in draws marks the build left out; a filter leaves only its thread', async ({ page, crowded }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${crowded.origin}/timeline/`);
  // Three steps in about the middle show the middle eighth of the plot across the whole of it.
  const fit = await drawnAt(page);
  const middle = (fit.x0 + fit.x1) / 2;
  const [from, to] = [middle - (middle - fit.x0) / 8, middle + (fit.x1 - middle) / 8];
  const atFit = fit.xs.filter((x) => x >= from && x <= to).length;
  for (let i = 0; i < 3; i++) await page.locator('button[data-zoom="in"]').click();
  await expect
    .poll(async () => {
      const zoomed = await drawnAt(page);
      return zoomed.xs.filter((x) => x >= zoomed.x0 && x <= zoomed.x1).length;
    })
    .toBeGreaterThan(atFit);
  await page.locator('button[data-zoom="fit"]').click();
  for (const box of await page.locator('input[name="thread"]').all()) if ((await box.getAttribute('value')) !== 'tunnel') await box.uncheck();
  await expect(page).toHaveURL(/threads=tunnel/);
  const shown = page.locator('.tl-svg a.tl-event:not([display="none"]), .tl-svg .tl-quiet:not([display="none"])');
  const classes = await shown.evaluateAll((marks) => marks.map((mark) => mark.getAttribute('class')));
  expect(classes.length).toBeGreaterThan(0);
  expect(classes.every((c) => c!.includes('thread-tunnel'))).toBe(true);
});

test('while the reader zooms, quiet marks go without their outlines, and get them back once the view rests', async ({ page, crowded }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${crowded.origin}/timeline/`);
  const svg = page.locator('.tl-svg');
  await expect(svg.locator('.tl-quiet').first()).toBeAttached();
  const stroke = () => svg.evaluate((element) => getComputedStyle(element.querySelector('.tl-quiet')!).stroke);
  expect(await stroke()).not.toBe('none');
  // What the first quiet path's outline was while the view moved, seen by the page itself.
  await svg.evaluate((element) => {
    new MutationObserver(() => {
      if (element.classList.contains('tl-moving')) (window as any).strokeWhileMoving ??= getComputedStyle(element.querySelector('.tl-quiet')!).stroke;
    }).observe(element, { attributes: true, attributeFilter: ['class'] });
  });
  const box = (await svg.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 100);
  await page.mouse.wheel(0, -200);
  await expect.poll(() => page.evaluate(() => (window as any).strokeWhileMoving)).toBe('none');
  await expect(svg).not.toHaveClass(/tl-moving/);
  expect(await stroke()).not.toBe('none');
});

test('a mark drawn quietly becomes a link under the pointer, shows its card, and opens its page', async ({ page, crowded }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${crowded.origin}/timeline/`);
  const quiet = page.locator('.tl-svg .tl-quiet').first();
  await expect(quiet).toBeAttached();
  // The first shape of the first quiet path: its centre, on the page.
  await page.locator('.tl-svg').evaluate((svg) => svg.scrollIntoView({ block: 'center', behavior: 'instant' }));
  const point = await quiet.evaluate((path: SVGPathElement) => {
    const match = /M([-\d.]+) ([-\d.]+)(a([\d.]+)|h)/.exec(path.getAttribute('d')!)!;
    const box = path.ownerSVGElement!.getBoundingClientRect();
    return { x: box.left + Number(match[1]) + (match[4] ? Number(match[4]) : 4), y: box.top + Number(match[2]) + (match[4] ? 0 : 6) };
  });
  await page.mouse.move(point.x, point.y);
  const id = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest<HTMLElement>('a.tl-event')?.dataset.id, point);
  expect(id).toBeTruthy();
  const title = await page.locator(`.tl-list a[data-id="${id}"] span`).first().textContent();
  await expect(page.locator('[data-card]')).toContainText(title!);
  await page.mouse.click(point.x, point.y);
  await expect(page).toHaveURL(new RegExp(`/events/${id}/$`));
});
