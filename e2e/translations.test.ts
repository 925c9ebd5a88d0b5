/**
 * The Russian edition over a chronology that is only partly translated: the fixture has a
 * Russian file for one of its two events, made from an older English text. The untranslated
 * event still builds under /ru/ in English with a Russian notice, the translated one warns
 * that the English has changed since, and /ru/about/ counts what is translated.
 */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MINIMAL_SITE, siteBuild } from './support/site-build.ts';

describe('a partly translated edition', () => {
  let dist = '';
  // Russian pages carry no-break spaces (src/middleware/typeset.ts): read them as plain spaces.
  const read = (path: string) => readFileSync(join(dist, path), 'utf8').replaceAll('\u00a0', ' ');

  before(() => {
    dist = siteBuild(MINIMAL_SITE);
  });

  it('shows an untranslated event in English, marked as English, under a Russian notice', () => {
    const html = read('ru/events/2007-second/index.html');
    assert.match(html, /<html lang="ru"/);
    assert.match(html, /data-translation="missing"[^>]*>Это событие ещё не переведено/);
    assert.match(html, /<h1 lang="en">Second fixture event<\/h1>/);
    assert.match(html, /<div class="prose-body" lang="en">/);
    assert.match(html, /Обновлено <time datetime="2026-11-24">24 ноября 2026 г\.<\/time>/, 'the interface around it is Russian');
  });

  it('shows a translated event in Russian, and warns when the English has changed since', () => {
    const html = read('ru/events/1890-first/index.html');
    assert.match(html, /<h1>Первое событие фикстуры<\/h1>/);
    assert.match(html, /Предложение со ссылкой\./);
    assert.match(html, /data-translation="stale"[^>]*>[^<]*<time datetime="2026-11-24">24 ноября 2026 г\.<\/time>/);
    assert.doesNotMatch(html, /data-translation="missing"/);
  });

  it('counts the translated events on /ru/about/', () => {
    assert.match(read('ru/about/index.html'), /1 из 2 событий/);
  });

  it('falls back to the English log, chapters and overview where they are not translated', () => {
    assert.match(read('ru/corrections/index.html'), /<p lang="en">A fixture correction\.<\/p>/);
    assert.match(read('ru/story/index.html'), /<h2 id="overview" lang="en">The story in brief<\/h2>/);
    assert.match(read('ru/story/index.html'), /<div class="prose-body" lang="en">\s*<p>A fixture overview/);
  });
});
