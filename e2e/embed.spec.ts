/**
 * Embeds as a publisher would use them: the built site served with its _headers on one
 * loopback origin, a host page on another, the embeds as cross-origin iframes.
 */
import { test as base, expect, type Page, type FrameLocator } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from './support/static-server.ts';
import { parseHeadersFile } from './support/headers-file.ts';
import { distDir } from './built-pages.ts';

interface Origins {
  site: string;
  host: string;
  /** A host page with these iframes; `hostScript: false` leaves out embed.js, `below` puts that much page above them. */
  hostPage: (iframes: { id: string; src: string }[], options?: { hostScript?: boolean; below?: number }) => string;
}

/** Two servers per worker: the site (with its headers) and a host page on another origin. */
const test = base.extend<{}, { origins: Origins }>({
  origins: [
    async ({}, use) => {
      const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));
      const site = await serve(distDir, { headers: rules });
      const pages = new Map<string, string>();
      let n = 0;
      const host: Server = createServer((request, response) => {
        response.writeHead(pages.has(request.url!) ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
        response.end(pages.get(request.url!) ?? 'not found');
      });
      await new Promise<void>((resolve) => host.listen(0, 'localhost', resolve));
      const address = host.address();
      const hostOrigin = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
      await use({
        site: site.origin,
        host: hostOrigin,
        hostPage(iframes, { hostScript = true, below = 0 } = {}) {
          const path = `/host-${++n}.html`;
          pages.set(
            path,
            `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A publisher's page</title></head><body><h1>A publisher's page</h1>${below ? `<div style="height:${below}px"></div>` : ''}` +
              iframes.map((f) => `<iframe id="${f.id}" src="${site.origin}${f.src}" title="${f.id}" width="100%" height="150" style="width:100%;border:0;display:block" data-across-the-strait></iframe>`).join('') +
              `<p>After the embeds.</p>${hostScript ? `<script src="${site.origin}/embed.js"></script>` : ''}` +
              `<script>window.selected = []; document.addEventListener('across-the-strait:select', (e) => window.selected.push(e.detail));` +
              `window.heard = []; addEventListener('message', (e) => window.heard.push(e.data));</script></body></html>`,
          );
          return hostOrigin + path;
        },
      });
      host.close();
      site.server.close();
    },
    { scope: 'worker' },
  ],
});

const frameHeight = (page: Page, id: string) => page.locator(`#${id}`).evaluate((frame) => frame.getBoundingClientRect().height);
const contentHeight = (page: Page, id: string) =>
  page.frameLocator(`#${id}`).locator('[data-embed-root]').evaluate((root) => Math.ceil(root.getBoundingClientRect().height));

test('iframes take the height of their content, and follow it when the width changes', async ({ page, origins }) => {
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(origins.hostPage([{ id: 'timeline', src: '/embed/' }, { id: 'card', src: '/embed/events/2007-tkm-world-link/' }]));
  await expect.poll(async () => Math.abs((await frameHeight(page, 'timeline')) - (await contentHeight(page, 'timeline')))).toBeLessThanOrEqual(1);
  await expect.poll(async () => Math.abs((await frameHeight(page, 'card')) - (await contentHeight(page, 'card')))).toBeLessThanOrEqual(1);
  const wide = { timeline: await frameHeight(page, 'timeline'), card: await frameHeight(page, 'card') };
  expect(wide.timeline).toBeGreaterThan(300);

  await page.setViewportSize({ width: 400, height: 900 });
  // Narrow, the timeline becomes a vertical list and the card's text wraps: both grow.
  await expect.poll(() => frameHeight(page, 'timeline')).toBeGreaterThan(wide.timeline + 300);
  // Chromium does not render cross-origin frames outside the viewport until they come into view.
  await page.locator('#card').scrollIntoViewIfNeeded();
  await expect.poll(() => frameHeight(page, 'card')).toBeGreaterThan(wide.card + 20);
  await expect.poll(async () => Math.abs((await frameHeight(page, 'timeline')) - (await contentHeight(page, 'timeline')))).toBeLessThanOrEqual(1);
});

test('an embed far below the fold takes its content’s height before the reader scrolls to it', async ({ page, origins }) => {
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(origins.hostPage([{ id: 'card', src: '/embed/events/2007-tkm-world-link/' }], { below: 3000 }));
  await expect.poll(async () => Math.abs((await frameHeight(page, 'card')) - (await contentHeight(page, 'card')))).toBeLessThanOrEqual(1);
  expect(await frameHeight(page, 'card')).toBeGreaterThan(150);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('an embed that posted its height before the host page ran embed.js still gets its height', async ({ page, origins }) => {
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(origins.hostPage([{ id: 'card', src: '/embed/events/2007-tkm-world-link/' }], { hostScript: false }));
  // The embed has posted its height, and nothing on the page acted on it.
  await expect.poll(() => page.evaluate(() => (window as any).heard.some((m: { type?: string }) => m?.type === 'across-the-strait:resize'))).toBe(true);
  expect(await frameHeight(page, 'card')).toBe(150);
  await page.addScriptTag({ url: `${origins.site}/embed.js` });
  await expect.poll(async () => Math.abs((await frameHeight(page, 'card')) - (await contentHeight(page, 'card')))).toBeLessThanOrEqual(1);
  expect(await frameHeight(page, 'card')).toBeGreaterThan(150);
});

test('the start-event option and deep links work inside the iframe, and the host hears of the selection', async ({ page, origins }) => {
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(origins.hostPage([{ id: 'timeline', src: '/embed/?event=1958-lin-intercontinental-peace-bridge&theme=dark' }]));
  const frame: FrameLocator = page.frameLocator('#timeline');
  await expect(frame.locator('a.tl-event[data-id="1958-lin-intercontinental-peace-bridge"]')).toHaveClass(/tl-selected/);
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => page.evaluate(() => (window as any).selected.map((s: { id: string }) => s.id))).toContain('1958-lin-intercontinental-peace-bridge');

  await frame.locator('a.tl-event[data-id="1958-lin-intercontinental-peace-bridge"]').focus();
  await page.keyboard.press('ArrowRight');
  const next = '1959-magnuson-highway-to-russia';
  await expect(frame.locator('a.tl-event.tl-selected')).toHaveAttribute('data-id', next);
  const inner = page.frames().find((f) => f.url().includes('/embed/'))!;
  await expect.poll(() => inner.url()).toContain(`#event=${next}`);
  await expect(frame.locator('a[data-full-page]')).toHaveAttribute('href', new RegExp(`/timeline/#event=${next}$`));
  await expect(frame.locator('a[data-full-page]')).toHaveAttribute('target', '_blank');
  await expect
    .poll(() => page.evaluate(() => (window as any).selected.at(-1)))
    .toEqual({ id: next, url: `${origins.site}/timeline/#event=${next}` });
});

test('hostile option values are inert: defaults apply and nothing from the URL becomes markup', async ({ page, origins }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const hostile = `/embed/?event=${encodeURIComponent('"><img src=x onerror=alert(1)>')}&theme=${encodeURIComponent('dark" onload="alert(2)')}&from=${encodeURIComponent('<script>alert(3)</script>')}&threads=${encodeURIComponent('<b>bold</b>')}&controls=${encodeURIComponent('javascript:alert(4)')}`;
  await page.goto(origins.hostPage([{ id: 'timeline', src: hostile }, { id: 'card', src: `/embed/events/2007-tkm-world-link/?theme=${encodeURIComponent('<svg onload=alert(5)>')}` }]));
  const frame = page.frameLocator('#timeline');
  await expect(frame.locator('a.tl-event').first()).toBeVisible();
  await expect(frame.locator('[data-controls]')).toBeVisible();
  await expect(frame.locator('.tl-lane')).toHaveCount(6);
  await expect(frame.locator('a.tl-event.tl-selected')).toHaveCount(0);
  await expect(frame.locator('html')).not.toHaveAttribute('data-theme', /./);
  await expect(frame.locator('img, b')).toHaveCount(0);
  await expect(page.frameLocator('#card').locator('html')).not.toHaveAttribute('data-theme', /./);
  await expect(page.frameLocator('#card').locator('svg[onload]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('embed pages are noindex with indexifembedded, point canonically at the full page and credit it', async ({ page, origins }) => {
  for (const [path, full] of [['/embed/', '/timeline/'], ['/embed/events/2007-tkm-world-link/', '/events/2007-tkm-world-link/']] as const) {
    await page.goto(origins.site + path);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, indexifembedded');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${full}$`));
    const attribution = page.getByRole('link', { name: /Open the full page/ });
    await expect(attribution).toHaveAttribute('href', full);
    await expect(attribution).toHaveAttribute('target', '_blank');
  }
});

test.describe('served with its _headers', () => {
  test.beforeEach(async ({ context }) => {
    await context.addInitScript(() => {
      (window as any).cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as any).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
  });
  for (const path of ['/', '/story/', '/timeline/#event=2007-tkm-world-link', '/events/2007-tkm-world-link/', '/estimates/', '/map/', '/sources/', '/about/', '/embed/', '/embed/events/2007-tkm-world-link/', '/nowhere/']) {
    test(`the Content-Security-Policy blocks nothing on ${path}`, async ({ page, origins }) => {
      const messages: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy|Refused to/.test(m.text())) messages.push(m.text());
      });
      await page.goto(origins.site + path, { waitUntil: 'networkidle' });
      const share = page.getByText('Share / embed');
      if (await share.count()) await share.click(); // opens the live preview too
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => (window as any).cspViolations)).toEqual([]);
      expect(messages).toEqual([]);
    });
  }
  test('the policy lets any site frame an embed, and only the site frame its pages', async ({ page, origins }) => {
    await page.goto(origins.hostPage([{ id: 'embed', src: '/embed/events/2007-tkm-world-link/' }, { id: 'page', src: '/events/2007-tkm-world-link/' }]));
    await expect(page.frameLocator('#embed').locator('h1')).toBeVisible();
    // Blocked by frame-ancestors: the frame never shows the page (Chromium shows its own error
    // page). page.goto waited for the load event, which waits for both frames.
    await expect(page.frameLocator('#page').locator('.site-header')).toHaveCount(0);
  });
});

test.describe('Share / embed', () => {
  test('builds a snippet from the chosen options, previews it and copies it', async ({ page, origins, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: origins.site });
    await page.goto(`${origins.site}/events/2007-tkm-world-link/`);
    // The preview's frame is made when the reader opens the control, not with every page.
    await expect(page.locator('iframe')).toHaveCount(0);
    await page.getByText('Share / embed').click();
    const code = page.getByLabel('Embed code');
    await expect(code).toHaveValue(/<iframe src="[^"]+\/embed\/events\/2007-tkm-world-link\/" title="[^"]+" loading="lazy"/);
    await page.getByLabel('the timeline, starting at this event').check();
    await page.getByLabel('Theme').selectOption('dark');
    await page.getByLabel('Show the timeline’s filters and zoom buttons').uncheck();
    await expect(code).toHaveValue(/\/embed\/\?event=2007-tkm-world-link&amp;theme=dark&amp;controls=0"/);
    await expect(code).toHaveValue(/<script src="[^"]+\/embed\.js" async><\/script>$/);
    await expect(page.locator('[data-preview] iframe')).toHaveAttribute('src', /\/embed\/\?event=2007-tkm-world-link&theme=dark&controls=0$/);
    await expect(page.frameLocator('[data-preview] iframe').locator('a.tl-event.tl-selected')).toHaveAttribute('data-id', '2007-tkm-world-link');
    await expect(page.locator('[data-preview] iframe')).toHaveAttribute('title', /^Preview: /);
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied.' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
  });

  test('works by keyboard alone', async ({ page, origins }) => {
    await page.goto(`${origins.site}/timeline/`);
    await page.getByText('Share / embed').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Theme')).toBeVisible(); // the options appear once the builder has loaded
    await page.getByLabel('Theme').focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('Embed code')).toHaveValue(/theme=light/);
  });

  test('without JavaScript, offers a plain snippet', async ({ browser, origins }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origins.site}/events/2007-tkm-world-link/`);
    await page.getByText('Share / embed').click();
    await expect(page.getByLabel('Embed code')).toHaveValue(/^<iframe src="[^"]+\/embed\/events\/2007-tkm-world-link\/"/);
    await expect(page.getByRole('button', { name: 'Copy embed code' })).toBeHidden();
    await context.close();
  });
});
