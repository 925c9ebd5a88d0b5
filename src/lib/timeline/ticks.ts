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

import { shortMonth, shortDay, utc } from '../partial-date.ts';
import type { Locale } from '../../i18n/locales.ts';

const DAY = 86_400_000;

interface Step {
  unit: 'year' | 'month' | 'day';
  every: number;
  /** Roughly how long one step is, to estimate spacing. */
  length: number;
}

const STEPS: Step[] = [
  ...[1, 2, 3, 7].map((every) => ({ unit: 'day' as const, every, length: every * DAY })),
  ...[1, 3, 6].map((every) => ({ unit: 'month' as const, every, length: every * 30.44 * DAY })),
  ...[1, 2, 5, 10, 20, 25, 50, 100].map((every) => ({ unit: 'year' as const, every, length: every * 365.25 * DAY })),
];

function format(t: number, unit: Step['unit'], locale: Locale): string {
  const date = new Date(t);
  const year = date.getUTCFullYear();
  if (unit === 'year') return String(year);
  if (unit === 'month') return `${shortMonth(date.getUTCMonth() + 1, locale)} ${year}`;
  return shortDay(date.getUTCDate(), date.getUTCMonth() + 1, locale);
}

/** Ticks within [start, end] spaced at least `minSpacing` pixels apart over `pixels`. */
export function timeTicks(start: number, end: number, pixels: number, locale: Locale, minSpacing = 56): Tick[] {
  if (!(end > start) || pixels <= 0) return [];
  const perPixel = (end - start) / pixels;
  const step = STEPS.find((s) => s.length / perPixel >= minSpacing) ?? STEPS.at(-1)!;
  const first = new Date(start);
  const ticks: Tick[] = [];
  if (step.unit === 'year') {
    let year = Math.ceil(first.getUTCFullYear() / step.every) * step.every;
    for (let t = utc(year, 0, 1); t <= end; t = utc((year += step.every), 0, 1)) {
      if (t >= start) ticks.push({ t, label: format(t, 'year', locale) });
    }
  } else if (step.unit === 'month') {
    let index = first.getUTCFullYear() * 12 + first.getUTCMonth();
    index = Math.ceil(index / step.every) * step.every;
    // Months counted from year 0, split back into a year and a month.
    const at = (i: number) => utc(Math.floor(i / 12), i % 12, 1);
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
