/**
 * Arithmetic on partial dates for the importer, on the engine's own calendar
 * (src/lib/partial-date.ts): any year, negative before the common era, no year 0.
 */
import { isoString, startOf, endOf, calendarAt, historicalYear, FARTHEST_YEAR, type PartialDate } from '../partial-date.ts';

export { compareDates, endsBefore, daysInMonth, startOf as startMs, endOf as endMs } from '../partial-date.ts';

/**
 * The date of the same precision just before `date`: the year, month or day before it
 * (1 BC before AD 1). Undefined before the farthest year a date may name.
 */
export function previous(date: PartialDate): PartialDate | undefined {
  const yearBefore = (year: number) => (year === 1 ? -1 : year - 1);
  if (date.month === undefined) return date.year > -FARTHEST_YEAR ? { year: yearBefore(date.year), precision: 'year' } : undefined;
  if (date.day === undefined) {
    if (date.month > 1) return { year: date.year, month: date.month - 1, precision: 'month' };
    return { year: yearBefore(date.year), month: 12, precision: 'month' };
  }
  const before = calendarAt(startOf(date) - 86_400_000);
  return { year: historicalYear(before.year), month: before.month, day: before.day, precision: 'day' };
}

/** A span in words for messages and titles: "1902", "1902–1907", "1902-05 – 1907". */
export function spanText(start: PartialDate, end?: PartialDate): string {
  if (!end || isoString(end) === isoString(start)) return isoString(start);
  return start.precision === 'year' && end.precision === 'year' ? `${start.year}–${end.year}` : `${isoString(start)} – ${isoString(end)}`;
}
