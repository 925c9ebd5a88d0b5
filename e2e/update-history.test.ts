/**
 * The update history a reader can see: "Updated" stamps on event pages, dateModified in
 * their JSON-LD, the /corrections/ log linked from every page, the home page's latest
 * update, feed items dated by when their entry changed, and spans that come from the data.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isEmbedPage, builtPages, distDir } from './built-pages.ts';

const html = (page: string) => readFileSync(join(distDir, page.endsWith('/') ? `${page}index.html` : page), 'utf8');
const jsonLd = (text: string) => JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(text)![1]!);
const eventPages = () => builtPages().filter((p) => /^\/events\/[^/]+\/$/.test(p));
const updatedOf = (text: string) => /data-updated>Updated <time datetime="(\d{4}-\d{2}-\d{2})">([^<]+)<\/time>/.exec(text);
const events = () => JSON.parse(readFileSync(join(distDir, 'data/events.json'), 'utf8')).events as { id: string; updated: string; date: { start: string; end?: string } }[];

describe('update history', () => {
  it('stamps every event page with the day it was last updated, also as dateModified', () => {
    for (const page of eventPages()) {
      const text = html(page);
      const stamp = updatedOf(text);
      assert.ok(stamp, `${page} shows "Updated <date>"`);
      assert.match(stamp[2]!, /^\d{1,2} [A-Z][a-z]+ \d{4}$/, `${page}: the stamp reads as a date`);
      assert.equal(jsonLd(text).dateModified, stamp[1], `${page}: dateModified matches the stamp`);
    }
  });

  it('exports each event\'s updated day in events.json, matching its page', () => {
    for (const event of events()) {
      assert.match(event.updated, /^\d{4}-\d{2}-\d{2}$/);
      assert.equal(updatedOf(html(`/events/${event.id}/`))?.[1], event.updated);
    }
  });

  it('links the corrections log from every page\'s footer', () => {
    for (const page of builtPages().filter((p) => !isEmbedPage(p))) {
      assert.match(html(page), /<footer[\s\S]*href="[^"]*\/corrections\/"[\s\S]*<\/footer>/, page);
    }
  });

  it('lists corrections by day, newest first, each naming and linking the event it changed', () => {
    const text = html('/corrections/');
    const days = [...text.matchAll(/<h2 id="day-(\d{4}-\d{2}-\d{2})">/g)].map((m) => m[1]!);
    assert.ok(days.length > 0, 'at least one day of changes');
    assert.deepEqual(days, [...days].sort().reverse(), 'newest day first');
    const links = [...text.matchAll(/<a href="[^"]*\/events\/([^/"]+)\/">/g)].map((m) => m[1]!);
    const ids = new Set(events().map((e) => e.id));
    assert.ok(links.length > 0 && links.every((id) => ids.has(id)), 'every event link resolves to an event');
    assert.match(text, /Why: /);
  });

  it('says on the home page when the story was last updated, with a link to the log', () => {
    const latest = events().map((e) => e.updated).sort().at(-1)!;
    const text = html('/');
    assert.match(text, new RegExp(`Last updated <time datetime="${latest}">`));
    assert.match(text, /href="[^"]*\/corrections\/">Every correction and update/);
  });

  it('dates feed items by when their entry changed, keeping the event\'s date in the title', () => {
    const feed = readFileSync(join(distDir, 'rss.xml'), 'utf8');
    const items = [...feed.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
    assert.equal(items.length, events().length);
    const byLink = new Map(events().map((e) => [`/events/${e.id}/`, e]));
    const dates: number[] = [];
    for (const item of items) {
      const link = /<link>([^<]+)<\/link>/.exec(item)![1]!;
      const event = byLink.get(new URL(link).pathname)!;
      const pubDate = new Date(/<pubDate>([^<]+)<\/pubDate>/.exec(item)![1]!);
      assert.equal(pubDate.toISOString().slice(0, 10), event.updated, link);
      assert.match(/<title>([^<]+)<\/title>/.exec(item)![1]!, / \(.*\d{4}.*\)$/, 'the event date stays in the title');
      dates.push(pubDate.getTime());
    }
    assert.deepEqual(dates, [...dates].sort((a, b) => b - a), 'most recently changed first');
  });

  it('derives the span in titles from the chronology, not from code', () => {
    const list = events();
    const first = Math.min(...list.map((e) => Number(e.date.start.slice(0, 4))));
    const last = Math.max(...list.map((e) => Number((e.date.end ?? e.date.start).slice(0, 4))));
    const span = `${first}–${last}`;
    assert.match(html('/timeline/'), new RegExp(`How the idea evolved, ${span}</h1>`));
    assert.match(html('/embed/'), new RegExp(`evolved, ${span}</h1>`));
    assert.match(readFileSync(join(distDir, 'oembed/timeline.json'), 'utf8'), new RegExp(span));
  });

  it('shows a title that only describes its source in square brackets, never as a headline', () => {
    const sources = readFileSync(join(distDir, 'data/events.json'), 'utf8');
    const described = (JSON.parse(sources).sources as { id: string; title: string; titleIsDescription: boolean }[]).filter((s) => s.titleIsDescription);
    assert.ok(described.length > 0);
    const page = html('/sources/');
    // One bracketed description per such source, and none of them typeset as a cited work.
    assert.equal([...page.matchAll(/<span class="described">\[[^\]]+\]<\/span>/g)].length, described.length);
    const cited = [...page.matchAll(/<cite[^>]*>([^<]*)<\/cite>/g)].map((m) => m[1]);
    for (const source of described) assert.ok(!cited.includes(source.title), `${source.id} is not shown as a headline`);
  });
});
