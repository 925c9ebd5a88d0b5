import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { splitLocale } from '../src/i18n/locales.ts';

/** The folder the tests read the built site from. */
export const distDir = new URL('../dist/', import.meta.url).pathname;

/**
 * Every page of the built site, as a URL path ('/', '/story/', '/404.html'). Taken from
 * the build, so a new page is covered by every test that uses this list without editing it.
 */
export function builtPages(dir = distDir): string[] {
  const pages = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .map((rel) => (rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`));
  if (pages.length === 0) throw new Error(`No pages in ${dir}: run the build first`);
  return pages.sort();
}

/** An embed page in any language: /embed/… or /ru/embed/…, meant for other sites' iframes. */
export function isEmbedPage(path: string): boolean {
  return splitLocale(path).path.startsWith('/embed/');
}
