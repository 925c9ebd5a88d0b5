/**
 * The timeline's layout at the frame's width, under the reader's filters and view, kept
 * until something changes it.
 */
import { layoutTimeline, type TimelineLayout, type TimelineEvent } from '../lib/timeline/layout.ts';
import type { TimelineWords } from '../i18n/index.ts';
import { canvasMeasure } from './text-measure.ts';
import { estimateTextWidth } from '../lib/text-estimate.ts';
import { rememberWidths, type MeasureText } from '../lib/text-width.ts';
import type { ReaderState } from './timeline-state.ts';
import type { View } from '../lib/timeline/zoom-math.ts';

export interface TimelineLayouts {
  /** The layout on the page, laid out when first asked for after `forget`. */
  now(): TimelineLayout;
  /** `events` laid out at the current width and filters, in `view` (the current one by default). */
  of(events: readonly TimelineEvent[], view?: View): TimelineLayout;
  /** Drops the layout on the page: the next `now` lays it out again. */
  forget(): void;
  /** The width laid out at. */
  width(): number;
  /** Takes the frame's width as the resize observer reports it; true if it changed. */
  resized(next: number): boolean;
}

export function timelineLayouts(svg: SVGSVGElement, frame: HTMLElement, words: TimelineWords, events: () => readonly TimelineEvent[], state: ReaderState): TimelineLayouts {
  /**
   * At the width the build drew, the build's own estimate lays out the labels: the page
   * shows that layout already, so the first view needs no measuring or redrawing. At any
   * other width, labels are laid out by their real width in this browser's font.
   */
  const buildWidth = Number(svg.getAttribute('width'));
  /**
   * Reading the frame's width at once would make the browser lay the page out inside this
   * script's task, so it is read when a layout first needs it, or when the resize observer
   * first reports (after the browser's own layout).
   */
  let width = buildWidth;
  let widthRead = false;
  let measured: MeasureText | undefined;
  const estimated = rememberWidths(estimateTextWidth);
  const measureAt = (at: number) => (at === buildWidth ? estimated : (measured ??= canvasMeasure(svg.querySelector('.tl-label') ?? svg)));
  /** Undefined while the page shows the build's layout, or after `forget`. */
  let laidOut: TimelineLayout | undefined;
  const of = (list: readonly TimelineEvent[], view: View = state.view) => {
    if (!widthRead) width = frame.clientWidth || buildWidth;
    widthRead = true;
    return layoutTimeline(list, { width, words, measure: measureAt(width), threads: state.url.threads, coreOnly: state.url.coreOnly, transform: view });
  };
  return {
    now: () => (laidOut ??= of(events())),
    of,
    forget: () => (laidOut = undefined),
    width: () => width,
    resized(next) {
      widthRead = true;
      if (next <= 0 || next === width) return false;
      width = next;
      return true;
    },
  };
}
