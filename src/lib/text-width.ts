/**
 * How wide a line of text is, for layouts that must keep labels clear of each other: the
 * build estimates (text-estimate.ts), the browser measures the real text
 * (src/scripts/text-measure.ts), and both feed the same pure layout.
 */
import { withEllipsis } from './ellipsis.ts';

/** What a text's width depends on besides its characters. */
export interface TextStyle {
  /** Font size in pixels. */
  fontSize: number;
  bold?: boolean | undefined;
}

/** A text's width in pixels, in a style: estimated at build time, measured in the browser. */
export type MeasureText = (text: string, style: TextStyle) => number;

/**
 * `measure`, remembering each text's width: a zoom step asks again for the same labels,
 * and for the same shortened forms of them.
 */
export function rememberWidths(measure: MeasureText): MeasureText {
  // By weight, then size, then text: a lookup builds no key (a zoom step at thousands of
  // events asks thousands of times, and building a string for each was a tenth of the step).
  const byWeight = { regular: new Map<number, Map<string, number>>(), bold: new Map<number, Map<string, number>>() };
  return (text, style) => {
    const bySize = style.bold ? byWeight.bold : byWeight.regular;
    let widths = bySize.get(style.fontSize);
    if (!widths) bySize.set(style.fontSize, (widths = new Map()));
    let width = widths.get(text);
    if (width === undefined) widths.set(text, (width = measure(text, style)));
    return width;
  };
}

/**
 * The longest start of `text`, cut at a word boundary and ended with "…", that fits in
 * `width` pixels; '' when not even one word fits. The words shown stay whole words of the
 * full text, which remains the accessible name (WCAG 2.5.3).
 */
export function fitText(text: string, width: number, style: TextStyle, measure: MeasureText): string {
  if (measure(text, style) <= width) return text;
  const words = text.split(' ');
  const candidate = (count: number) => withEllipsis(words.slice(0, count).join(' '));
  // Widths grow with the words kept: search for the most that fit (a crowded zoom step
  // shortens hundreds of labels, and each width measured in the browser costs).
  let fits = 0;
  let tooMany = words.length;
  while (tooMany - fits > 1) {
    const middle = (fits + tooMany) >> 1;
    if (measure(candidate(middle), style) <= width) fits = middle;
    else tooMany = middle;
  }
  return fits > 0 ? candidate(fits) : '';
}
