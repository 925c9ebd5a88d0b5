/**
 * The build's estimate of text widths: the build cannot measure, so it adds up a table of
 * glyph widths measured once in Chromium (bench/measure-glyphs.ts), with a margin. Build
 * time only: the browser measures instead, so the table never ships to readers.
 */
import glyphs from './glyph-widths.json' with { type: 'json' };
import type { MeasureText } from './text-width.ts';

/**
 * The estimate runs this much wider than the table: fonts differ between machines, and a
 * label reserved too much room only sits a little further from the next.
 */
export const ESTIMATE_MARGIN = 1.08;

const regular: Record<string, number> = glyphs.regular;
const bold: Record<string, number> = glyphs.bold;
/** For a character the table lacks: the width of "e", an average lower-case letter. */
const FALLBACK = { regular: regular.e!, bold: bold.e! };

/** The build's estimate of a text's width, from the measured glyph table (in hundredths of an em). */
export const estimateTextWidth: MeasureText = (text, style) => {
  const table = style.bold ? bold : regular;
  const fallback = style.bold ? FALLBACK.bold : FALLBACK.regular;
  let hundredths = 0;
  for (const character of text) hundredths += table[character] ?? fallback;
  return (hundredths / 100) * style.fontSize * ESTIMATE_MARGIN;
};

