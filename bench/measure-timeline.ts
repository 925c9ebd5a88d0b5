/**
 * Measures one timeline page in Chromium as a reader meets it: what it loads (at first, and
 * on demand), when it is visible and interactive, the long tasks while it loads and while the
 * reader zooms and drags, and the frame times of that zoom-and-drag phase.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';

export interface TimelineMeasures {
  html: { raw: number; gzip: number };
  css: { raw: number; gzip: number };
  /** Scripts requested before the timeline was interactive, and after (d3-zoom, search…). */
  jsFirst: { raw: number; gzip: number };
  jsOnDemand: { raw: number; gzip: number };
  visibleMs: number;
  interactiveMs: number;
  /** Long tasks from navigation until zooming is ready, and during the zoom-and-drag phase: durations in ms. */
  loadingLongTasks: number[];
  interactionLongTasks: number[];
  /** Each zoom step's layout and DOM update (User Timing `timeline-render`). */
  renders: number[];
  /** Time between animation frames during the zoom-and-drag phase. */
  frames: number[];
}

/** Rounds of the scripted phase: wheel in, drag, wheel out (about 1.5 s each; three give some 250 frames). */
const ROUNDS = 3;

export async function measureTimeline(page: Page, url: string): Promise<TimelineMeasures> {
  // Bodies are read and weighed after the measurement: reading and gzipping a megabyte of
  // HTML while the page loads would take the CPU the page is measured on.
  const responses: { response: Response; kind: 'html' | 'css' | 'js' }[] = [];
  page.on('response', (response) => {
    const type = response.headers()['content-type'] ?? '';
    const kind = type.includes('html') ? 'html' : type.includes('css') ? 'css' : type.includes('javascript') ? 'js' : undefined;
    if (kind) responses.push({ response, kind });
  });
  await page.addInitScript(() => {
    const w = window as any;
    w.__longTasks = [];
    new PerformanceObserver((list) => w.__longTasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({ type: 'longtask', buffered: true });
    // When zooming is ready (it loads when the page is idle): the end of loading.
    w.__zoomReady = new Promise<void>((resolve) => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('.timeline[data-zoom="ready"]')) return;
        w.__loadedAt = performance.now();
        observer.disconnect();
        resolve();
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-zoom'] });
    });
  });
  await page.goto(url, { waitUntil: 'load' });
  // Waited for over a bare DevTools session: Playwright's own waits inject and run tens of
  // milliseconds of script in the page, which would count among the page's long tasks.
  const session = await page.context().newCDPSession(page);
  await session.send('Runtime.evaluate', { expression: 'window.__zoomReady', awaitPromise: true, timeout: 300_000 });
  await session.detach();
  const timing = await page.evaluate(() => {
    performance.clearMeasures('timeline-render');
    const w = window as any;
    w.__frames = [];
    w.__interactionStart = performance.now();
    let last = performance.now();
    const tick = (now: number) => {
      w.__frames.push(now - last);
      last = now;
      if (w.__frames.length < 100_000) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const interactive = performance.getEntriesByName('timeline-interactive')[0]!.startTime;
    return {
      visible: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      interactive,
      resources: performance.getEntriesByType('resource').map((e) => ({ name: e.name, first: e.startTime < interactive })),
    };
  });

  const box = (await page.locator('.tl-svg').boundingBox())!;
  const cx = box.x + box.width * 0.6;
  const cy = box.y + Math.min(box.height / 2, 200);
  for (let round = 0; round < ROUNDS; round++) {
    await page.mouse.move(cx, cy);
    for (let i = 0; i < 12; i++) {
      await page.mouse.wheel(0, -120);
      await page.waitForTimeout(32);
    }
    await page.mouse.down();
    const direction = round % 2 === 0 ? -1 : 1;
    for (let i = 0; i < 30; i++) {
      await page.mouse.move(cx + direction * i * 12, cy);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
    for (let i = 0; i < 12; i++) {
      await page.mouse.wheel(0, 120);
      await page.waitForTimeout(32);
    }
  }
  await page.waitForTimeout(200);
  const after = await page.evaluate(() => {
    const w = window as any;
    return {
      start: w.__interactionStart as number,
      loadedAt: w.__loadedAt as number,
      renders: performance.getEntriesByName('timeline-render').map((e) => e.duration),
      frames: (w.__frames as number[]).slice(1),
      longTasks: w.__longTasks as { start: number; duration: number }[],
    };
  });
  const sizes = new Map<string, { kind: 'html' | 'css' | 'js'; raw: number; gzip: number }>();
  for (const { response, kind } of responses) {
    const body = await response.body();
    sizes.set(response.url(), { kind, raw: body.length, gzip: gzipSync(body).length });
  }

  const sum = (kind: 'html' | 'css' | 'js', first?: boolean) => {
    const total = { raw: 0, gzip: 0 };
    for (const [name, size] of sizes) {
      if (size.kind !== kind) continue;
      if (first !== undefined && (timing.resources.find((r) => r.name === name)?.first ?? false) !== first) continue;
      total.raw += size.raw;
      total.gzip += size.gzip;
    }
    return total;
  };
  return {
    html: sum('html'),
    css: sum('css'),
    jsFirst: sum('js', true),
    jsOnDemand: sum('js', false),
    visibleMs: timing.visible,
    interactiveMs: timing.interactive,
    loadingLongTasks: after.longTasks.filter((t) => t.start < after.loadedAt).map((t) => t.duration),
    interactionLongTasks: after.longTasks.filter((t) => t.start >= after.start).map((t) => t.duration),
    renders: after.renders,
    frames: after.frames,
  };
}
