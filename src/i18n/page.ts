/**
 * The language of the page being built and its address in every language, read from the
 * URL (under the base path), so a component never needs the locale passed down to it.
 */
import { splitLocale, localizedPath, type Locale } from './locales.ts';
import { EDITIONS } from '../data/site.ts';

const base: string = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';

/** The page's path without the base: '/my-story/ru/story/' is '/ru/story/'. */
function sitePath(url: URL): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return url.pathname.startsWith(trimmed) ? url.pathname.slice(trimmed.length) || '/' : url.pathname;
}

/** The language of the page at `url` (Astro.url). */
export function pageLocale(url: URL): Locale {
  return splitLocale(sitePath(url)).locale;
}

/** The same page in every language, as site paths: { en: '/story/', ru: '/ru/story/' }. */
export function pageInEveryLocale(url: URL): Record<Locale, string> {
  const { path } = splitLocale(sitePath(url));
  return Object.fromEntries(EDITIONS.map((locale) => [locale, localizedPath(locale, path)])) as Record<Locale, string>;
}
