/**
 * Axis ticks for a span of UTC time at a given pixel width: the finest of years, months
 * or days whose labels do not crowd each other. Pure UTC arithmetic (see time-scale.ts
 * for why not d3-time).
 */
export interface Tick {
  /** The instant (UTC milliseconds). */
  t: number;
  label: string;
}

import { shortMonth, shortDay, utc, calendarAt, astronomicalYear, historicalYear, formatYear, CALENDAR_YEARS } from '../partial-date.ts';
import type { Locale } from '../../i18n/locales.ts';

const DAY = 86_400_000;
const YEAR = 365.2425 * DAY;

interface Step {
  unit: 'year' | 'month' | 'day';
  every: number;
  /** Roughly how long one step is, to estimate spacing. */
  length: number;
}

/** Years in steps of 1, 2, 5, 10, 20, 25, 50, 100 and then 1, 2, 5 times a power of ten, to the age of the universe. */
const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, ...Array.from({ length: 9 }, (_, i) => [2, 5, 10].map((m) => m * 10 ** (i + 2))).flat()];

const STEPS: Step[] = [
  ...[1, 2, 3, 7].map((every) => ({ unit: 'day' as const, every, length: every * DAY })),
  ...[1, 3, 6].map((every) => ({ unit: 'month' as const, every, length: every * 30.44 * DAY })),
  ...YEAR_STEPS.map((every) => ({ unit: 'year' as const, every, length: every * YEAR })),
];

function format(t: number, unit: Step['unit'], locale: Locale): string {
  const { year, month, day } = calendarAt(t);
  if (unit === 'month') return `${shortMonth(month, locale)} ${year > 0 ? year : formatYear(historicalYear(year), locale)}`;
  return shortDay(day, month, locale);
}

/** The significant figures a year's label needs for ticks `step` apart to differ: 13.65bn, not 13.6bn twice. */
const figuresFor = (year: number, step: number) => Math.max(1, Math.min(21, Math.ceil(Math.log10(Math.abs(year) / step + 1)) + 1));

/**
 * Year ticks on round years as a reader counts them: 2000 BC, 1000 BC, 1000 (there is no
 * year 0, so that tick is left out), and "10bn years ago" in deep time. A label longer than
 * "1904" widens the step so labels do not crowd; a stretch with room for one round year at
 * most gets its middle year instead, to three figures.
 */
function yearTicks(start: number, end: number, perPixel: number, minSpacing: number, locale: Locale): Tick[] {
  // Historical years (negative before the common era) at either end of the view.
  const from = historicalYear(calendarAt(start).year);
  const to = historicalYear(calendarAt(end).year);
  const at = (year: number) => utc(astronomicalYear(year), 0, 1);
  const label = (year: number, step: number) => formatYear(year, locale, 'short', figuresFor(year, step));
  const labelWidth = (year: number, step: number) => label(year, step).length * 7 + 16;
  const step = YEAR_STEPS.find((every) => (every * YEAR) / perPixel >= Math.max(minSpacing, labelWidth(Math.round(from / every) * every || every, every)));
  if (step === undefined) return [];
  const ticks: Tick[] = [];
  let year = Math.ceil(from / step) * step;
  while (year === 0 || at(year) < start) year += step;
  for (; at(year) <= end; year += step) if (year !== 0) ticks.push({ t: at(year), label: label(year, step) });
  if (ticks.length > 1) return ticks;
  // One round year at most (a short stretch of deep time): its middle year, to three figures, says more.
  const middle = Math.round((from + to) / 2);
  const figure = 10 ** Math.max(0, Math.floor(Math.log10(Math.abs(middle) || 1)) - 2);
  const round = Math.round(middle / figure) * figure || 1;
  const fits = at(round) >= start && at(round) <= end && labelWidth(round, figure) <= (end - start) / perPixel;
  return fits ? [{ t: at(round), label: label(round, figure) }] : ticks;
}

/** Ticks within [start, end] spaced at least `minSpacing` pixels apart over `pixels`. */
export function timeTicks(start: number, end: number, pixels: number, locale: Locale, minSpacing = 56): Tick[] {
  if (!(end > start) || pixels <= 0) return [];
  const perPixel = (end - start) / pixels;
  const first = calendarAt(start);
  // Months and days only where the calendar names them (years -9999 to 9999).
  const calendar = Math.abs(first.year) <= CALENDAR_YEARS;
  const step = STEPS.find((s) => s.length / perPixel >= minSpacing && (calendar || s.unit === 'year')) ?? STEPS.at(-1)!;
  if (step.unit === 'year') return yearTicks(start, end, perPixel, minSpacing, locale);
  const ticks: Tick[] = [];
  if (step.unit === 'month') {
    let index = first.year * 12 + first.month - 1;
    index = Math.ceil(index / step.every) * step.every;
    // Months counted from year 0, split back into a year and a month.
    const at = (i: number) => utc(Math.floor(i / 12), ((i % 12) + 12) % 12, 1);
    for (let t = at(index); t <= end; t = at((index += step.every))) {
      if (t >= start) ticks.push({ t, label: format(t, 'month', locale) });
    }
  } else {
    // Fixed multiples of the step, counted from the epoch (as d3-time aligns its intervals),
    // so panning moves the ticks with the days instead of relabelling them.
    const every = step.every * DAY;
    for (let t = Math.ceil(start / every) * every; t <= end; t += every) ticks.push({ t, label: format(t, 'day', locale) });
  }
  return ticks;
}
