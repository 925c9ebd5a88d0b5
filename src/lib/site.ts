/** What the site's chronology spans; the site's name and subject are interface strings (src/i18n/ui/). */

/** "1857–2026": the years a list of dated items spans, from the first start to the last end. */
export function yearSpan(items: readonly { start: { year: number }; end?: { year: number } | undefined }[]): string {
  if (items.length === 0) return '';
  const first = Math.min(...items.map((i) => i.start.year));
  const last = Math.max(...items.map((i) => (i.end ?? i.start).year));
  return first === last ? String(first) : `${first}–${last}`;
}
