/**
 * What every page owes its readers, checked in a browser: axe finds nothing in the light and
 * the dark theme, nothing loads from another origin, nothing moves while it loads (at
 * 1280 px, and at 412 px on a CPU four times slower, as Lighthouse's mobile run has it), and
 * at 320 px nothing scrolls sideways. For every built page of this site
 * (e2e/every-page.spec.ts) and of another story (e2e/another-story.spec.ts).
 */
import { expect, type Page } from '@playwright/test';
import { axeViolations, COLOUR_RULES } from './axe.ts';

/** The most layout shift a page may show while it loads (Lighthouse calls 0.1 good). */
const MAX_SHIFT = 0.01;

/** Records every layout shift of the document about to load, and what moved. */
async function watchLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: { value: number; moved: string[] }[] = [];
    (window as unknown as { layoutShifts: typeof shifts }).layoutShifts = shifts;
    const describe = (node: Node | null) => {
      if (!(node instanceof Element)) return node?.nodeName ?? '?';
      const id = node.id ? `#${node.id}` : '';
      const classes = [...node.classList].slice(0, 2).map((c) => `.${c}`).join('');
      return `${node.localName}${id}${classes}`;
    };
    new PerformanceObserver((list) => {
      type Rect = { x: number; y: number; width: number; height: number };
      const box = (r: Rect) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node: Node | null; previousRect: Rect; currentRect: Rect }[] }[]) {
        // What moved, and from where to where, so that a failure says how.
        if (!entry.hadRecentInput) shifts.push({ value: entry.value, moved: (entry.sources ?? []).map((s) => `${describe(s.node)} ${box(s.previousRect)} → ${box(s.currentRect)}`) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Loads a page and waits until its scripts have run and the browser is idle. */
async function load(page: Page, path: string) {
  await page.goto(path, { waitUntil: 'load' });
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5_000 })));
}

/** The layout shifts so far, summed, with what moved, as a message naming the page. */
async function layoutShift(page: Page, path: string, setting: string) {
  const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: { value: number; moved: string[] }[] }).layoutShifts);
  const total = shifts.reduce((sum, s) => sum + s.value, 0);
  return { total, message: `${path} at ${setting} moved while loading (${total.toFixed(3)}): ${shifts.map((s) => `${s.moved.join(', ')} ${s.value.toFixed(3)}`).join('; ')}` };
}

/** Runs every check on the page at `path` of the site at `origin`. */
export async function checkEveryPageRule(page: Page, origin: string, path: string) {
  const offsite: string[] = [];
  page.on('request', (req) => {
    if (new URL(req.url()).origin !== origin) offsite.push(req.url());
  });
  await watchLayoutShifts(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });
  await load(page, origin + path);
  const desktop = await layoutShift(page, path, '1280 px');
  expect(desktop.total, desktop.message).toBeLessThanOrEqual(MAX_SHIFT);

  expect(await axeViolations(page), 'axe, light theme').toEqual([]);
  // The colours follow color-scheme (CSS light-dark()), so the loaded page re-colours;
  // the dark --paper (#16181b) shows it has before axe looks again, at the colour rules.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(22, 24, 27)');
  expect(await axeViolations(page, COLOUR_RULES), 'axe, dark theme').toEqual([]);

  await page.setViewportSize({ width: 320, height: 640 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), { message: 'sideways scrolling at 320 px' }).toBeLessThanOrEqual(0);

  // A phone: 412 px on a CPU four times slower, loaded afresh.
  await page.setViewportSize({ width: 412, height: 915 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await load(page, origin + path);
  const phone = await layoutShift(page, path, '412 px, CPU 4× slower');
  expect(phone.total, phone.message).toBeLessThanOrEqual(MAX_SHIFT);
  expect(offsite, 'requests to other origins').toEqual([]);
}
