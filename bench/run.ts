/**
 * npm run bench: builds the site from synthetic collections of 5, 1,000 and 5,000 events,
 * serves each on loopback and measures the timeline page in Chromium. Prints one table.
 * A benchmark, not a test: it asserts nothing. BENCH_SIZES=5,1000 picks the sizes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { writeSyntheticContent } from './synthetic-content.ts';
import { serve } from '../e2e/support/static-server.ts';
import { buildSite } from '../e2e/support/build-site.ts';

const sizes = (process.env.BENCH_SIZES ?? '5,1000,5000').split(',').map(Number);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface Row {
  events: number;
  buildSeconds: number;
  bytes: Record<'html' | 'css' | 'js', { raw: number; gzip: number }>;
  visibleMs: number;
  interactiveMs: number;
  longTasks: number;
  longTaskMs: number;
  renderMedianMs: number;
  renderMaxMs: number;
  frameMedianMs: number;
  frameP95Ms: number;
}

/** Builds the synthetic content into `work`; returns the seconds it took. */
function build(work: string): number {
  const started = performance.now();
  const result = buildSite({ CONTENT_DIR: join(work, 'content') }, work);
  if (result.status !== 0) throw new Error(`build failed:
${result.output.slice(-4000)}`);
  return (performance.now() - started) / 1000;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! : NaN;
};

async function measure(page: Page, url: string): Promise<Omit<Row, 'events' | 'buildSeconds'>> {
  const bytes = { html: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, js: { raw: 0, gzip: 0 } };
  page.on('response', async (response) => {
    const type = response.headers()['content-type'] ?? '';
    const kind = type.includes('html') ? 'html' : type.includes('css') ? 'css' : type.includes('javascript') ? 'js' : undefined;
    if (!kind) return;
    const body = await response.body().catch(() => undefined);
    if (body) {
      bytes[kind].raw += body.length;
      bytes[kind].gzip += gzipSync(body).length;
    }
  });
  await page.addInitScript(() => {
    (window as any).__longTasks = [];
    new PerformanceObserver((list) => (window as any).__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('timeline-interactive').length > 0, undefined, { timeout: 120_000 });
  const timing = await page.evaluate(() => ({
    visible: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    interactive: performance.getEntriesByName('timeline-interactive')[0]!.startTime,
  }));

  // Zooming loads on demand (when idle): measure it once it is there, as a reader would meet it.
  await page.locator('.timeline[data-zoom="ready"]').waitFor({ state: 'attached', timeout: 120_000 });

  // A scripted zoom and pan: wheel steps in, a drag, wheel steps out; frame times from rAF.
  await page.evaluate(() => {
    performance.clearMeasures('timeline-render');
    (window as any).__frames = [];
    let last = performance.now();
    const tick = (now: number) => {
      (window as any).__frames.push(now - last);
      last = now;
      if ((window as any).__frames.length < 100000) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const box = (await page.locator('.tl-svg').boundingBox())!;
  const cx = box.x + box.width * 0.6;
  const cy = box.y + Math.min(box.height / 2, 200);
  await page.mouse.move(cx, cy);
  for (let i = 0; i < 12; i++) {
    await page.mouse.wheel(0, -120);
    await page.waitForTimeout(32);
  }
  await page.mouse.down();
  for (let i = 0; i < 20; i++) {
    await page.mouse.move(cx - i * 15, cy);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  for (let i = 0; i < 12; i++) {
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(32);
  }
  await page.waitForTimeout(200);
  const interaction = await page.evaluate(() => ({
    renders: performance.getEntriesByName('timeline-render').map((e) => e.duration),
    frames: ((window as any).__frames as number[]).slice(1),
    longTasks: (window as any).__longTasks as number[],
  }));
  return {
    bytes,
    visibleMs: timing.visible,
    interactiveMs: timing.interactive,
    longTasks: interaction.longTasks.length,
    longTaskMs: interaction.longTasks.reduce((a, b) => a + b, 0),
    renderMedianMs: percentile(interaction.renders, 0.5),
    renderMaxMs: Math.max(...interaction.renders),
    frameMedianMs: percentile(interaction.frames, 0.5),
    frameP95Ms: percentile(interaction.frames, 0.95),
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)}`;
const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');

const rows: Row[] = [];
const browser = await chromium.launch({ executablePath, args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'] });
for (const count of sizes) {
  const work = mkdtempSync(join(tmpdir(), `strait-bench-${count}-`));
  try {
    writeSyntheticContent(join(work, 'content'), count);
    process.stderr.write(`building ${count} events… `);
    const buildSeconds = build(work);
    process.stderr.write(`${buildSeconds.toFixed(1)} s; measuring\n`);
    const { server, origin } = await serve(join(work, 'dist'));
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    rows.push({ events: count, buildSeconds, ...(await measure(page, `${origin}/timeline/`)) });
    await page.close();
    server.close();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
await browser.close();

const header = ['events', 'build s', 'HTML KB raw/gz', 'CSS KB raw/gz', 'JS KB raw/gz (all, incl. on demand)', 'visible ms', 'interactive ms', 'interactive × smallest', 'long tasks (ms)', 'zoom render median/max ms', 'frame median/p95 ms'];
const baseline = rows[0]!.interactiveMs;
const lines = rows.map((r) => [
  String(r.events),
  r.buildSeconds.toFixed(1),
  `${kb(r.bytes.html.raw)} / ${kb(r.bytes.html.gzip)}`,
  `${kb(r.bytes.css.raw)} / ${kb(r.bytes.css.gzip)}`,
  `${kb(r.bytes.js.raw)} / ${kb(r.bytes.js.gzip)}`,
  ms(r.visibleMs),
  ms(r.interactiveMs),
  `${(r.interactiveMs / baseline).toFixed(1)}×`,
  `${r.longTasks} (${ms(r.longTaskMs)})`,
  `${ms(r.renderMedianMs)} / ${ms(r.renderMaxMs)}`,
  `${ms(r.frameMedianMs)} / ${ms(r.frameP95Ms)}`,
]);
console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|\n${lines.map((l) => `| ${l.join(' | ')} |`).join('\n')}`);
