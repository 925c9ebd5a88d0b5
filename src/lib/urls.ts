/**
 * The one way to build an internal URL. The site can be served from a sub-path
 * (GitHub Pages project sites) and in several languages (/ru/), so every link, asset and
 * anchor goes through here: `url` for files every language shares, `pageUrl` for pages.
 */
import { localizedPath, type Locale } from '../i18n/locales.ts';

/** Joins the base path and a site path: withBase('/my-story/', '/story/') is '/my-story/story/'. */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  const trimmedPath = path.startsWith('/') ? path : `/${path}`;
  return `${trimmedBase}${trimmedPath}`;
}

// Vite replaces import.meta.env at build time; plain Node (unit tests) has none and serves from '/'.
const env = (import.meta as { env?: { BASE_URL?: string; SITE?: string } }).env;
const base: string = env?.BASE_URL ?? '/';
const site: string = env?.SITE ?? 'http://localhost:4321';

/** A site path under the configured base: url('/sources/') or url('/story/#1890-gilpin'). */
export function url(path: string): string {
  return withBase(base, path);
}

/** An absolute URL on the deployed site (SITE_URL and BASE_PATH), for feeds, data files and embeds. */
export function absoluteUrl(path: string): string {
  return new URL(url(path), site).href;
}

/** A page in a language: pageUrl('ru', '/story/') is '/ru/story/' under the base. */
export function pageUrl(locale: Locale, path: string): string {
  return url(localizedPath(locale, path));
}

/** A page in a language as an absolute URL, for feeds, oEmbed and hreflang. */
export function absolutePageUrl(locale: Locale, path: string): string {
  return absoluteUrl(localizedPath(locale, path));
}

/** An event's permalink page. */
export function eventUrl(locale: Locale, id: string): string {
  return pageUrl(locale, `/events/${id}/`);
}

/** An event's section in the long read. */
export function storyUrl(locale: Locale, id?: string): string {
  return pageUrl(locale, id ? `/story/#${id}` : '/story/');
}

/** A source's entry in the bibliography. */
export function sourceUrl(locale: Locale, id?: string): string {
  return pageUrl(locale, id ? `/sources/#${id}` : '/sources/');
}
