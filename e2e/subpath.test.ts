/**
 * Served from a sub-path, as on GitHub Pages: build with BASE_PATH, serve only under it,
 * and crawl every page from the home page. Every internal link, anchor and asset resolves,
 * and no page's markup loads anything from another origin. (This is the link check of
 * every page: e2e/every-page.spec.ts checks in a browser only what needs one.)
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { SUBPATH_SITE, siteBuild } from './support/site-build.ts';
import { brokenLinks, offsiteLoads } from './support/site-checks.ts';
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
    const { broken, crawled } = await brokenLinks(dist, origin, BASE, SITE);
    assert.deepEqual(broken, []);
    assert.ok(crawled >= builtPages(dist).length, `crawled ${crawled} pages`);
  });

  it('loads nothing from another origin: every script, style, image, frame and preload in the markup is the site\'s own', () => {
    const offsite = offsiteLoads(dist, BASE, SITE);
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
