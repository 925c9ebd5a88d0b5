/**
 * The one way to build an internal URL. The site can be served from a sub-path
 * (GitHub Pages project sites), so every link, asset and anchor goes through here.
 */

/** Joins the base path and a site path: withBase('/bering/', '/story/') is '/bering/story/'. */
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

/** An event's permalink page. */
export function eventUrl(id: string): string {
  return url(`/events/${id}/`);
}

/** An event's section in the long read. */
export function storyUrl(id?: string): string {
  return url(id ? `/story/#${id}` : '/story/');
}

/** A source's entry in the bibliography. */
export function sourceUrl(id?: string): string {
  return url(id ? `/sources/#${id}` : '/sources/');
}
