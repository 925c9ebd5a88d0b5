/**
 * How wide a line of text is, for layouts that must keep labels clear of each other: the
 * build estimates (text-estimate.ts), the browser measures the real text
 * (src/scripts/text-measure.ts), and both feed the same pure layout.
 */
export interface TextStyle {
  /** Font size in pixels. */
  fontSize: number;
  bold?: boolean | undefined;
}

/** A text's width in pixels, in a style: estimated at build time, measured in the browser. */
export type MeasureText = (text: string, style: TextStyle) => number;

/**
 * The longest start of `text`, cut at a word boundary and ended with "…", that fits in
 * `width` pixels; '' when not even one word fits. The words shown stay whole words of the
 * full text, which remains the accessible name (WCAG 2.5.3).
 */
export function fitText(text: string, width: number, style: TextStyle, measure: MeasureText): string {
  if (measure(text, style) <= width) return text;
  const words = text.split(' ');
  for (let count = words.length - 1; count > 0; count--) {
    const candidate = `${words.slice(0, count).join(' ').replace(/[\s,;:–—-]+$/, '')}…`;
    if (measure(candidate, style) <= width) return candidate;
  }
  return '';
}
