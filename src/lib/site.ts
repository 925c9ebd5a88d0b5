/** What the site is called and what it is about: written once, used by every page, feed and card. */

/** The site's name. */
export const SITE_NAME = 'Across the Strait';

/** Its subject, as a phrase that follows "on" or "about". */
export const SITE_SUBJECT = 'linking Russia and the United States across the Bering Strait';

/** The one-line description: "a sourced documentary on linking …". */
export const SITE_DESCRIPTION = `a sourced documentary on ${SITE_SUBJECT}`;

/** "1857–2026": the years a list of dated items spans, from the first start to the last end. */
export function yearSpan(items: readonly { start: { year: number }; end?: { year: number } | undefined }[]): string {
  if (items.length === 0) return '';
  const first = Math.min(...items.map((i) => i.start.year));
  const last = Math.max(...items.map((i) => (i.end ?? i.start).year));
  return first === last ? String(first) : `${first}–${last}`;
}
