/** The timeline's summaries file: the details card's text, kept out of the page that draws the timeline. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from './built-pages.ts';
import { LOCALE_IDS, localizedPath } from '../src/i18n/locales.ts';
import { CONFIDENCE_LEVELS } from '../src/lib/vocabulary.ts';

const read = (path: string) => readFileSync(join(distDir, path), 'utf8');
const unescape = (html: string) => html.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

for (const locale of LOCALE_IDS) {
  describe(localizedPath(locale, '/timeline/summaries.json'), () => {
    const summaries = JSON.parse(read(`${localizedPath(locale, '/timeline/summaries.json').slice(1)}`));
    const page = read(`${localizedPath(locale, '/timeline/').slice(1)}index.html`);

    it('is the file the timeline page names, and has every event the timeline lists', () => {
      assert.match(page, new RegExp(`data-summaries="${localizedPath(locale, '/timeline/summaries.json')}"`));
      const listed = [...page.matchAll(/<a href="[^"]*" data-id="([^"]+)"/g)].map((m) => m[1]);
      assert.ok(listed.length > 0);
      assert.deepEqual(Object.keys(summaries).sort(), [...listed].sort());
    });

    it('gives each event the summary its own page gives, and its confidence', () => {
      for (const [id, { summary, confidence }] of Object.entries<{ summary: string; confidence: string }>(summaries)) {
        const description = /<meta name="description" content="([^"]*)"/.exec(read(`${localizedPath(locale, `/events/${id}/`).slice(1)}index.html`))![1]!;
        assert.equal(summary, unescape(description), id);
        assert.ok((CONFIDENCE_LEVELS as readonly string[]).includes(confidence), id);
      }
    });

    it('leaves the summaries out of the timeline page', () => {
      const [first] = Object.values<{ summary: string }>(summaries);
      assert.ok(!page.includes(JSON.stringify(first!.summary).slice(1, -1)));
    });
  });
}
