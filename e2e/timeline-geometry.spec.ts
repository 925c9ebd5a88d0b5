/**
 * What a reader sees of the timeline, measured in Chromium: in every state (fit, each zoom
 * step, the crowded weeks, deep links, filters, several widths, the home page, the embed,
 * JavaScript off), nothing visible is drawn over anything else and no label is cut by the
 * plot. The unit tests check the layout's arithmetic; this checks the drawing, with the
 * browser's real text widths. A failure names what overlaps or is cut.
 */
import { test, expect, type Page } from '@playwright/test';
import { ANOTHER_STORY_SITE, DEEP_TIME_SITE, siteBuild } from './support/site-build.ts';
import { serve } from './support/static-server.ts';

interface Box {
  what: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** The boxes of everything visible in the first timeline on the page, in page pixels. */
async function drawing(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('.tl-svg')!;
    const shown = (element: Element) => {
      for (let node: Element | null = element; node && node !== svg; node = node.parentElement) {
        if (node.getAttribute('display') === 'none' || getComputedStyle(node).display === 'none') return false;
      }
      return getComputedStyle(element).visibility !== 'hidden';
    };
    const box = (element: Element, what: string, pad = 0) => {
      const r = element.getBoundingClientRect();
      return { what, x0: r.left - pad, x1: r.right + pad, y0: r.top - pad, y1: r.bottom + pad };
    };
    const events = [...svg.querySelectorAll<SVGAElement>('a.tl-event')].filter(shown);
    const labels = events
      .map((a) => a.querySelector('.tl-label'))
      .filter((label): label is SVGTextElement => label !== null && shown(label) && label.textContent!.trim() !== '')
      .map((label) => {
        // Glyph boxes, not the line box: the text's height is its font size.
        const r = label.getBoundingClientRect();
        const size = parseFloat(getComputedStyle(label).fontSize);
        const middle = (r.top + r.bottom) / 2;
        return { what: `label "${label.textContent}" (${label.closest('a')!.dataset.id})`, x0: r.left, x1: r.right, y0: middle - size / 2, y1: middle + size / 2 };
      });
    const marks = events.map((a) => box(a.querySelector('.tl-mark')!, `mark ${a.dataset.id}`));
    const groups = [...svg.querySelectorAll<SVGGElement>('g.tl-alts')].filter(shown);
    const diamonds = groups.flatMap((g) => [...g.querySelectorAll('.tl-alt')].map((d) => box(d, `date diamond of ${g.dataset.for}`)));
    // A dotted date line is a hairline: give it the height a reader sees.
    const lines = groups.flatMap((g) => [...g.querySelectorAll('.tl-alt-link')].map((l) => box(l, `date line of ${g.dataset.for}`, 1)));
    const ticks = [...svg.querySelectorAll('.tl-tick text')].filter(shown).map((t) => box(t, `tick "${t.textContent}"`));
    const breakMarks = [...svg.querySelectorAll('.tl-break')].filter(shown).map((b, i) => box(b, `axis break ${i + 1}`));
    const crowds = [...svg.querySelectorAll('.tl-crowd')].filter(shown).map((c) => box(c, `crowd control "${c.textContent}"`));
    // Core events whose label is not drawn (or drawn as nothing but an ellipsis).
    const unnamedCore = events
      .filter((a) => a.classList.contains('tl-core'))
      .filter((a) => {
        const label = a.querySelector('.tl-label');
        return !label || !shown(label) || label.textContent!.replace('…', '').trim().length < 3;
      })
      .map((a) => a.dataset.id!);
    // The plot's edges in the SVG's own units (data-plot), mapped to the page.
    const [left, right] = svg.dataset.plot!.split(' ').map(Number);
    const toPage = svg.getScreenCTM()!;
    const plot = { x0: toPage.a * left! + toPage.e, x1: toPage.a * right! + toPage.e };
    const orphans = groups.filter((g) => !events.some((a) => a.dataset.id === g.dataset.for)).map((g) => g.dataset.for!);
    return { labels, marks, diamonds, lines, ticks, breakMarks, crowds, unnamedCore, plot, orphans };
  });
}

const overlap = (a: Box, b: Box, tolerance = 0.5) =>
  Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > tolerance && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > tolerance;

/** Everything wrong with what is drawn now, as sentences; empty when it is right. */
async function problems(page: Page, state: string): Promise<string[]> {
  const d = await drawing(page);
  const found: string[] = [];
  const clash = (list: Box[], against: Box[], same: (a: Box, b: Box) => boolean = (a, b) => a === b) => {
    for (const a of list) for (const b of against) if (!same(a, b) && overlap(a, b)) found.push(`${state}: ${a.what} over ${b.what}`);
  };
  clash(d.labels, d.labels, (a, b) => a.what >= b.what);
  clash(d.labels, [...d.marks, ...d.diamonds, ...d.lines]);
  clash(d.ticks, d.ticks, (a, b) => a.what >= b.what || a === b);
  clash(d.ticks, d.breakMarks);
  clash(d.crowds, [...d.labels, ...d.marks, ...d.diamonds, ...d.lines, ...d.ticks]);
  clash(d.crowds, d.crowds, (a, b) => a.what >= b.what || a === b);
  for (const crowd of d.crowds) if (crowd.x0 < d.plot.x0 - 1 || crowd.x1 > d.plot.x1 + 1) found.push(`${state}: ${crowd.what} cut by the plot's edge`);
  for (const label of d.labels) {
    // Half a pixel either way: the layout's sides are exact, text rendering rounds.
    if (label.x0 < d.plot.x0 - 1 || label.x1 > d.plot.x1 + 1) found.push(`${state}: ${label.what} cut by the plot's edge`);
  }
  for (const id of d.orphans) found.push(`${state}: date diamonds of ${id} drawn without their event`);
  return found;
}

/** Waits until the enhanced timeline has drawn what was asked: two frames after the request. */
const settled = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('.timeline[data-zoom="ready"]').first()).toBeAttached();
  await settled(page);
}

async function press(page: Page, zoom: 'in' | 'out' | 'fit' | 'latest') {
  await page.locator(`button[data-zoom="${zoom}"]`).first().click();
  await settled(page);
}

test.use({ reducedMotion: 'reduce' });

for (const width of [640, 760, 1024, 1280, 1920]) {
  test(`at ${width} px, nothing overlaps and nothing is cut: fit, zooming in and out, the crowded weeks`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await open(page, '/timeline/');
    const found = await problems(page, 'fit');
    for (const [step, zoom] of [['in', 'in'], ['in twice', 'in'], ['in three times', 'in'], ['out again', 'out'], ['fit', 'fit'], ['crowded weeks', 'latest'], ['crowded weeks, in', 'in'], ['crowded weeks, in twice', 'in']] as const) {
      await press(page, zoom);
      found.push(...(await problems(page, step)));
    }
    expect(found).toEqual([]);
  });
}

test('at fit, every core event is named, at every width the horizontal timeline shows, in both languages and in the embed', async ({ page }) => {
  const found: string[] = [];
  for (const path of ['/timeline/', '/ru/timeline/', '/embed/', '/ru/embed/']) {
    for (const width of [640, 760, 1024, 1280, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      await open(page, path);
      const { unnamedCore } = await drawing(page);
      expect(await page.locator('a.tl-event.tl-core').count(), `${path}: core events drawn`).toBeGreaterThan(0);
      for (const id of unnamedCore) found.push(`${path} at ${width} px: core event ${id} has no label`);
    }
  }
  expect(found).toEqual([]);
});

test('after a deep link to any event, nothing overlaps and nothing is cut', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/story/');
  const ids = await page.locator('article.story-event').evaluateAll((sections) => sections.map((s) => s.id));
  const found: string[] = [];
  for (const id of ids) {
    await open(page, `/timeline/#event=${id}`);
    found.push(...(await problems(page, `#event=${id}`)));
  }
  expect(found).toEqual([]);
});

test('with each thread filtered out, and with core events only, nothing overlaps and nothing is cut', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page, '/timeline/');
  const found: string[] = [];
  const threads = await page.locator('input[name="thread"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  for (const thread of threads) {
    const box = page.locator(`input[name="thread"][value="${thread}"]`);
    await box.uncheck();
    await settled(page);
    found.push(...(await problems(page, `without ${thread}`)));
    await press(page, 'latest');
    found.push(...(await problems(page, `without ${thread}, crowded weeks`)));
    await press(page, 'fit');
    await box.check();
  }
  await page.locator('input[name="core"]').check();
  await settled(page);
  found.push(...(await problems(page, 'core only')));
  expect(found).toEqual([]);
});

test('on the home page, in Russian, and in the embed at 760 px, nothing overlaps and nothing is cut', async ({ page }) => {
  const found: string[] = [];
  for (const [path, width] of [['/', 1280], ['/ru/timeline/', 1280], ['/ru/timeline/', 760], ['/embed/', 760], ['/ru/embed/', 760]] as const) {
    await page.setViewportSize({ width, height: 900 });
    await open(page, path);
    found.push(...(await problems(page, `${path} at ${width} px`)));
    await press(page, 'latest');
    found.push(...(await problems(page, `${path} at ${width} px, crowded weeks`)));
  }
  expect(found).toEqual([]);
});

for (const [story, recipe] of [
  ['another story (the imported TimelineJS fixture)', ANOTHER_STORY_SITE],
  ['deep time (the Big Bang to 1969, its axis broken between ages)', DEEP_TIME_SITE],
] as const) {
  test(`in ${story}, at fit and zoomed in twice, nothing overlaps and nothing is cut`, async ({ page }) => {
    const { server, origin } = await serve(siteBuild(recipe));
    try {
      const found: string[] = [];
      for (const width of [640, 1024, 1920]) {
        await page.setViewportSize({ width, height: 900 });
        await open(page, `${origin}/timeline/`);
        found.push(...(await problems(page, `${width} px, fit`)));
        for (const step of ['in', 'in twice']) {
          await press(page, 'in');
          found.push(...(await problems(page, `${width} px, ${step}`)));
        }
      }
      expect(found).toEqual([]);
    } finally {
      server.close();
    }
  });
}

test('with JavaScript off, the timeline drawn at build time has nothing over anything and nothing cut', async ({ browser }) => {
  const found: string[] = [];
  for (const path of ['/timeline/', '/ru/timeline/']) {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(path);
    found.push(...(await problems(page, `${path}, no JavaScript`)));
    await context.close();
  }
  expect(found).toEqual([]);
});

test('in the dark theme, nothing overlaps and nothing is cut', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page, '/timeline/');
  const found = await problems(page, 'dark, fit');
  await press(page, 'latest');
  found.push(...(await problems(page, 'dark, crowded weeks')));
  expect(found).toEqual([]);
});

for (const width of [320, 480, 639]) {
  test(`at ${width} px the timeline is a list whose entries neither overlap nor run off the screen`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await open(page, '/ru/timeline/');
    await expect(page.locator('.tl-svg')).toBeHidden();
    const entries = await page.locator('.tl-list li').evaluateAll((items) =>
      items.map((li) => {
        const r = li.getBoundingClientRect();
        return { id: li.querySelector('a')!.dataset.id!, top: r.top, bottom: r.bottom, left: r.left, right: r.right };
      }),
    );
    expect(entries.length).toBeGreaterThan(0);
    const found: string[] = [];
    entries.forEach((entry, i) => {
      if (entry.left < 0 || entry.right > width) found.push(`${entry.id} runs off the screen`);
      const next = entries[i + 1];
      if (next && next.top < entry.bottom - 0.5) found.push(`${entry.id} overlaps ${next.id}`);
    });
    expect(found).toEqual([]);
  });
}
