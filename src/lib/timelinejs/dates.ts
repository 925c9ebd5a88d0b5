/**
 * Arithmetic on partial dates for the importer: when a date starts and ends, in UTC
 * milliseconds, for every year from 1 to 9999. (`Date.UTC` reads years 0–99 as 1900–1999,
 * so this sets the full year instead.)
 */
import { isoString, type PartialDate } from '../partial-date.ts';

/** UTC milliseconds at the start of a day; months and days may run over, as in Date.UTC. */
function utc(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

/** The first instant the date covers. */
export function startMs(date: PartialDate): number {
  return utc(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

/** The first instant after the date: a year, a month or a day later. */
export function endMs(date: PartialDate): number {
  if (date.month === undefined) return utc(date.year + 1, 0, 1);
  if (date.day === undefined) return utc(date.year, date.month, 1);
  return utc(date.year, date.month - 1, date.day + 1);
}

/** True when `end` is over before `start` begins: a range that runs backwards. */
export function endsBefore(end: PartialDate, start: PartialDate): boolean {
  return endMs(end) <= startMs(start);
}

/** Orders dates by their first instant, a coarser date first when two start together. */
export function compareDates(a: PartialDate, b: PartialDate): number {
  const rank = { year: 0, month: 1, day: 2 } as const;
  return startMs(a) - startMs(b) || rank[a.precision] - rank[b.precision];
}

/**
 * The date of the same precision just before `date`: the year, month or day before it.
 * Undefined before year 1.
 */
export function previous(date: PartialDate): PartialDate | undefined {
  if (date.month === undefined) return date.year > 1 ? { year: date.year - 1, precision: 'year' } : undefined;
  if (date.day === undefined) {
    if (date.month > 1) return { year: date.year, month: date.month - 1, precision: 'month' };
    return date.year > 1 ? { year: date.year - 1, month: 12, precision: 'month' } : undefined;
  }
  const before = new Date(utc(date.year, date.month - 1, date.day - 1));
  if (before.getUTCFullYear() < 1) return undefined;
  return { year: before.getUTCFullYear(), month: before.getUTCMonth() + 1, day: before.getUTCDate(), precision: 'day' };
}

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 ? (leap ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** A span in words for messages and titles: "1902", "1902–1907", "1902-05 – 1907". */
export function spanText(start: PartialDate, end?: PartialDate): string {
  if (!end || isoString(end) === isoString(start)) return isoString(start);
  return start.precision === 'year' && end.precision === 'year' ? `${start.year}–${end.year}` : `${isoString(start)} – ${isoString(end)}`;
}
