/**
 * Timeline layout: pure positions for every part of the timeline, computed the same way
 * at build time (for the static SVG) and in the browser (on resize, zoom and filter).
 * No DOM: text widths are estimated from character counts so the result is deterministic.
 */
import { startOf, endOf, formatDate, type PartialDate } from '../partial-date.ts';
import { THREAD_IDS, THREADS, type ThreadId } from '../threads.ts';
import { timeScale, type TimeScale } from './time-scale.ts';
import { timeTicks, type Tick } from './ticks.ts';

export interface TimelineEvent {
  id: string;
  title: string;
  dateLabel: string;
  start: PartialDate;
  end?: PartialDate | undefined;
  thread: ThreadId;
  core: boolean;
  /** Other dates the sources give, drawn as secondary marks tied to the event. */
  alternatives: { start: PartialDate; end?: PartialDate | undefined }[];
}

export interface ZoomTransform {
  /** Scale factor (1 = everything fits). */
  k: number;
  /** Horizontal offset in pixels. */
  x: number;
}

export interface LayoutOptions {
  /** Total width in pixels. */
  width: number;
  /** Lanes to show, in order; default all threads. */
  threads?: readonly ThreadId[];
  /** Show only the core events. */
  coreOnly?: boolean;
  /** The zoom and pan applied to the time axis. */
  transform?: ZoomTransform;
}

export interface Segment {
  /** The instants the segment covers. */
  start: number;
  end: number;
  /** Its pixels before zoom. */
  x0: number;
  x1: number;
}

export interface MarkLayout {
  id: string;
  thread: ThreadId;
  core: boolean;
  /** Left and right edge in pixels; equal for an exact day drawn as a dot. */
  x0: number;
  x1: number;
  /** Centre line of the mark's row. */
  y: number;
  shape: 'dot' | 'bar';
  /** Known only to the year or month: drawn as approximate. */
  approximate: boolean;
  /** The label's anchor point: left of its text ('start') or right of it ('end'). */
  label: { x: number; text: string; visible: boolean; anchor: 'start' | 'end' };
  alternatives: { x0: number; x1: number }[];
  /**
   * Denser than the pixels: an unlabelled dot within a pixel of another in its row.
   * The browser leaves it undrawn (it would not show) until it is selected.
   */
  culled: boolean;
}

export interface LaneLayout {
  thread: ThreadId;
  label: string;
  y: number;
  height: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  /** The plot area, right of the lane labels. */
  plot: { x0: number; x1: number; y0: number; y1: number };
  ticks: (Tick & { x: number })[];
  /** Where the axis breaks (between segments), in pixels after zoom. */
  breaks: number[];
  /** A caption at the start of each stretch after a break, e.g. "October 2025, by day". */
  captions: { x: number; text: string }[];
  lanes: LaneLayout[];
  /** Visible events in date order. */
  marks: MarkLayout[];
}

export const METRICS = {
  gutter: 136,
  right: 16,
  axisHeight: 44,
  rowHeight: 24,
  lanePadding: 6,
  maxRows: 3,
  fontSize: 12,
  /** Average glyph width as a share of the font size, for a system sans-serif. */
  charWidth: 0.56,
  labelGap: 6,
  maxLabelChars: 42,
  breakGap: 28,
  dotRadius: 5,
  minBar: 8,
};

const DAY = 86_400_000;

/**
 * Shortens text to at most `max` characters with an ellipsis, at a word boundary, so
 * the visible words are whole words of the mark's accessible name (WCAG 2.5.3).
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** The label as drawn: the title, shortened when long. */
export function labelText(title: string): string {
  return shorten(title, METRICS.maxLabelChars);
}

export function textWidth(text: string): number {
  return text.length * METRICS.fontSize * METRICS.charWidth;
}

/**
 * Focus and context: when the last events crowd into a few weeks at the end of a long
 * history (October 2025 after 170 years), give those weeks their own stretch of the
 * axis after a labelled break, so both read at once. Otherwise one linear stretch.
 */
export function axisSegments(events: readonly TimelineEvent[], x0: number, x1: number): Segment[] {
  if (events.length === 0) {
    const now = Date.UTC(2025, 0, 1);
    return [{ start: now - 365 * DAY, end: now, x0, x1 }];
  }
  const starts = events.map((e) => startOf(e.start));
  const ends = events.map((e) => endOf(e.end ?? e.start));
  const first = Math.min(...starts);
  const last = Math.max(...ends);
  const pad = (last - first) * 0.01 + DAY;
  const latest = Math.max(...starts);
  const cluster = events.filter((_, i) => latest - starts[i]! <= 31 * DAY && ends[i]! - starts[i]! <= 31 * DAY);
  const span = last - first;
  if (cluster.length < 2 || span < 20 * 365 * DAY) return [{ start: first - pad, end: last + pad, x0, x1 }];
  const detailStart = Math.min(...cluster.map((e) => startOf(e.start))) - 2 * DAY;
  const detailEnd = Math.max(...cluster.map((e) => endOf(e.end ?? e.start))) + 2 * DAY;
  const split = x0 + (x1 - x0) * 0.76;
  return [
    { start: first - pad, end: detailStart, x0, x1: split - METRICS.breakGap / 2 },
    { start: detailStart, end: detailEnd, x0: split + METRICS.breakGap / 2, x1 },
  ];
}

/** The base scale of the segments, before zoom. */
export function baseScale(segments: readonly Segment[]): TimeScale {
  return timeScale(
    segments.flatMap((s) => [s.start, s.end]),
    segments.flatMap((s) => [s.x0, s.x1]),
  );
}

/** "October 2025": the month an instant falls in, by the site's one date formatter. */
function monthOf(t: number): string {
  const date = new Date(t);
  return formatDate({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, precision: 'month' });
}

/** Pixels the label covers, from its anchor point. */
function labelSpan(label: MarkLayout['label']): [number, number] {
  const width = textWidth(label.text);
  return label.anchor === 'start' ? [label.x, label.x + width] : [label.x - width, label.x];
}

/**
 * Places one lane's marks in rows, left to right, so that no label overlaps another
 * label or a mark. A label goes right of its mark, or left of it at the plot's right
 * edge. When every row is taken, the label already in the row with the most room is
 * shortened (or, if too little is left of it, hidden) to make way. `y` is the row index.
 */
function placeLane(
  events: readonly TimelineEvent[],
  thread: ThreadId,
  zoomed: (t: number) => number,
  plotX0: number,
  plotX1: number,
): MarkLayout[] {
  const { dotRadius, labelGap, minBar, maxRows } = METRICS;
  const rows: { end: number; last?: MarkLayout; lastDot?: number }[] = [];
  const placed: MarkLayout[] = [];
  for (const event of events) {
    let x0 = zoomed(startOf(event.start));
    let x1 = zoomed(endOf(event.end ?? event.start));
    const exactDay = event.start.precision === 'day' && (event.end ?? event.start).precision === 'day';
    const shape = exactDay || x1 - x0 < minBar ? 'dot' : 'bar';
    if (shape === 'dot') x0 = x1 = (x0 + x1) / 2;
    const text = labelText(event.title);
    const reach = shape === 'dot' ? dotRadius : 0;
    const right = { x: x1 + reach + labelGap, text, visible: true, anchor: 'start' as const };
    const left = { x: x0 - reach - labelGap, text, visible: true, anchor: 'end' as const };
    const label = labelSpan(right)[1] <= plotX1 || labelSpan(left)[0] < plotX0 ? right : left;
    const [labelStart, labelEnd] = labelSpan(label);
    let markStart = Math.min(x0 - reach, labelStart) - labelGap;
    const markEnd = Math.max(x1 + reach, labelEnd) + labelGap;
    let row = rows.findIndex((r) => r.end <= markStart);
    if (row === -1 && rows.length < maxRows) row = rows.length;
    if (row === -1) {
      // Every row is taken: join the row that frees up first. A label to the left would
      // run back over what is there, so it is hidden; a label to the right of the mark
      // already there is shortened to end before this mark, or hidden if too little is left.
      row = rows.reduce((best, r, i) => (r.end < rows[best]!.end ? i : best), 0);
      if (label.anchor === 'end') {
        label.visible = false;
        markStart = x0 - reach - labelGap;
      }
      const previous = rows[row]!.last;
      if (previous?.label.visible && previous.label.anchor === 'start') {
        const room = Math.floor((markStart - previous.label.x) / (METRICS.fontSize * METRICS.charWidth));
        const text = room >= 8 ? shorten(previous.label.text, room) : '';
        if (text.length > 2) previous.label.text = text;
        else previous.label.visible = false;
      }
    }
    const mark: MarkLayout = {
      id: event.id,
      thread,
      core: event.core,
      x0,
      x1,
      y: row,
      shape,
      approximate: !exactDay,
      label,
      alternatives: event.alternatives.map((alt) => {
        const a0 = zoomed(startOf(alt.start));
        const a1 = zoomed(endOf(alt.end ?? alt.start));
        return { x0: (a0 + a1) / 2, x1: (a0 + a1) / 2 };
      }),
      culled: false,
    };
    const lastDot = rows[row]?.lastDot;
    mark.culled = shape === 'dot' && !label.visible && lastDot !== undefined && Math.abs(x0 - lastDot) < 1;
    rows[row] = { end: label.visible ? markEnd : x1 + reach + labelGap, last: mark, lastDot: mark.culled ? lastDot : x0 };
    placed.push(mark);
  }
  return placed;
}

/** Lays out `events`, which must be in date order (labels are placed left to right). */
export function layoutTimeline(events: readonly TimelineEvent[], options: LayoutOptions): TimelineLayout {
  const { width, transform = { k: 1, x: 0 } } = options;
  const threads = options.threads ?? THREAD_IDS;
  const plotX0 = METRICS.gutter;
  const plotX1 = width - METRICS.right;
  // Segments come from all events, so filtering lanes does not move the axis.
  const segments = axisSegments(events, plotX0, plotX1);
  const base = baseScale(segments);
  const zoomed = (t: number) => base(t) * transform.k + transform.x;

  const visible = events.filter((e) => threads.includes(e.thread) && (!options.coreOnly || e.core));

  const breaks = segments.slice(1).map((s, i) => ((segments[i]!.x1 + s.x0) / 2) * transform.k + transform.x);
  // Ticks per segment, each at its own resolution, inside the plot and clear of the breaks.
  const ticks = segments.flatMap((segment) => {
    const a = Math.max(zoomed(segment.start), plotX0);
    const b = Math.min(zoomed(segment.end), plotX1);
    if (b - a < 24) return [];
    const tickStart = Math.max(segment.start, base.invert((a - transform.x) / transform.k));
    const tickEnd = Math.min(segment.end, base.invert((b - transform.x) / transform.k));
    return timeTicks(tickStart, tickEnd, b - a)
      .map((tick) => ({ ...tick, x: zoomed(tick.t) }))
      .filter((tick) => breaks.every((x) => Math.abs(tick.x - x) > 26));
  });

  const lanes: LaneLayout[] = [];
  const marks: MarkLayout[] = [];
  let y = METRICS.axisHeight;
  for (const thread of threads) {
    const placed = placeLane(visible.filter((e) => e.thread === thread), thread, zoomed, plotX0, plotX1);
    const rows = Math.max(1, ...placed.map((mark) => mark.y + 1));
    const height = rows * METRICS.rowHeight + 2 * METRICS.lanePadding;
    for (const mark of placed) mark.y = y + METRICS.lanePadding + (mark.y + 0.5) * METRICS.rowHeight;
    lanes.push({ thread, label: THREADS[thread].label, y, height });
    marks.push(...placed);
    y += height;
  }
  const order = new Map(visible.map((e, i) => [e.id, i]));
  marks.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const captions = segments.slice(1).flatMap((segment) => {
    const x = Math.max(zoomed(segment.start), plotX0) + 4;
    return x < plotX1 - 80 ? [{ x, text: `${monthOf((segment.start + segment.end) / 2)}, by day` }] : [];
  });
  return {
    width,
    height: y + 4,
    captions,
    plot: { x0: plotX0, x1: plotX1, y0: METRICS.axisHeight, y1: y },
    ticks,
    breaks,
    lanes,
    marks,
  };
}
