/**
 * Every page of the built site in every language: its <html lang>, hreflang alternates that
 * point both ways with an x-default, and a language switch to the same page in the other
 * language. Pages come from the build, so a new page or language is covered without edits.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distDir, isEmbedPage } from './built-pages.ts';
import { splitLocale, localizedPath, LOCALE_IDS, DEFAULT_LOCALE } from '../src/i18n/locales.ts';

const html = (page: string) => readFileSync(join(distDir, page.endsWith('/') ? `${page}index.html` : page), 'utf8');
const origin = 'http://localhost:4321';
/** hreflang → site path, from a page's <link rel="alternate" hreflang> tags. */
const alternates = (text: string) =>
  Object.fromEntries([...text.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((m) => [m[1]!, m[2]!.replace(origin, '')]));

describe('languages', () => {
  const pages = builtPages();
  const fullPages = pages.filter((p) => !isEmbedPage(p) && !/404\.html$/.test(p));

  it('builds every page in every language', () => {
    for (const page of pages) {
      const { path } = splitLocale(page);
      for (const locale of LOCALE_IDS) assert.ok(pages.includes(localizedPath(locale, path)), `${localizedPath(locale, path)} (counterpart of ${page})`);
    }
  });

  it('declares each page’s language in <html lang>', () => {
    for (const page of pages) assert.match(html(page), new RegExp(`<html lang="${splitLocale(page).locale}"`), page);
  });

  it('links every full page to itself and its counterparts with hreflang, both ways, plus x-default', () => {
    for (const page of fullPages) {
      const links = alternates(html(page));
      const { path } = splitLocale(page);
      for (const locale of LOCALE_IDS) assert.equal(links[locale], localizedPath(locale, path), `${page}: hreflang="${locale}"`);
      assert.equal(links['x-default'], localizedPath(DEFAULT_LOCALE, path), `${page}: x-default`);
      for (const locale of LOCALE_IDS) {
        const back = alternates(html(localizedPath(locale, path)));
        assert.equal(back[splitLocale(page).locale], page, `${localizedPath(locale, path)} links back to ${page}`);
      }
    }
  });

  it('offers on every full page a switch to the same page in the other language', () => {
    for (const page of fullPages) {
      const { locale, path } = splitLocale(page);
      const switches = [...html(page).matchAll(/<a href="([^"]+)" hreflang="([^"]+)" lang="[^"]+" data-keep-hash>/g)].map((m) => [m[2], m[1]]);
      assert.deepEqual(switches, LOCALE_IDS.filter((l) => l !== locale).map((l) => [l, localizedPath(l, path)]), page);
    }
  });

  it('lists both languages of each page in the sitemap', () => {
    const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
    for (const page of fullPages) {
      assert.ok(sitemap.includes(`<loc>${origin}${page}</loc>`), `${page} in the sitemap`);
    }
    assert.match(sitemap, /<xhtml:link rel="alternate" hreflang="ru" href="http:\/\/localhost:4321\/ru\/story\/"\/>/);
  });

  it('writes a 404 page for each language where static hosts look for it', () => {
    for (const locale of LOCALE_IDS) assert.ok(existsSync(join(distDir, localizedPath(locale, '/404.html'))), locale);
  });
});
