/**
 * Served from a sub-path, as on GitHub Pages: build with BASE_PATH, serve only under it,
 * and crawl every page from the home page. Every internal link, anchor and asset resolves,
 * and no page's markup loads anything from another origin. (This is the link check of
 * every page: e2e/every-page.spec.ts checks in a browser only what needs one.)
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { SUBPATH_SITE, siteBuild } from './support/site-build.ts';
import { serve } from './support/static-server.ts';
import { builtPages } from './built-pages.ts';

const { BASE_PATH: BASE, SITE_URL: SITE } = SUBPATH_SITE.env;

describe(`the site built for ${SITE}${BASE}`, () => {
  let dist: string;
  let server: Server;
  let origin: string;

  before(async () => {
    dist = siteBuild(SUBPATH_SITE);
    ({ server, origin } = await serve(dist, { base: BASE }));
  });
  after(() => {
    server?.close();
  });

  it('has no broken internal link, anchor or asset on any page: every page built, and every page they link', async () => {
    const pages = new Map<string, { status: number; ids: Set<string>; html: string }>();
    const fetchPage = async (path: string) => {
      if (!pages.has(path)) {
        const response = await fetch(origin + path);
        const text = response.headers.get('content-type')?.includes('html') ? await response.text() : '';
        pages.set(path, { status: response.status, ids: new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)), html: text });
      }
      return pages.get(path)!;
    };
    // Start from every page of the build (embeds too, which no page links), then follow links.
    const queue = builtPages(dist).map((page) => `${BASE}${page.slice(1)}`);
    const seen = new Set<string>();
    const broken: string[] = [];
    while (queue.length > 0) {
      const from = queue.shift()!;
      if (seen.has(from)) continue;
      seen.add(from);
      const page = await fetchPage(from);
      // data-summaries: the file the timeline's script fetches its card summaries from.
      for (const [, raw] of page.html.matchAll(/\s(?:href|src|data-summaries)="([^"]+)"/g)) {
        // Absolute URLs on the site's own origin (canonical, feeds) must be right too.
        const target = new URL(raw!.replace(/&amp;/g, '&').replace(SITE, origin), origin + from);
        if (target.origin !== origin) continue;
        const linked = await fetchPage(target.pathname);
        if (linked.status !== 200) broken.push(`${from} → ${target.pathname} (${linked.status})`);
        else if (target.hash && !linked.ids.has(decodeURIComponent(target.hash.slice(1))) && !target.hash.includes('=')) {
          broken.push(`${from} → ${target.pathname}${target.hash} (no such anchor)`);
        }
        if (linked.html && !seen.has(target.pathname)) queue.push(target.pathname);
      }
    }
    assert.deepEqual(broken, []);
    assert.ok(seen.size >= builtPages(dist).length, `crawled ${seen.size} pages`);
  });

  it('loads nothing from another origin: every script, style, image, frame and preload in the markup is the site\'s own', () => {
    const offsite: string[] = [];
    for (const page of builtPages(dist)) {
      const html = readFileSync(join(dist, page.endsWith('/') ? `${page}index.html` : page), 'utf8');
      for (const [tag] of html.matchAll(/<(?:script|link|img|iframe|source|video|audio|embed|object)\b[^>]*>/g)) {
        // Links that name another address rather than load it (canonical, alternates) are not loads.
        if (/^<link\b/.test(tag) && /\srel="(?:canonical|alternate)"/.test(tag)) continue;
        for (const [, raw] of tag.matchAll(/\s(?:src|href|srcset|data)="([^"]+)"/g)) {
          const target = new URL(raw!.split(/\s/)[0]!.replace(/&amp;/g, '&'), `${SITE}${BASE}`);
          if (target.origin !== SITE) offsite.push(`${page}: ${tag.slice(0, 80)}`);
        }
      }
    }
    assert.deepEqual(offsite, []);
  });

  it('writes no root-relative URL that escapes the sub-path', async () => {
    for (const path of [BASE, `${BASE}story/`, `${BASE}timeline/`, `${BASE}404.html`]) {
      const html = await (await fetch(origin + path)).text();
      const escaping = [...html.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]!).filter((u) => !u.startsWith(BASE));
      assert.deepEqual(escaping, [], path);
    }
  });
});
