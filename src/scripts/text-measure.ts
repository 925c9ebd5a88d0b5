/**
 * The real width of text in the browser, for the timeline's layout: measured once per
 * text and style on a canvas in the font the labels are drawn in, then reused.
 */
import { rememberWidths, type MeasureText } from '../lib/text-width.ts';

export function canvasMeasure(sample: Element): MeasureText {
  const family = getComputedStyle(sample).fontFamily;
  const context = document.createElement('canvas').getContext('2d')!;
  let font = '';
  return rememberWidths((text, { fontSize, bold }) => {
    // Setting the canvas font parses it: only when it changes.
    const next = `${bold ? 700 : 400} ${fontSize}px ${family}`;
    if (next !== font) context.font = font = next;
    return context.measureText(text).width;
  });
}
