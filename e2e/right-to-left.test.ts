/**
 * A third language, written right to left, added as README's "Adding a language" says and
 * nothing more (the recipe in e2e/support/site-build.ts): a Hebrew dictionary, two events
 * translated, its entry in the list of languages. What the build makes of it.
 */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RIGHT_TO_LEFT_SITE, siteBuild } from './support/site-build.ts';

describe('a Hebrew edition', () => {
  let dist = '';
  const read = (path: string) => readFileSync(join(dist, path), 'utf8');

  before(() => {
    dist = siteBuild(RIGHT_TO_LEFT_SITE);
  });

  it('runs right to left on every page type, and the others still left to right', () => {
    for (const page of ['he/', 'he/story/', 'he/timeline/', 'he/events/1890-first/', 'he/embed/', 'he/sources/', 'he/404.html']) {
      assert.match(read(page.endsWith('/') ? `${page}index.html` : page), /<html lang="he" dir="rtl"/, page);
    }
    assert.match(read('index.html'), /<html lang="en" dir="ltr"/);
    assert.match(read('ru/index.html'), /<html lang="ru" dir="ltr"/);
  });

  it('is offered from the other editions, and listed as an alternate of each page', () => {
    assert.match(read('index.html'), /<a href="\/he\/" hreflang="he" lang="he"[^>]*>לקריאה בעברית/);
    assert.match(read('events/1890-first/index.html'), /<link rel="alternate" hreflang="he" href="[^"]*\/he\/events\/1890-first\/">/);
    assert.match(read('sitemap-0.xml'), /\/he\/events\/1890-first\//);
  });

  it('writes its dates with Intl in Hebrew, and its interface in Hebrew', () => {
    const event = read('he/events/2007-second/index.html');
    assert.match(event, /<h1>אירוע בדיקה שני<\/h1>/);
    assert.match(event, /<time datetime="2007-04-18">18 באפריל 2007<\/time>/);
    assert.match(read('he/timeline/index.html'), /כיצד התפתח הרעיון, 1890–2007<\/h1>/);
  });

  it('shows the English passages it has not written, marked as English', () => {
    assert.match(read('he/index.html'), /<div lang="en">/);
  });

  it('gives each page a link-preview card, in English where the cards cannot be drawn in Hebrew', () => {
    const image = /<meta property="og:image" content="[^"]*\/(he\/og\/[^"]+\.png)"/.exec(read('he/events/1890-first/index.html'))?.[1];
    assert.equal(image, 'he/og/1890-first.png');
    assert.ok(existsSync(join(dist, image!)));
    assert.deepEqual(readFileSync(join(dist, image!)), readFileSync(join(dist, 'og/1890-first.png')));
  });
});
