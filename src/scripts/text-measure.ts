/**
 * The real width of text in the browser, for the timeline's layout: measured once per
 * text and style on a canvas in the font the labels are drawn in, then reused.
 */
import type { MeasureText } from '../lib/text-width.ts';

export function canvasMeasure(sample: Element): MeasureText {
  const family = getComputedStyle(sample).fontFamily;
  const context = document.createElement('canvas').getContext('2d')!;
  const widths = new Map<string, number>();
  let font = '';
  return (text, { fontSize, bold }) => {
    const key = `${bold ? 'b' : 'r'}${fontSize}|${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      // Setting the canvas font parses it: only when it changes.
      const next = `${bold ? 700 : 400} ${fontSize}px ${family}`;
      if (next !== font) context.font = font = next;
      width = context.measureText(text).width;
      widths.set(key, width);
    }
    return width;
  };
}
