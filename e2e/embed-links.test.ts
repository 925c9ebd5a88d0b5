/** With JavaScript off, every link in every embed page that leads out of the embed opens in a new tab. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distDir, isEmbedPage } from './built-pages.ts';
import { strings, splitLocale, EDITIONS } from '../src/i18n/index.ts';

describe('links inside embeds', () => {
  const embeds = builtPages().filter(isEmbedPage);
  it('covers the timeline embed and every event card, in every language', () => {
    assert.ok(embeds.includes('/embed/'));
    assert.ok(embeds.includes('/ru/embed/'));
    assert.equal(embeds.length, EDITIONS.length * (1 + builtPages().filter((p) => /^\/events\/[^/]+\/$/.test(p)).length));
  });
  for (const page of embeds) {
    it(`${page}: every link out opens in a new tab, says so, and carries rel="noopener"`, () => {
      const html = readFileSync(join(distDir, page, 'index.html'), 'utf8');
      // "Opens in a new tab", in the page's language.
      const saysNewTab = strings(splitLocale(page).locale).newTab.trim().replace(/^\(|\)$/g, '');
      const links = [...html.matchAll(/<a\s([^>]*)>([\s\S]*?)<\/a>/g)];
      assert.ok(links.length > 0);
      for (const [, attributes, content] of links) {
        const href = /href="([^"]*)"/.exec(attributes!)![1]!;
        if (href.startsWith('#')) continue;
        assert.match(attributes!, /target="_blank"/, href);
        assert.match(attributes!, /rel="noopener"/, href);
        assert.ok(attributes!.includes(saysNewTab) || content!.includes(saysNewTab), `${href} says it opens in a new tab`);
      }
    });
  }
});
