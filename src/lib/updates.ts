/** Rules for the dates that say when an entry changed. */
import { parsePartialDate, compareDates, isoString, type PartialDate } from './partial-date.ts';

/** Today's date in UTC as YYYY-MM-DD: the build's "now", so a stamp can never be in the future. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Why an `updated` date is wrong, or undefined when it is fine: it may not lie after
 * `today`, nor before the day the event itself began (an entry cannot change before
 * there was anything to write).
 */
export function updatedDateProblem(updated: string, eventStart: PartialDate, today: string): string | undefined {
  const parsed = parsePartialDate(updated);
  if ('error' in parsed) return parsed.error;
  if (updated > today) return `${updated} is in the future (today is ${today})`;
  if (compareDates(parsed, eventStart) < 0) return `${updated} is before the event itself (${isoString(eventStart)})`;
  return undefined;
}

/** The latest of a list of YYYY-MM-DD days, or undefined for none. */
export function latestDay(days: readonly string[]): string | undefined {
  return days.reduce<string | undefined>((latest, day) => (latest === undefined || day > latest ? day : latest), undefined);
}
