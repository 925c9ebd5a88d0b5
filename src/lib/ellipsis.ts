/**
 * Shortening a text with an ellipsis, at a word boundary, so that the words shown are whole
 * words of the full text, which stays the accessible name (WCAG 2.5.3). Whether the text is
 * cut to a number of characters (`shorten`) or to a width in pixels (`fitText` in
 * text-width.ts), the cut ends the same way: `withEllipsis`.
 */

/** The start of a text that was cut short, ended with "…" in place of the spaces or punctuation the cut left. */
export function withEllipsis(start: string): string {
  return `${start.replace(/[\s,;:–—-]+$/, '')}…`;
}

/** Shortens text to at most `max` characters with an ellipsis, at a word boundary where there is one. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return withEllipsis(space > 0 ? cut.slice(0, space) : cut);
}
