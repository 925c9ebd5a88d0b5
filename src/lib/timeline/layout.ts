/**
 * Timeline layout: pure positions for every part of the timeline, computed the same way
 * at build time (for the static SVG) and in the browser (on resize, zoom and filter).
 * No DOM: text widths come from the caller (`measure`): a deterministic estimate at build
 * time, the real widths in the browser.
 */
import { startOf, endOf, formatDate, formatSpan, calendarAt, historicalYear, type PartialDate } from '../partial-date.ts';
import type { ThreadId } from '../threads.ts';
import type { Locale } from '../../i18n/locales.ts';
import { fitText, type MeasureText, type TextStyle } from '../text-width.ts';
import { shorten } from '../ellipsis.ts';
import { timeScale, type TimeScale } from './time-scale.ts';
import { timeTicks, type Tick } from './ticks.ts';
import { IDENTITY, type View } from './zoom-math.ts';

export interface TimelineEvent {
  id: string;
  title: string;
  /** What the timeline shows beside the mark, when shorter than the title (the title stays the accessible name). */
  label?: string | undefined;
  dateLabel: string;
  start: PartialDate;
  end?: PartialDate | undefined;
  thread: ThreadId;
  core: boolean;
  /** Other dates, drawn as secondary marks tied to the event: disputed ones, and `firm` further dates. */
  alternatives: { start: PartialDate; end?: PartialDate | undefined; firm?: boolean }[];
}

/** The words the timeline draws: the language's, passed in (the browser gets them as data). */
export interface LayoutWords {
  locale: Locale;
  /** The caption of a stretch read by day; `{span}` is its month or months: "{span}, by day". */
  byDay: string;
  /** Each lane's name. */
  lanes: Record<ThreadId, string>;
}

export interface LayoutOptions {
  /** Total width in pixels. */
  width: number;
  /** The words to draw, in the page's language. */
  words: LayoutWords;
  /** How wide a text is: estimated at build time (text-estimate.ts), measured in the browser. */
  measure: MeasureText;
  /** Lanes to show, in order; default all threads. */
  threads?: readonly ThreadId[];
  /** Show only the core events. */
  coreOnly?: boolean;
  /** The zoom and pan applied to the time axis. */
  transform?: View;
}

/** Whether the filters (`threads`, `coreOnly`) show an event. */
export const isShown = (event: Pick<TimelineEvent, 'thread' | 'core'>, filters: Pick<LayoutOptions, 'threads' | 'coreOnly'>) =>
  (filters.threads?.includes(event.thread) ?? true) && (!filters.coreOnly || event.core);

export interface Segment {
  /** The instants the segment covers. */
  start: number;
  end: number;
  /** Its pixels before zoom. */
  x0: number;
  x1: number;
  /** 'days': a crowded stretch given room to be read by day; 'after': what follows it. */
  resolution?: 'days' | 'after' | undefined;
  /** The first and last instant of the events in the stretch, for its caption. */
  holds?: { from: number; to: number } | undefined;
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
  alternatives: { x0: number; x1: number; firm: boolean }[];
  /**
   * Not drawn: off the plot, or lost among others at this zoom (it would be drawn over the
   * last mark of its row). The browser draws it only when it is selected; zooming in reveals it.
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
  /** Where marks crowd so that some are drawn without a label: a control in the row under the lanes says how many. */
  crowds: Crowd[];
}

/**
 * A crowd: drawn marks without a label (or lost among others), close together. Its control
 * ("+7") stands at `x`, `y`; zooming to `span` (in unzoomed pixels) shows them.
 */
export interface Crowd {
  x: number;
  y: number;
  /** The control's width, its text and padding. */
  width: number;
  /** How many events there have no label. */
  count: number;
  /** The first of them by date: where a reader who zooms goes on. */
  firstId: string;
  /** The dates they span, as they read ("16–29 October 2025"). */
  dates: string;
  /** Their extent on the axis before zoom, for the view that shows them. */
  span: [number, number];
}

export const METRICS = {
  gutter: 136,
  right: 16,
  axisHeight: 44,
  rowHeight: 24,
  lanePadding: 6,
  maxRows: 3,
  fontSize: 12,
  labelGap: 6,
  maxLabelChars: 42,
  breakGap: 28,
  dotRadius: 5,
  minBar: 8,
  /** The row under the lanes that holds the crowds' controls. */
  crowdRow: 24,
  /** Unlabelled marks this close (in pixels) are one crowd. */
  crowdGap: 48,
};

const DAY = 86_400_000;
/** A mean Gregorian year. */
const YEAR = 365.2425 * DAY;

/** The label as drawn: the title, shortened when long (remembered: the browser asks on every zoom step). */
export function labelText(title: string): string {
  let text = labelTexts.get(title);
  if (text === undefined) labelTexts.set(title, (text = shorten(title, METRICS.maxLabelChars)));
  return text;
}
const labelTexts = new Map<string, string>();

/** The style of a mark's label: core events' labels are bold. */
const LABEL_STYLES = { core: Object.freeze({ fontSize: METRICS.fontSize, bold: true }), other: Object.freeze({ fontSize: METRICS.fontSize, bold: false }) };
/** A label's type style: bold for core events. The same object each time, since a zoom step asks thousands of times. */
export const labelStyle = (core: boolean): TextStyle => (core ? LABEL_STYLES.core : LABEL_STYLES.other);

/**
 * Focus and context. When many events crowd into a few weeks near the end of a long
 * history (October 2025 after 170 years), those weeks get their own stretch of the axis,
 * read by day, after a labelled break; what follows them (months of later events) gets a
 * third stretch of its own, so neither squeezes the other. Otherwise one linear stretch.
 * Everything here derives from the events: no date is written into the code.
 */
export function axisSegments(events: readonly TimelineEvent[], x0: number, x1: number): Segment[] {
  // The browser asks again on every zoom step, for the same events and plot.
  const key = `${x0} ${x1}`;
  const known = segmentsOf.get(events);
  if (known?.key === key) return known.segments;
  const segments = computeSegments(events, x0, x1);
  segmentsOf.set(events, { key, segments });
  return segments;
}
const segmentsOf = new WeakMap<readonly TimelineEvent[], { key: string; segments: Segment[] }>();

/** Where the axis breaks, if it does: around a crowded stretch read by day, or between ages of deep time. */
export function axisBreaks(events: readonly Dated[]): 'days' | 'ages' | undefined {
  const segments = computeSegments(events, 0, 1000);
  if (segments.some((s) => s.resolution === 'days')) return 'days';
  return segments.length > 1 ? 'ages' : undefined;
}

/** What the axis needs of an event: its dates. */
type Dated = Pick<TimelineEvent, 'start' | 'end'>;

function computeSegments(events: readonly Dated[], x0: number, x1: number): Segment[] {
  if (events.length === 0) {
    // Nothing to show: any one-year stretch will do (the epoch's first year).
    return [{ start: 0, end: 365 * DAY, x0, x1 }];
  }
  const starts = events.map((e) => startOf(e.start));
  const ends = events.map((e) => endOf(e.end ?? e.start));
  const first = Math.min(...starts);
  const last = Math.max(...ends);
  const pad = (last - first) * 0.01 + DAY;
  const ages = last - first > DEEP_TIME ? deepSegments(starts, ends, x0, x1) : undefined;
  if (!ages) return focusSegments(starts, ends, first - pad, x0, x1) ?? [{ start: first - pad, end: last + pad, x0, x1 }];
  // The latest age may hold crowded weeks of its own (a story from the Big Bang to last October).
  const latest = ages.at(-1)!;
  const inLatest = starts.flatMap((t, i) => (t >= latest.start ? [i] : []));
  const focus = focusSegments(inLatest.map((i) => starts[i]!), inLatest.map((i) => ends[i]!), latest.start, latest.x0, latest.x1);
  return focus ? [...ages.slice(0, -1), ...focus] : ages;
}

/**
 * Focus and context within one stretch of pixels, from `from`: when many short events crowd
 * into a few weeks late in a long span, those weeks get a stretch read by day after a break,
 * and what follows them one of its own. Undefined when nothing crowds so.
 */
function focusSegments(starts: readonly number[], ends: readonly number[], from: number, x0: number, x1: number): Segment[] | undefined {
  const first = Math.min(...starts);
  const last = Math.max(...ends);
  const span = last - first;
  const dense = denseWindow(starts, ends, first + span * 0.75);
  if (!dense || span < 20 * 365 * DAY) return undefined;
  const detailStart = dense.start - 2 * DAY;
  const detailEnd = dense.end + 2 * DAY;
  const gap = METRICS.breakGap / 2;
  const at = (share: number) => x0 + (x1 - x0) * share;
  const history = { start: from, end: detailStart, x0 };
  const days = { start: detailStart, end: detailEnd, resolution: 'days' as const, holds: { from: dense.start, to: dense.end - 1 } };
  const laterStart = Math.min(...starts.filter((t) => t > detailEnd));
  if (last <= detailEnd) {
    return [
      { ...history, x1: at(0.76) - gap },
      { ...days, x0: at(0.76) + gap, x1 },
    ];
  }
  return [
    { ...history, x1: at(0.56) - gap },
    { ...days, x0: at(0.56) + gap, x1: at(0.84) - gap },
    { start: detailEnd, end: last + (last - detailEnd) * 0.03 + DAY, x0: at(0.84) + gap, x1, resolution: 'after' as const, holds: { from: laterStart, to: last - 1 } },
  ];
}

/** A story longer than this (ten thousand years) is read in deep time. */
const DEEP_TIME = 10_000 * YEAR;
/** The narrowest stretch of deep time, in pixels: room for a tick's label ("300,000 BC"). */
const MIN_AGE_WIDTH = 96;

interface Age {
  start: number;
  end: number;
  count: number;
}

/**
 * Deep time: a story over more than ten thousand years (from the Big Bang to today) gets a
 * stretch of the axis for each order of magnitude of age, counted back from its last event,
 * that holds events (billions of years ago, millions, thousands, the last centuries), each
 * linear and read at its own scale, with a break between. Ages with little time between
 * them are joined, and so are the closest while the plot has too little room for them all.
 * Room goes by the square root of the events each holds, so the crowded recent stretch is
 * not starved and a lone Big Bang is not lost. Undefined when everything is one stretch.
 */
function deepSegments(starts: readonly number[], ends: readonly number[], x0: number, x1: number): Segment[] | undefined {
  const last = Math.max(...ends);
  const decade = (t: number) => Math.max(2, Math.floor(Math.log10(Math.max(1, (last - t) / YEAR))));
  const byDecade = new Map<number, Age>();
  starts.forEach((start, i) => {
    const key = decade(start);
    const age = byDecade.get(key);
    byDecade.set(key, age ? { start: Math.min(age.start, start), end: Math.max(age.end, ends[i]!), count: age.count + 1 } : { start, end: ends[i]!, count: 1 });
  });
  const raw = [...byDecade.values()].sort((a, b) => a.start - b.start);
  const join = (a: Age, b: Age): Age => ({ start: a.start, end: Math.max(a.end, b.end), count: a.count + b.count });
  // How far apart two neighbouring ages are, against the later one's age: small is close.
  const apartness = (a: Age, b: Age) => (b.start - a.end) / (last - b.start + YEAR);
  const ages: Age[] = [];
  let previousRaw: Age | undefined;
  for (const age of raw) {
    const before = ages.at(-1);
    // Join an age to the one before when the time between them is less than the two (as found, not as joined) hold.
    if (before && previousRaw && age.start - previousRaw.end < (age.end - age.start + previousRaw.end - previousRaw.start) / 2) {
      ages[ages.length - 1] = join(before, age);
    } else ages.push({ ...age });
    previousRaw = age;
  }
  const gap = METRICS.breakGap;
  const roomFor = (n: number) => x1 - x0 - gap * (n - 1);
  while (ages.length > 1 && roomFor(ages.length) / ages.length < MIN_AGE_WIDTH) {
    let closest = 0;
    for (let i = 1; i < ages.length - 1; i++) if (apartness(ages[i]!, ages[i + 1]!) < apartness(ages[closest]!, ages[closest + 1]!)) closest = i;
    ages.splice(closest, 2, join(ages[closest]!, ages[closest + 1]!));
  }
  if (ages.length < 2) return undefined;
  const weights = ages.map((a) => Math.sqrt(a.count));
  const total = weights.reduce((a, b) => a + b, 0);
  const room = roomFor(ages.length);
  let x = x0;
  return ages.map((age, i) => {
    // Room on either side: a twentieth of the events' age at that point, or of their spread, within half the gap to a neighbour.
    const pad = Math.max((age.end - age.start) * 0.05, (last - age.end) * 0.05, YEAR);
    const before = i > 0 ? (age.start - ages[i - 1]!.end) / 2 : Infinity;
    const after = i < ages.length - 1 ? (ages[i + 1]!.start - age.end) / 2 : Infinity;
    const width = (room * weights[i]!) / total;
    const segment = { start: age.start - Math.min(pad, before), end: age.end + Math.min(pad, after), x0: x, x1: x + width };
    x += width + gap;
    return segment;
  });
}

/**
 * The most crowded run of short events (each lasting at most 31 days, each starting within a
 * week of the one before it ends) that starts after `notBefore` and holds at least three; the
 * latest wins a tie. Its start and end are those of the events in it.
 */
function denseWindow(starts: readonly number[], ends: readonly number[], notBefore: number): { start: number; end: number } | undefined {
  const short = starts
    .map((s, i) => ({ s, e: ends[i]! }))
    .filter(({ s, e }) => e - s <= 31 * DAY)
    .sort((a, b) => a.s - b.s);
  let best: { count: number; start: number; end: number } | undefined;
  let run: { count: number; start: number; end: number } | undefined;
  for (const { s, e } of short) {
    run = run && s - run.end <= 7 * DAY ? { count: run.count + 1, start: run.start, end: Math.max(run.end, e) } : { count: 1, start: s, end: e };
    if (run.start >= notBefore && run.count >= 3 && (!best || run.count >= best.count)) best = run;
  }
  return best && { start: best.start, end: best.end };
}

/**
 * Captions for a stretch after a break, longest first: "October 2025, by day" (or
 * "October–November 2025, by day"); after it "November 2025 – June 2026", or "2025–2026"
 * where that does not fit.
 */
function segmentCaptions(segment: Segment, words: LayoutWords): string[] {
  const { locale } = words;
  const month = (t: number) => {
    const { year, month } = calendarAt(t);
    return { year: historicalYear(year), month, precision: 'month' as const };
  };
  if (!segment.holds) return [];
  const a = month(segment.holds.from);
  const b = month(segment.holds.to);
  const same = a.year === b.year && a.month === b.month;
  if (segment.resolution === 'days') return [words.byDay.replace('{span}', same ? formatDate(a, locale) : formatSpan(a, b, locale))];
  if (segment.resolution === 'after') {
    return same ? [formatDate(a, locale)] : [formatSpan(a, b, locale), formatSpan({ year: a.year, precision: 'year' }, a.year === b.year ? undefined : { year: b.year, precision: 'year' }, locale)];
  }
  return [];
}

/** The stretch read by day, for the view that jumps to it, with its caption (e.g. "October 2025"). */
export function focusSegment(segments: readonly Segment[], words: LayoutWords): (Segment & { label: string }) | undefined {
  const days = segments.find((s) => s.resolution === 'days');
  return days && { ...days, label: segmentCaptions(days, { ...words, byDay: '{span}' })[0]! };
}

/**
 * A filter for ticks in left-to-right order that drops a tick whose (centred) label would
 * touch the last one kept: where two stretches of the axis meet, their labels ("2025" and
 * "14 Oct") would otherwise print over each other.
 */
function clearOfPrevious(measure: MeasureText) {
  let right = -Infinity;
  return (tick: { x: number; label: string }) => {
    const half = measure(tick.label, labelStyle(false)) / 2;
    if (tick.x - half < right + 6) return false;
    right = tick.x + half;
    return true;
  };
}

/** The base scale of the segments, before zoom. */
export function baseScale(segments: readonly Segment[]): TimeScale {
  return timeScale(
    segments.flatMap((s) => [s.start, s.end]),
    segments.flatMap((s) => [s.x0, s.x1]),
  );
}

/** Pixels the label covers, from its anchor point. */
export function labelSpan(label: MarkLayout['label'], core: boolean, measure: MeasureText): [number, number] {
  const width = measure(label.text, labelStyle(core));
  return label.anchor === 'start' ? [label.x, label.x + width] : [label.x - width, label.x];
}

/**
 * Where a mark's label goes: right of the mark, or left of it at the plot's right edge;
 * and where the mark's other dates lie on one side, on the other side (or past the
 * farthest of them), so that its own dotted date line never runs through it.
 */
function chooseLabelSide(
  text: string,
  core: boolean,
  measure: MeasureText,
  mark: { x0: number; x1: number },
  alternatives: { left: number; right: number },
  plotX0: number,
  plotX1: number,
): MarkLayout['label'] {
  const { labelGap } = METRICS;
  // Candidates as [x, anchor]; one width serves them all, and only the one chosen becomes
  // a label (a zoom step at thousands of events places hundreds of marks).
  type Side = readonly [x: number, anchor: 'start' | 'end'];
  const width = measure(text, labelStyle(core));
  const leftEdge = ([x, anchor]: Side) => (anchor === 'start' ? x : x - width);
  const fits = (side: Side) => leftEdge(side) >= plotX0 && leftEdge(side) + width <= plotX1;
  const right: Side = [Math.max(mark.x1, alternatives.right > mark.x1 ? alternatives.right : -Infinity) + labelGap, 'start'];
  const left: Side = [Math.min(mark.x0, alternatives.left < mark.x0 ? alternatives.left : Infinity) - labelGap, 'end'];
  const plainRight: Side = [mark.x1 + labelGap, 'start'];
  const plainLeft: Side = [mark.x0 - labelGap, 'end'];
  const hasRight = alternatives.right > mark.x1;
  const hasLeft = alternatives.left < mark.x0;
  const [first, second] = hasRight && !hasLeft ? [plainLeft, right] : hasLeft && !hasRight ? [plainRight, left] : hasLeft ? [right, left] : [plainRight, plainLeft];
  const chosen = fits(first) ? first : fits(second) ? second : undefined;
  if (chosen) return { x: chosen[0], text, visible: true, anchor: chosen[1] };
  // Neither side fits the plot: the second side, unless it would run past the plot's start,
  // shortened at a word to the room it has, or hidden; never cut by the plot's edge.
  const [x, anchor] = leftEdge(second) < plotX0 ? first : second;
  const room = anchor === 'start' ? plotX1 - x : x - plotX0;
  const inside = anchor === 'start' ? x >= plotX0 : x <= plotX1;
  const fitted = inside ? fitText(text, room, labelStyle(core), measure) : '';
  return fitted.length > 2 ? { x, text: fitted, visible: true, anchor } : { x, text, visible: false, anchor };
}

/** An event's instants, computed once per event object (the browser lays the same events out on every zoom step). */
const instantsOf = new WeakMap<TimelineEvent, { start: number; end: number; alternatives: { start: number; end: number }[] }>();
function instants(event: TimelineEvent) {
  let known = instantsOf.get(event);
  if (!known) {
    known = {
      start: startOf(event.start),
      end: endOf(event.end ?? event.start),
      alternatives: event.alternatives.map((alt) => ({ start: startOf(alt.start), end: endOf(alt.end ?? alt.start) })),
    };
    instantsOf.set(event, known);
  }
  return known;
}

/** What a mark without other dates, or a mark not drawn, shares (never changed). */
const NO_ALTERNATIVES: MarkLayout['alternatives'] = Object.freeze([]) as never;
const HIDDEN_LABEL: MarkLayout['label'] = Object.freeze({ x: 0, text: '', visible: false, anchor: 'start' });

/** How far past the plot's edges a mark still counts as drawn (it shows through the clip's margin). */
const CLIP_MARGIN = 16;

/**
 * The order in which a lane's labels claim room: a core event's first, then the rest, in date
 * order. Lanes do not share rows, so an event alone in its lane never competes. (A third rank,
 * for events that start a lineage link, held room that lesser marks then could not be drawn in.)
 */
export const labelRank = (event: Pick<TimelineEvent, 'core'>) => (event.core ? 0 : 1);
const RANKS = [0, 1] as const;

/** Room a mark of an earlier rank holds in a row: its whole extent, and where its shape (with its other dates) lies. */
interface Held {
  start: number;
  end: number;
  shapeStart: number;
  shapeEnd: number;
  mark: MarkLayout;
}

/** A row of a lane: room held by marks of an earlier rank, and the running end of the rank being placed. */
interface Row {
  held: Held[];
  /** Where the last mark of this rank ends, with its label; and its shape alone. */
  end: number;
  shapeEnd: number;
  last?: MarkLayout | undefined;
}

const isClearOf = (row: Row, start: number, end: number) => row.held.every((h) => end <= h.start || start >= h.end);
/** Where the room held in a row next begins, from `x` on. */
const nextHeld = (row: Row, x: number) => row.held.reduce((limit, h) => (h.start >= x && h.start < limit ? h.start : limit), Infinity);

/** The fewest characters a label of an earlier rank keeps when it is shortened to let a later mark be drawn. */
const MIN_HELD_LABEL = 12;

/**
 * Makes room in a row for a later rank's shape from `start` to `end` by shortening, at a
 * word, the labels of earlier ranks that run over it, each to no fewer than MIN_HELD_LABEL
 * characters: a mark drawn matters more than the last words of a label. Returns whether
 * the shape now fits; changes nothing when it cannot.
 */
function makeRoom(row: Row, start: number, end: number, measure: MeasureText): boolean {
  const { labelGap } = METRICS;
  const blocking = row.held.filter((h) => end > h.start && start < h.end);
  const cuts = blocking.map((h) => {
    const { label, core } = h.mark;
    if (!label.visible) return undefined;
    // Only the label's own stretch can give way: the later shape lies past the held shape, on the label's side.
    const room = label.anchor === 'start' ? (h.shapeEnd <= start ? start - labelGap - label.x : -1) : end <= h.shapeStart ? label.x - labelGap - end : -1;
    const text = room > 0 ? fitText(label.text, room, labelStyle(core), measure) : '';
    return text.replace('…', '').length >= MIN_HELD_LABEL ? text : undefined;
  });
  if (cuts.some((text) => text === undefined)) return false;
  blocking.forEach((h, i) => {
    h.mark.label.text = cuts[i]!;
    const [labelStart, labelEnd] = labelSpan(h.mark.label, h.mark.core, measure);
    h.start = Math.min(h.shapeStart, labelStart - labelGap);
    h.end = Math.max(h.shapeEnd, labelEnd + labelGap);
  });
  return true;
}

/** A mark's shape and reach before it has a row: what placing it needs to know. */
interface Placing {
  event: TimelineEvent;
  mark: MarkLayout;
  reach: number;
  altLeft: number;
  altRight: number;
}

/** Where an event's mark and its other dates fall at this zoom; undefined when it is off the plot. */
function markAt(event: TimelineEvent, thread: ThreadId, zoomed: (t: number) => number, plotX0: number, plotX1: number): { mark: MarkLayout; placing?: Placing } {
  const { dotRadius, minBar } = METRICS;
  const when = instants(event);
  let x0 = zoomed(when.start);
  let x1 = zoomed(when.end);
  const exactDay = event.start.precision === 'day' && (event.end ?? event.start).precision === 'day';
  const shape = exactDay || x1 - x0 < minBar ? 'dot' : 'bar';
  if (shape === 'dot') x0 = x1 = (x0 + x1) / 2;
  const reach = shape === 'dot' ? dotRadius : 0;
  const alternatives =
    when.alternatives.length === 0
      ? NO_ALTERNATIVES
      : when.alternatives.map((alt, i) => {
          const x = (zoomed(alt.start) + zoomed(alt.end)) / 2;
          return { x0: x, x1: x, firm: event.alternatives[i]!.firm === true };
        });
  const mark: MarkLayout = { id: event.id, thread, core: event.core, x0, x1, y: 0, shape, approximate: !exactDay, label: HIDDEN_LABEL, alternatives, culled: true };
  // Off the plot (zoomed past): not drawn, and no reason to place.
  if (x1 + reach < plotX0 - CLIP_MARGIN || x0 - reach > plotX1 + CLIP_MARGIN) return { mark };
  // The event's other dates are drawn in its row, joined to it by a dotted line: they take
  // room like the mark does, and its own label must not run through them.
  let altLeft = Infinity;
  let altRight = -Infinity;
  for (const alt of alternatives) {
    altLeft = Math.min(altLeft, alt.x0 - 6);
    altRight = Math.max(altRight, alt.x0 + 6);
  }
  return { mark, placing: { event, mark, reach, altLeft, altRight } };
}

/**
 * Places one lane's marks in rows so that no label overlaps another label or a mark. Marks
 * are placed rank by rank (labelRank), each rank left to right around the room the ranks
 * before it hold, so a core event's label is never given up for another's. A label goes
 * right of its mark, or left of it at the plot's right edge. When every row is taken, the
 * label already in the row with the most room is shortened (or, if too little is left of
 * it, hidden) to make way; a mark that would be drawn over the last mark of that row, or
 * over room an earlier rank holds, is culled instead, and so is a mark off the plot.
 * Culled marks cost next to nothing, which keeps a step of thousands of events within a
 * frame. `y` is the row index.
 */
function placeLane(
  events: readonly TimelineEvent[],
  thread: ThreadId,
  zoomed: (t: number) => number,
  plotX0: number,
  plotX1: number,
  measure: MeasureText,
): MarkLayout[] {
  const placed: MarkLayout[] = [];
  const byRank: Placing[][] = RANKS.map(() => []);
  for (const event of events) {
    const { mark, placing } = markAt(event, thread, zoomed, plotX0, plotX1);
    placed.push(mark);
    if (placing) byRank[labelRank(event)]!.push(placing);
  }
  const rows: Row[] = [];
  for (const rank of byRank) {
    if (rank.length === 0) continue;
    for (const row of rows) Object.assign(row, { end: -Infinity, shapeEnd: -Infinity, last: undefined });
    const inRow = rank.map((placing) => placeMark(placing, rows, plotX0, plotX1, measure));
    // What this rank placed holds its room against the ranks after it.
    rank.forEach(({ mark, reach, altLeft, altRight }, i) => {
      const row = inRow[i];
      if (row === undefined) return;
      const [labelStart, labelEnd] = mark.label.visible ? labelSpan(mark.label, mark.core, measure) : [mark.x0 - reach, mark.x1 + reach];
      const shapeStart = Math.min(mark.x0 - reach, altLeft) - METRICS.labelGap;
      const shapeEnd = Math.max(mark.x1 + reach, altRight) + METRICS.labelGap;
      rows[row]!.held.push({ start: Math.min(shapeStart, labelStart - METRICS.labelGap), end: Math.max(shapeEnd, labelEnd + METRICS.labelGap), shapeStart, shapeEnd, mark });
    });
  }
  keepLabelsClear(placed.filter((mark) => !mark.culled), measure);
  return placed;
}

/** Places one mark in a row (see placeLane); returns the row's index, or undefined when the mark is culled. */
function placeMark({ event, mark, reach, altLeft, altRight }: Placing, rows: Row[], plotX0: number, plotX1: number, measure: MeasureText): number | undefined {
  const { labelGap, maxRows } = METRICS;
  const { x0, x1 } = mark;
  const shapeStart = Math.min(x0 - reach, altLeft) - labelGap;
  const shapeEnd = Math.max(x1 + reach, altRight);
  // A row where this mark would not be drawn over the last mark there (its label may be cut to make room).
  const clear = (r: Row) => r.shapeEnd + 1 <= x0 - reach;
  const free = (r: Row) => r.end <= shapeStart || clear(r);
  const shapeFits = (r: Row) => free(r) && isClearOf(r, shapeStart, shapeEnd + labelGap);
  if (rows.length >= maxRows && !rows.some(shapeFits) && !rows.some((r) => free(r) && makeRoom(r, shapeStart, shapeEnd + labelGap, measure))) {
    // Only the room an earlier rank holds is in the way: one row more, rather than lose the mark.
    if (rows.length === maxRows && rows.some(free)) rows.push({ held: [], end: -Infinity, shapeEnd: -Infinity });
    // Every row is taken, and in each this mark would be drawn over another: it is lost
    // among the others at this zoom (culled; zooming in shows it).
    else return undefined;
  }
  mark.culled = false;
  const text = labelText(event.label ?? event.title);
  const label = chooseLabelSide(text, event.core, measure, { x0: x0 - reach, x1: x1 + reach }, { left: altLeft, right: altRight }, plotX0, plotX1);
  const [labelStart, labelEnd] = label.visible ? labelSpan(label, event.core, measure) : [x0 - reach, x1 + reach];
  let markStart = Math.min(x0 - reach, labelStart, altLeft) - labelGap;
  const markEnd = Math.max(shapeEnd, labelEnd) + labelGap;
  let row = rows.findIndex((r) => r.end <= markStart && isClearOf(r, markStart, markEnd));
  if (row === -1 && rows.length < maxRows) {
    row = rows.length;
    rows.push({ held: [], end: -Infinity, shapeEnd: -Infinity });
  }
  if (row === -1) {
    // Every row is taken: join the row that frees up first. A label to the left would
    // run back over what is there, so it is hidden; a label to the right is shortened to
    // end before the room an earlier rank holds, and a label to the right of the mark
    // already there is shortened to end before this mark, or hidden if too little is left.
    row = rows.reduce((best, r, i) => (shapeFits(r) && (best === -1 || (clear(r) && (!clear(rows[best]!) || r.end < rows[best]!.end))) ? i : best), -1);
    if (label.anchor === 'end') {
      label.visible = false;
      markStart = shapeStart;
    } else if (label.visible && labelEnd + labelGap > nextHeld(rows[row]!, label.x)) {
      const fitted = fitText(label.text, nextHeld(rows[row]!, label.x) - labelGap - label.x, labelStyle(mark.core), measure);
      if (fitted.length > 2) label.text = fitted;
      else label.visible = false;
    }
    const previous = rows[row]!.last;
    if (previous?.label.visible && previous.label.anchor === 'start') {
      const text = fitText(previous.label.text, markStart - previous.label.x, labelStyle(previous.core), measure);
      if (text.length > 2) previous.label.text = text;
      else previous.label.visible = false;
    }
  }
  mark.label = label;
  mark.y = row;
  const end = label.visible ? Math.max(shapeEnd, labelSpan(label, mark.core, measure)[1]) + labelGap : shapeEnd + labelGap;
  Object.assign(rows[row]!, { end, shapeEnd, last: mark });
  return row;
}

/**
 * The last word on labels in a lane: a label that runs over another mark in its row, or
 * over any event's dotted date line or diamonds there (a later event's line can reach back
 * over labels placed before it), is shortened at a word to end before it, or hidden.
 * `y` is still the row index here.
 */
function keepLabelsClear(marks: MarkLayout[], measure: MeasureText) {
  const { dotRadius, labelGap } = METRICS;
  const obstacles = marks.flatMap((m) => {
    const reach = m.shape === 'dot' ? dotRadius : 0;
    const shapes = [{ id: m.id, line: false, row: m.y, x0: m.x0 - reach, x1: m.x1 + reach }];
    if (m.alternatives.length > 0) {
      const xs = m.alternatives.map((a) => a.x0);
      // The line runs from the mark to each diamond; a diamond reaches 6 px either side.
      shapes.push({ id: m.id, line: true, row: m.y, x0: Math.min(m.x0, ...xs) - 6, x1: Math.max(m.x1, ...xs) + 6 });
    }
    return shapes;
  });
  for (const mark of marks) {
    if (!mark.label.visible) continue;
    for (const obstacle of obstacles) {
      if (!mark.label.visible || obstacle.row !== mark.y || (obstacle.id === mark.id && !obstacle.line)) continue;
      const [start, end] = labelSpan(mark.label, mark.core, measure);
      if (end <= obstacle.x0 || start >= obstacle.x1) continue;
      const { label } = mark;
      const room = label.anchor === 'start' ? obstacle.x0 - labelGap - label.x : label.x - obstacle.x1 - labelGap;
      const ahead = label.anchor === 'start' ? obstacle.x0 > label.x : obstacle.x1 < label.x;
      const text = ahead ? fitText(label.text, room, labelStyle(mark.core), measure) : '';
      if (text.length > 2) label.text = text;
      else label.visible = false;
    }
  }
}

/** Lays out `events`, which must be in date order (labels are placed left to right). */
export function layoutTimeline(events: readonly TimelineEvent[], options: LayoutOptions): TimelineLayout {
  const { width, transform = IDENTITY } = options;
  // The lanes: the threads shown, or all the story's, in the order its words name them.
  const threads = options.threads ?? Object.keys(options.words.lanes);
  const plotX0 = METRICS.gutter;
  const plotX1 = width - METRICS.right;
  // Segments come from all events, so filtering lanes does not move the axis.
  const segments = axisSegments(events, plotX0, plotX1);
  const base = baseScale(segments);
  const zoomed = (t: number) => base(t) * transform.k + transform.x;

  const visible = events.filter((e) => isShown(e, options));

  const breaks = segments.slice(1).map((s, i) => ((segments[i]!.x1 + s.x0) / 2) * transform.k + transform.x);
  // Ticks per segment, each at its own resolution, inside the plot and clear of the breaks.
  const ticks = segments.flatMap((segment) => {
    const a = Math.max(zoomed(segment.start), plotX0);
    const b = Math.min(zoomed(segment.end), plotX1);
    if (b - a < 24) return [];
    const tickStart = Math.max(segment.start, base.invert((a - transform.x) / transform.k));
    const tickEnd = Math.min(segment.end, base.invert((b - transform.x) / transform.k));
    return timeTicks(tickStart, tickEnd, b - a, options.words.locale)
      .map((tick) => ({ ...tick, x: zoomed(tick.t) }))
      .filter((tick) => {
        // Clear of each break mark (12 px wide): the tick's line by 26 px, its centred label whole.
        const half = options.measure(tick.label, labelStyle(false)) / 2;
        const clearance = Math.max(26, half + 10);
        // And its label whole within the plot and its margin, not half hidden under the lane names.
        return breaks.every((x) => Math.abs(tick.x - x) > clearance) && tick.x - half >= plotX0 && tick.x + half <= width;
      });
  }).filter(clearOfPrevious(options.measure));

  const lanes: LaneLayout[] = [];
  const marks: MarkLayout[] = new Array(visible.length);
  // Each lane's events, by their place in date order.
  const laneIndices = new Map<ThreadId, number[]>(threads.map((thread) => [thread, []]));
  visible.forEach((event, i) => laneIndices.get(event.thread)!.push(i));
  let y = METRICS.axisHeight;
  for (const thread of threads) {
    const indices = laneIndices.get(thread)!;
    const placed = placeLane(indices.map((i) => visible[i]!), thread, zoomed, plotX0, plotX1, options.measure);
    const rows = Math.max(1, ...placed.map((mark) => mark.y + 1));
    const height = rows * METRICS.rowHeight + 2 * METRICS.lanePadding;
    for (const mark of placed) mark.y = y + METRICS.lanePadding + (mark.y + 0.5) * METRICS.rowHeight;
    lanes.push({ thread, label: options.words.lanes[thread] ?? thread, y, height });
    // Back in date order, the keyboard's order.
    placed.forEach((mark, j) => (marks[indices[j]!] = mark));
    y += height;
  }
  const crowds = crowdsOf(visible, marks, { x0: plotX0, x1: plotX1 }, y + METRICS.crowdRow / 2 + 2, transform, options.measure, options.words.locale);
  const captions = segments.slice(1).flatMap((segment) => {
    const x = Math.max(zoomed(segment.start), plotX0) + 4;
    const room = Math.min(plotX1, zoomed(segment.end)) - x;
    const text = segmentCaptions(segment, options.words).find((caption) => options.measure(caption, { fontSize: METRICS.fontSize, bold: true }) <= room);
    return text ? [{ x, text }] : [];
  });
  return {
    width,
    height: y + 4 + METRICS.crowdRow,
    captions,
    plot: { x0: plotX0, x1: plotX1, y0: METRICS.axisHeight, y1: y },
    ticks,
    breaks,
    lanes,
    marks,
    crowds,
  };
}

/** The text of a crowd's control. */
export const crowdText = (count: number) => `+${count}`;

/**
 * The crowds of a layout (see Crowd): drawn marks whose label is not shown, and marks lost
 * among others, in the plot, taken left to right and gathered while each is within
 * crowdGap of the last. A crowd of one is no crowd: its mark is there to be pointed at.
 * Controls that would touch are one control.
 */
function crowdsOf(events: readonly TimelineEvent[], marks: readonly MarkLayout[], plot: { x0: number; x1: number }, y: number, transform: View, measure: MeasureText, locale: Locale): Crowd[] {
  const unnamed = marks
    .map((mark, i) => ({ mark, event: events[i]!, x: (mark.x0 + mark.x1) / 2 }))
    .filter(({ mark, x }) => x >= plot.x0 && x <= plot.x1 && (mark.culled || !mark.label.visible))
    .sort((a, b) => a.x - b.x);
  const groups: (typeof unnamed)[] = [];
  for (const item of unnamed) {
    const group = groups.at(-1);
    if (group && item.x - group.at(-1)!.x <= METRICS.crowdGap) group.push(item);
    else groups.push([item]);
  }
  const style = labelStyle(true);
  const widthOf = (count: number) => measure(crowdText(count), style) + 16;
  const place = (centre: number, width: number) => Math.min(Math.max(centre, plot.x0 + width / 2), plot.x1 - width / 2);
  // Controls that would touch become one, over both crowds.
  const merged: (typeof unnamed)[] = [];
  let right = -Infinity;
  for (const group of groups.filter((g) => g.length > 1)) {
    const previous = merged.at(-1);
    const x = place((group[0]!.x + group.at(-1)!.x) / 2, widthOf(group.length));
    if (previous && x - widthOf(group.length) / 2 < right + 6) previous.push(...group);
    else merged.push([...group]);
    const last = merged.at(-1)!;
    right = place((last[0]!.x + last.at(-1)!.x) / 2, widthOf(last.length)) + widthOf(last.length) / 2;
  }
  return merged.map((group) => {
    const width = widthOf(group.length);
    const first = group.reduce((a, b) => (startOf(b.event.start) < startOf(a.event.start) ? b : a)).event;
    const last = group.reduce((a, b) => (endOf(b.event.end ?? b.event.start) > endOf(a.event.end ?? a.event.start) ? b : a)).event;
    const x0 = group[0]!.x;
    const x1 = group.at(-1)!.x;
    return {
      x: place((x0 + x1) / 2, width),
      y,
      width,
      count: group.length,
      firstId: first.id,
      dates: formatSpan(first.start, last.end ?? last.start, locale),
      span: [(x0 - transform.x) / transform.k, (x1 - transform.x) / transform.k],
    };
  });
}
