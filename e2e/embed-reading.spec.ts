/**
 * The embed's reading mode, as a reader of someone else's article uses it: the embed in a
 * cross-origin iframe on a host page; choosing events never takes the iframe to the full site.
 */
import { test as base, expect, type Page, type FrameLocator } from '@playwright/test';
import { axeViolations } from './support/axe.ts';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from './support/static-server.ts';
import { parseHeadersFile } from './support/headers-file.ts';
import { distDir } from './built-pages.ts';

interface Origins {
  site: string;
  hostPage: (src: string) => string;
}

/** The site (with its headers) on one loopback origin, a publisher's page on another. */
const test = base.extend<{}, { origins: Origins }>({
  origins: [
    async ({}, use) => {
      const site = await serve(distDir, { headers: parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8')) });
      const pages = new Map<string, string>();
      const host = createServer((request, response) => {
        response.writeHead(pages.has(request.url!) ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
        response.end(pages.get(request.url!) ?? 'not found');
      });
      await new Promise<void>((resolve) => host.listen(0, 'localhost', resolve));
      const address = host.address();
      const hostOrigin = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
      let n = 0;
      await use({
        site: site.origin,
        hostPage(src) {
          const path = `/article-${++n}.html`;
          pages.set(
            path,
            `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title></head><body><h1>An article</h1>` +
              `<iframe id="embed" src="${site.origin}${src}" title="Timeline" width="100%" height="150" style="width:100%;border:0;display:block" data-across-the-strait></iframe>` +
              `<script src="${site.origin}/embed.js"></script>` +
              `<script>window.selected = []; document.addEventListener('across-the-strait:select', (e) => window.selected.push(e.detail.id));</script></body></html>`,
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

const inner = (page: Page) => page.frames().find((f) => f.url().includes('/embed/'))!;
const frameFits = async (page: Page) => {
  const frame = page.locator('#embed');
  const content = await page.frameLocator('#embed').locator('[data-embed-root]').evaluate((root) => Math.ceil(root.getBoundingClientRect().height));
  return Math.abs((await frame.evaluate((f) => f.getBoundingClientRect().height)) - content) <= 1;
};
/** The events in date order, as the embed lists them. */
const order = (frame: FrameLocator) => frame.locator('.tl-list a').evaluateAll((links) => links.map((a) => (a as HTMLElement).dataset.id!));

test.describe('reading inside the embed', () => {
  test('a click shows the event’s card in the embed; Next steps in date order; the frame fits; the host hears', async ({ page, origins }) => {
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.goto(origins.hostPage('/embed/'));
    const frame = page.frameLocator('#embed');
    await expect(frame.getByRole('button', { name: 'Start from the beginning' })).toBeVisible();
    const ids = await order(frame);
    const chosen = '2007-tkm-world-link';
    await frame.locator(`a.tl-event[data-id="${chosen}"]`).click();
    const card = frame.locator('[data-reader-card]');
    await expect(card.locator('h2')).toHaveText(/2007 plan/);
    await expect(card).toContainText('18 April 2007');
    await expect(card).toContainText(/\d+ sources, among them/);
    await expect(card.getByRole('link', { name: /Read the full event/ })).toHaveAttribute('target', '_blank');
    expect(inner(page).url()).toMatch(/\/embed\/(#event=.*)?$/);
    await expect.poll(() => frameFits(page)).toBe(true);

    await frame.getByRole('button', { name: 'Next' }).click();
    const next = ids[ids.indexOf(chosen) + 1]!;
    await expect(frame.locator('a.tl-event.tl-selected')).toHaveAttribute('data-id', next);
    await expect(card.locator('h2')).not.toHaveText(/2007 plan/);
    await expect.poll(() => inner(page).url()).toContain(`#event=${next}`);
    await expect.poll(() => page.evaluate(() => (window as any).selected)).toEqual(expect.arrayContaining([chosen, next]));
    await expect.poll(() => frameFits(page)).toBe(true);
    await expect(frame.locator('[data-reader-position]')).toHaveText(`${ids.indexOf(next) + 1} of ${ids.length}`);
  });

  test('by keyboard: Enter opens the card and focuses it, arrows step, Escape returns to the mark', async ({ page, origins }) => {
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.goto(origins.hostPage('/embed/?event=1958-lin-intercontinental-peace-bridge'));
    const frame = page.frameLocator('#embed');
    const ids = await order(frame);
    await frame.locator('a.tl-event[data-id="1958-lin-intercontinental-peace-bridge"]').focus();
    await page.keyboard.press('Enter');
    const card = frame.locator('[data-reader-card]');
    await expect(card).toBeFocused();
    await expect(card.locator('h2')).toHaveText(/Peace Bridge/);
    expect(inner(page).url()).toContain('/embed/');
    await page.keyboard.press('ArrowRight');
    const next = ids[ids.indexOf('1958-lin-intercontinental-peace-bridge') + 1]!;
    await expect(frame.locator('a.tl-event.tl-selected')).toHaveAttribute('data-id', next);
    await expect(card.locator('h2')).not.toHaveText(/Peace Bridge/);
    await expect(card).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(frame.locator(`a.tl-event[data-id="${next}"]`)).toBeFocused();
  });

  test('"Start from the beginning" opens the first event', async ({ page, origins }) => {
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.goto(origins.hostPage('/embed/'));
    const frame = page.frameLocator('#embed');
    const [first] = await order(frame);
    await frame.getByRole('button', { name: 'Start from the beginning' }).click();
    await expect(frame.locator('a.tl-event.tl-selected')).toHaveAttribute('data-id', first!);
    await expect(frame.getByRole('button', { name: 'Previous' })).toBeDisabled();
  });

  test('card=0 shows the chart alone, its events opening the full page in a new tab', async ({ page, origins }) => {
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.goto(origins.hostPage('/embed/?card=0'));
    const frame = page.frameLocator('#embed');
    await expect(frame.locator('.tl-enhanced')).toHaveCount(1);
    // Gone, not merely invisible: no empty room where the reader would be.
    await expect(frame.locator('[data-reader]')).toHaveCSS('display', 'none');
    await expect(frame.locator('a.tl-event').first()).toHaveAttribute('target', '_blank');
  });

  test('links=top opens links to the full site in the host’s window instead', async ({ page, origins }) => {
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.goto(origins.hostPage('/embed/?links=top&event=2007-tkm-world-link'));
    const frame = page.frameLocator('#embed');
    await expect(frame.locator('a[data-full-page]')).toHaveAttribute('target', '_top');
    await expect(frame.locator('a.tl-event').first()).toHaveAttribute('target', '_top');
    await expect(frame.locator('[data-reader-card]').getByRole('link', { name: /Read the full event/ })).toHaveAttribute('target', '_top');
  });

  test('on a 375 px screen, tapping an event in the list opens its card in place, with Previous and Next', async ({ page, origins }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(origins.hostPage('/embed/'));
    const frame = page.frameLocator('#embed');
    await expect(frame.locator('.tl-list')).toBeVisible();
    const ids = await order(frame);
    const chosen = '1986-lin-reagan-booklet';
    await frame.locator(`.tl-list a[data-id="${chosen}"]`).click();
    const card = frame.locator('[data-reader-card]');
    await expect(card.locator('h2')).toHaveText(/Reagan/);
    // In place: the card follows the tapped item.
    await expect(frame.locator(`.tl-list li:has(a[data-id="${chosen}"]) + [data-reader]`)).toHaveCount(1);
    expect(inner(page).url()).toContain('/embed/');
    await frame.getByRole('button', { name: 'Next' }).click();
    const next = ids[ids.indexOf(chosen) + 1]!;
    await expect(frame.locator(`.tl-list li:has(a[data-id="${next}"]) + [data-reader]`)).toHaveCount(1);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds nothing in the embed with a card open, ${theme}`, async ({ page, origins }) => {
      await page.setViewportSize({ width: 1000, height: 900 });
      // The embed on its own origin, as its iframe shows it, with the card open.
      await page.goto(`${origins.site}/embed/?theme=${theme}&event=2007-tkm-world-link`);
      await expect(page.locator('[data-reader-card] h2')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  for (const path of ['/embed/', '/embed/events/2007-tkm-world-link/']) {
    test(`no link in ${path} takes the iframe to the full site (with JavaScript)`, async ({ page, origins }) => {
      await page.setViewportSize({ width: 1000, height: 900 });
      await page.goto(origins.hostPage(path));
      const frame = page.frameLocator('#embed');
      await expect(frame.locator('[data-embed-root]')).toBeVisible();
      const links = await frame.locator('a[href]').evaluateAll((all) =>
        all.map((a) => ({ href: a.getAttribute('href')!, target: a.getAttribute('target'), rel: a.getAttribute('rel'), name: `${a.getAttribute('aria-label') ?? ''} ${a.textContent ?? ''}` })),
      );
      expect(links.length).toBeGreaterThan(0);
      for (const link of links.filter((l) => !l.href.startsWith('#'))) {
        expect(link.target, link.href).toBe('_blank');
        expect(link.rel, link.href).toContain('noopener');
        expect(link.name, link.href).toContain('opens in a new tab');
      }
    });
  }
});
