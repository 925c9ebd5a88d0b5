/**
 * npm run bench: builds the site from synthetic collections of 5, 1,000 and 5,000 events
 * (twice: from a clean cache, then again with the cache the first build left), serves each
 * on loopback and measures /timeline/ in Chromium (bench/measure-timeline.ts), three times
 * in fresh contexts. Prints one table. A benchmark, not a test: it asserts nothing.
 * BENCH_SIZES=5,1000 picks the sizes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { writeSyntheticContent } from './synthetic-content.ts';
import { measureTimeline, type TimelineMeasures } from './measure-timeline.ts';
import { serve } from '../e2e/support/static-server.ts';
import { buildSite } from '../e2e/support/build-site.ts';

const sizes = (process.env.BENCH_SIZES ?? '5,1000,5000').split(',').map(Number);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface Row extends TimelineMeasures {
  events: number;
  cleanBuildSeconds: number;
  cachedBuildSeconds: number;
}

/** Builds the synthetic content into `work` (its cache in `work/cache`); returns the seconds it took. */
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
const total = (values: number[]) => values.reduce((a, b) => a + b, 0);
const kb = (n: number) => (n / 1024).toFixed(1);
const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '–');
const tasks = (durations: number[]) => `${durations.length} (${ms(total(durations))})`;

/** Page loads per size: one load's times vary too much to compare sizes by. */
const RUNS = 3;

/** The runs as one: the median of each time, the run with the median total of long tasks, every frame and zoom step. */
function combine(runs: TimelineMeasures[]): TimelineMeasures {
  const median = (values: number[]) => percentile(values, 0.5);
  const medianRun = (tasks: (r: TimelineMeasures) => number[]) => {
    const byTotal = [...runs].sort((a, b) => total(tasks(a)) - total(tasks(b)));
    return tasks(byTotal[byTotal.length >> 1]!);
  };
  return {
    ...runs[0]!,
    visibleMs: median(runs.map((r) => r.visibleMs)),
    interactiveMs: median(runs.map((r) => r.interactiveMs)),
    loadingLongTasks: medianRun((r) => r.loadingLongTasks),
    interactionLongTasks: medianRun((r) => r.interactionLongTasks),
    renders: runs.flatMap((r) => r.renders),
    frames: runs.flatMap((r) => r.frames),
  };
}

const rows: Row[] = [];
const browser = await chromium.launch({ executablePath, args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'] });
for (const count of sizes) {
  const work = mkdtempSync(join(tmpdir(), `strait-bench-${count}-`));
  try {
    writeSyntheticContent(join(work, 'content'), count);
    process.stderr.write(`${count} events: clean build… `);
    const cleanBuildSeconds = build(work);
    process.stderr.write(`${cleanBuildSeconds.toFixed(1)} s; cached build… `);
    const cachedBuildSeconds = build(work);
    process.stderr.write(`${cachedBuildSeconds.toFixed(1)} s; measuring\n`);
    const { server, origin } = await serve(join(work, 'dist'));
    const runs: TimelineMeasures[] = [];
    for (let run = 0; run < RUNS; run++) {
      // A fresh context each time: nothing cached from the run before.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      runs.push(await measureTimeline(await context.newPage(), `${origin}/timeline/`));
      await context.close();
    }
    rows.push({ events: count, cleanBuildSeconds, cachedBuildSeconds, ...combine(runs) });
    server.close();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
await browser.close();

const header = [
  'events',
  'build s clean / cached',
  'HTML KB raw / gz',
  'CSS KB gz',
  'JS KB gz at first / on demand',
  'visible ms',
  'interactive ms',
  'interactive × smallest',
  'long tasks loading: n (ms)',
  'long tasks zoom and drag: n (ms)',
  'zoom render median / p95 ms',
  'frame median / p95 ms (n)',
];
const baseline = rows[0]!.interactiveMs;
const lines = rows.map((r) => [
  String(r.events),
  `${r.cleanBuildSeconds.toFixed(1)} / ${r.cachedBuildSeconds.toFixed(1)}`,
  `${kb(r.html.raw)} / ${kb(r.html.gzip)}`,
  kb(r.css.gzip),
  `${kb(r.jsFirst.gzip)} / ${kb(r.jsOnDemand.gzip)}`,
  ms(r.visibleMs),
  ms(r.interactiveMs),
  `${(r.interactiveMs / baseline).toFixed(2)}×`,
  tasks(r.loadingLongTasks),
  tasks(r.interactionLongTasks),
  `${percentile(r.renders, 0.5).toFixed(1)} / ${percentile(r.renders, 0.95).toFixed(1)}`,
  `${percentile(r.frames, 0.5).toFixed(1)} / ${percentile(r.frames, 0.95).toFixed(1)} (${r.frames.length})`,
]);
console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|\n${lines.map((l) => `| ${l.join(' | ')} |`).join('\n')}`);
