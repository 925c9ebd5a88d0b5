/**
 * The engine tells another story from its content folder alone: the TimelineJS fixture,
 * imported with `npm run import` and built with no change to the code. It builds one
 * edition (its only language), every page is valid HTML with links that resolve and nothing
 * loaded from elsewhere, each page gets one Content-Security-Policy, and nothing of this
 * documentary is left in it.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { ANOTHER_STORY_SITE, siteBuild } from './support/site-build.ts';
import { brokenLinks, htmlProblems, offsiteLoads } from './support/site-checks.ts';
import { headersFor, parseHeadersFile } from './support/headers-file.ts';
import { builtPages } from './built-pages.ts';
import { serve } from './support/static-server.ts';

/** Words of this documentary that no other story's build may carry. */
const OUR_WORDS = /bering|strait|dmitriev|chukotka|alaska|russia|siberia|research notes|пролив|через|росси/i;

describe('another story, imported from TimelineJS', () => {
  let dist = '';
  let server: Server;
  let origin = '';
  const read = (path: string) => readFileSync(join(dist, path), 'utf8');

  before(async () => {
    dist = siteBuild(ANOTHER_STORY_SITE);
    ({ server, origin } = await serve(dist));
  });
  after(() => server?.close());

  it('builds its one edition, with no language switch and no pages it has nothing for', () => {
    assert.ok(existsSync(join(dist, 'events/1850-fixture-town-founded/index.html')));
    assert.equal(existsSync(join(dist, 'ru')), false, 'no Russian edition');
    const home = read('index.html');
    assert.match(home, /<h1>The Fixture Town story<\/h1>/);
    assert.doesNotMatch(home, /class="language-switch"|hreflang=/);
    for (const absent of ['map', 'estimates', 'corrections']) assert.equal(existsSync(join(dist, absent)), false, `no /${absent}/`);
    assert.doesNotMatch(home, /href="\/(map|estimates|corrections)\/"/);
  });

  it('draws its groups as the timeline’s lanes and shows a slide’s media', () => {
    const timeline = read('timeline/index.html');
    for (const lane of ['Settlement', 'Events']) assert.match(timeline, new RegExp(`class="tl-lane-label"[^>]*>${lane}<`));
    assert.match(read('events/1950-fixture-museum-opens/index.html'), /<figure class="event-media"><img src="\/_astro\/[^"]+" [^>]*alt="A small drawing of a museum"[^>]*loading="lazy"[^>]*width="\d+" height="\d+"/);
    assert.match(read('events/1862-first-fixture-fair/index.html'), /<a href="https:\/\/www\.youtube\.com\/watch\?v=Fixture00001" rel="noopener">See it on youtube\.com<\/a>/);
    assert.match(read('embed/events/1862-first-fixture-fair/index.html'), /<a href="https:\/\/www\.youtube\.com\/watch\?v=Fixture00001" rel="noopener" target="_blank">See it on youtube\.com<span class="sr-only new-tab">/, 'in the embed, in a new tab');
  });

  it('contains no word of this documentary, in any file it builds', () => {
    const leaks: string[] = [];
    for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
      if (!/\.(html|json|xml|txt|js|css|svg)$|_headers$/.test(file) || file.startsWith('pagefind')) continue;
      const match = OUR_WORDS.exec(readFileSync(join(dist, file), 'utf8'));
      if (match) leaks.push(`${file}: "${match[0]}"`);
    }
    assert.deepEqual(leaks, []);
  });

  it('is valid HTML on every page, with every link and anchor resolving and nothing loaded from elsewhere', async () => {
    for (const path of builtPages(dist)) {
      const problems = await htmlProblems(dist, path);
      if (problems) assert.fail(`${path}: ${problems}`);
    }
    const { broken } = await brokenLinks(dist, origin, '/', 'http://localhost:4321');
    assert.deepEqual(broken, []);
    assert.deepEqual(offsiteLoads(dist, '/', 'http://localhost:4321'), []);
  });

  it('gives every page one Content-Security-Policy', () => {
    const rules = parseHeadersFile(read('_headers'));
    for (const path of builtPages(dist)) assert.equal(headersFor(rules, path)['Content-Security-Policy']?.match(/frame-ancestors/g)?.length, 1, path);
  });
});
