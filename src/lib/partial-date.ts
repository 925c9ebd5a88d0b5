/**
 * Partial ISO dates: `1904`, `2007-04`, `2025-10-16`, and years of deep time: `-3500`
 * (3500 BCE), `-13800000000` (13.8 billion years ago).
 *
 * The research gives many dates only to the year or the month. A partial date keeps
 * that precision, so "1904" is never shown or sorted as if it were 1 January 1904.
 * All arithmetic is in UTC so the result never depends on the machine's time zone.
 *
 * Years are numbered as historians (and TimelineJS) number them: -1 is 1 BCE, the year
 * before 1 CE; there is no year 0. A month or a day is given only for years -9999 to 9999.
 */

export type DatePrecision = 'year' | 'month' | 'day';

export interface PartialDate {
  /** The year: 1904; -3500 for 3500 BCE (there is no year 0). */
  year: number;
  /** 1–12, present for month and day precision. */
  month?: number;
  /** 1–31, present for day precision. */
  day?: number;
  precision: DatePrecision;
}

import { LOCALES, DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { formatNumber as formatIntlNumber } from '../i18n/format.ts';

/** English month names, for error messages. */
export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/**
 * How a language writes the parts of a date, read from Intl once: month names alone
 * ("апрель") and inside a date ("16 апреля"), short names for axis ticks ("Sept", "сент."),
 * and what follows a year given with its month ("г." in Russian).
 */
export interface DateWords {
  month: string[];
  monthInDate: string[];
  monthShort: string[];
  monthShortInDate: string[];
  /**
   * How the language writes a day, a month, a short day, with {day}, {month}, {year}:
   * "{day} {month} {year} г.", "{day} ב{month} {year}"; `dayMonth` is a day without its year.
   */
  patterns: { day: string; month: string; dayMonth: string; shortDay: string; beforeCommonEra: string; yearsAgo: string; yearsAhead: string };
}

const dateWords = new Map<Locale, DateWords>();

/**
 * Date words read at build time, handed to this module in the browser: making the Intl
 * formatters that read them costs tens of milliseconds there, before the timeline can draw.
 */
export function rememberDateWords(locale: Locale, words: DateWords): void {
  dateWords.set(locale, words);
}

export function wordsFor(locale: Locale): DateWords {
  const cached = dateWords.get(locale);
  if (cached) return cached;
  const intl = LOCALES[locale].intl;
  const format = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(intl, { ...options, timeZone: 'UTC' });
  const months = Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2001, i, 15)));
  const part = (formatter: Intl.DateTimeFormat, date: Date, type: Intl.DateTimeFormatPartTypes) =>
    formatter.formatToParts(date).find((p) => p.type === type)?.value ?? '';
  const inDate = format({ day: 'numeric', month: 'long', year: 'numeric' });
  const withYear = format({ month: 'long', year: 'numeric' });
  const shortInDate = format({ day: 'numeric', month: 'short' });
  // The order and the words between (" ב", " г.") as Intl writes them, the values as
  // placeholders; its no-break spaces as plain ones (src/lib/typeset.ts sets a language's).
  const pattern = (formatter: Intl.DateTimeFormat) =>
    formatter
      .formatToParts(months[3])
      .map((p) => (p.type === 'day' || p.type === 'month' || p.type === 'year' ? `{${p.type}}` : p.value.replace(/[\u00a0\u202f]/g, ' ')))
      .join('');
  const day = pattern(inDate);
  // Deep time: an era ("3500 BC", "3500 г. до н. э.") and "{amount} years ago" as Intl words them.
  const era = format({ year: 'numeric', era: 'short' })
    .formatToParts(utc(-3499, 0, 1))
    .map((p) => (p.type === 'year' ? '{year}' : p.value.replace(/[\u00a0\u202f]/g, ' ')))
    .join('');
  // The number's parts (digits, group separators) become one {amount}.
  const relative = (amount: number) =>
    new Intl.RelativeTimeFormat(intl, { numeric: 'always' })
      .formatToParts(amount, 'year')
      .map((p) => (p.type === 'literal' ? p.value.replace(/[\u00a0\u202f]/g, ' ') : '{amount}'))
      .join('')
      .replace(/(\{amount\})+/, '{amount}');
  // One formatter per form, not per month: making one is the slow part (some 1–2 ms each).
  const monthsIn = (formatter: Intl.DateTimeFormat) => months.map((d) => part(formatter, d, 'month'));
  const words: DateWords = {
    month: monthsIn(format({ month: 'long' })),
    monthInDate: monthsIn(inDate),
    monthShort: monthsIn(format({ month: 'short' })),
    monthShortInDate: monthsIn(shortInDate),
    patterns: {
      day,
      month: pattern(withYear),
      dayMonth: withoutYear(day),
      shortDay: pattern(shortInDate),
      beforeCommonEra: era,
      yearsAgo: relative(-5_000_000),
      yearsAhead: relative(5_000_000),
    },
  };
  dateWords.set(locale, words);
  return words;
}

/** A day's pattern without its year, and the spaces and commas that led to it: "{day} {month}", "{month} {day}". */
function withoutYear(pattern: string): string {
  const [before = '', after = ''] = pattern.split('{year}');
  return before.trim() ? before.replace(/[\s,]+$/, '') : after.replace(/^[\s,]+/, '').replace(/\s+\S*\.$/, '');
}

/** Fills a date pattern's {day}, {month} and {year}. */
function fillDate(pattern: string, values: { day?: string | number; month?: string; year?: string | number }): string {
  return pattern.replace(/\{(day|month|year)\}/g, (_, key: 'day' | 'month' | 'year') => String(values[key] ?? ''));
}

/** A month's short name for axis ticks: "Oct", "окт.". */
export function shortMonth(month: number, locale: Locale = DEFAULT_LOCALE): string {
  return wordsFor(locale).monthShort[month - 1]!;
}

/** A month's name as it stands alone: "October", "октябрь". */
export function monthName(month: number, locale: Locale = DEFAULT_LOCALE): string {
  return wordsFor(locale).month[month - 1]!;
}

/** A day with its month, for axis ticks: "14 Oct", "14 окт.", "14 мая". */
export function shortDay(day: number, month: number, locale: Locale = DEFAULT_LOCALE): string {
  const words = wordsFor(locale);
  return fillDate(words.patterns.shortDay, { day, month: words.monthShortInDate[month - 1]! });
}

const PATTERN = /^(-?\d+)(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Years further from the common era than this are refused: twice the age of the universe will do. */
export const FARTHEST_YEAR = 30_000_000_000;
/** Years that may carry a month and a day: those ISO's four digits (and Intl's dates) can name. */
export const CALENDAR_YEARS = 9999;
/** Years from this one back are "years ago" rather than BCE: "66 million years ago", "12,000 BCE". */
const YEARS_AGO_FROM = -1_000_000;

/** Milliseconds in 400 Gregorian years, which hold a whole number of days (146,097). */
const FOUR_CENTURIES = 146_097 * 86_400_000;

/**
 * Date.UTC for any astronomical year (0 is 1 BCE, -1 is 2 BCE), however far: the year is
 * taken into 1970–2369 by whole 400-year cycles, where the calendar repeats, and brought
 * back. (Date.UTC alone reads 0–99 as 1900–1999 and stops at about ±271,821.) Exact in
 * that range; in deep time, to far less than a day.
 */
export function utc(year: number, monthIndex: number, day = 1): number {
  const cycles = Math.floor((year - 1970) / 400);
  return Date.UTC(year - cycles * 400, monthIndex, day) + cycles * FOUR_CENTURIES;
}

const DAY = 86_400_000;
/** Days in 400 Gregorian years. */
const CYCLE_DAYS = 146_097;
/** Instants further out than JavaScript's Date reaches (about ±271,821 years) are rounded to a day's midnight. */
const DATE_LIMIT = 8.64e15;

/**
 * The astronomical year, month (1–12) and day of an instant from {@link utc}, however far.
 * Counted in whole days, so that deep time's midnights, rounded in milliseconds, still fall
 * on their own day.
 */
export function calendarAt(t: number): { year: number; month: number; day: number } {
  const days = Math.abs(t) > DATE_LIMIT ? Math.round(t / DAY) : Math.floor(t / DAY);
  const cycles = Math.floor(days / CYCLE_DAYS);
  const date = new Date((days - cycles * CYCLE_DAYS) * DAY);
  return { year: date.getUTCFullYear() + cycles * 400, month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The astronomical year of a historical one: 1 BCE (-1) is 0, 2 BCE is -1; CE years are themselves. */
export const astronomicalYear = (year: number) => (year < 0 ? year + 1 : year);
/** The historical year of an astronomical one: 0 is 1 BCE (-1). */
export const historicalYear = (year: number) => (year <= 0 ? year - 1 : year);

/** Days in a month of the proleptic Gregorian calendar (1 BC, -1, was a leap year). */
export function daysInMonth(year: number, month: number): number {
  return new Date(utc(astronomicalYear(year), month, 0)).getUTCDate();
}

/**
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or a year alone of any size, negative before
 * the common era. Returns an error message instead of throwing, so schema validation can
 * report it against the field.
 */
export function parsePartialDate(text: string): PartialDate | { error: string } {
  const match = PATTERN.exec(text.trim());
  if (!match) {
    return { error: `"${text}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (a year before the common era with a minus: -3500)` };
  }
  const year = Number(match[1]);
  if (year === 0) return { error: `"${text}": there is no year 0 (1 BCE is -1, 1 CE is 1)` };
  if (Math.abs(year) > FARTHEST_YEAR) return { error: `"${text}" is further than ${FARTHEST_YEAR.toLocaleString('en')} years from the common era` };
  if (match[2] === undefined) return { year, precision: 'year' };
  if (Math.abs(year) > CALENDAR_YEARS) return { error: `"${text}": a month or day is given only for years -${CALENDAR_YEARS} to ${CALENDAR_YEARS}` };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { error: `"${text}" has no month ${match[2]}` };
  if (match[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) {
    return { error: `"${text}" is not a day of ${MONTHS[month - 1]} ${year}` };
  }
  return { year, month, day, precision: 'day' };
}

/** Like {@link parsePartialDate} but throws; for values already validated. */
export function toPartialDate(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
}

/** The ISO form the date was written in, e.g. `2007-04`. */
export function isoString(date: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  let text = (date.year < 0 ? '-' : '') + String(Math.abs(date.year)).padStart(4, '0');
  if (date.month !== undefined) text += `-${pad(date.month)}`;
  if (date.day !== undefined) text += `-${pad(date.day)}`;
  return text;
}

/** The first instant the date covers (UTC milliseconds). */
export function startOf(date: PartialDate): number {
  return utc(astronomicalYear(date.year), (date.month ?? 1) - 1, date.day ?? 1);
}

/** The first instant after the date (UTC milliseconds): a year, a month or a day later. */
export function endOf(date: PartialDate): number {
  const year = astronomicalYear(date.year);
  if (date.precision === 'year') return utc(year + 1, 0, 1);
  if (date.precision === 'month') return utc(year, date.month!, 1);
  return utc(year, date.month! - 1, date.day! + 1);
}

/**
 * Orders dates by the instant they start; a coarser date sorts before a finer one that
 * starts at the same instant ("1904" before "1904-01-01"), so the order is total.
 */
export function compareDates(a: PartialDate, b: PartialDate): number {
  const rank = { year: 0, month: 1, day: 2 } as const;
  return startOf(a) - startOf(b) || rank[a.precision] - rank[b.precision];
}

/** True when `end` finishes before `start` begins, i.e. a range that runs backwards. */
export function endsBefore(end: PartialDate, start: PartialDate): boolean {
  return endOf(end) <= startOf(start);
}

/** A year's number in words: grouped ("12,000"), or compact ("13.8 billion", short "13.8bn") to `figures` significant figures; spaces plain, as the typesetter sets a language's own. */
function formatNumber(locale: Locale, value: number, style: 'grouped' | 'long' | 'short', figures = 3): string {
  const options: Intl.NumberFormatOptions = style === 'grouped' ? { useGrouping: 'min2' } : { notation: 'compact', compactDisplay: style, maximumSignificantDigits: figures };
  return formatIntlNumber(locale, value, options).replace(/[\u00a0\u202f]/g, ' ');
}

/**
 * A year in words: "1904"; "3500 BC", "12,000 BC"; "66 million years ago", "13.8 billion
 * years ago" (`short`: "66M years ago", for axis ticks); "12,000"; in Russian "3500 г. до
 * н. э.", "13,8 млрд лет назад". The words are Intl's, so any language has them. `figures`:
 * the significant figures of millions and billions (3: "13.8 billion"; ticks ask for more where
 * they must differ).
 */
export function formatYear(year: number, locale: Locale = DEFAULT_LOCALE, style: 'long' | 'short' = 'long', figures = 3): string {
  if (year >= 1 && year <= CALENDAR_YEARS) return String(year);
  const { patterns } = wordsFor(locale);
  if (year > -YEARS_AGO_FROM) return patterns.yearsAhead.replace('{amount}', formatNumber(locale, year, style, figures));
  if (year > 0) return formatNumber(locale, year, 'grouped');
  if (year > YEARS_AGO_FROM) return patterns.beforeCommonEra.replace('{year}', formatNumber(locale, -year, 'grouped'));
  return patterns.yearsAgo.replace('{amount}', formatNumber(locale, -year, style, figures));
}

const eraFormats = new Map<string, Intl.DateTimeFormat>();
/** A date with its era, as Intl writes it: "15 March 44 BC", "AD 50". */
function formatWithEra(date: PartialDate, locale: Locale): string {
  const key = `${locale} ${date.precision}`;
  let formatter = eraFormats.get(key);
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions = {
      timeZone: 'UTC',
      era: 'short',
      year: 'numeric',
      ...(date.precision !== 'year' && { month: 'long' }),
      ...(date.precision === 'day' && { day: 'numeric' }),
    };
    eraFormats.set(key, (formatter = new Intl.DateTimeFormat(LOCALES[locale].intl, options)));
  }
  return formatter.format(startOf(date)).replace(/[\u00a0\u202f]/g, ' ');
}

/** True for a year written as its number alone, 1 to 9999 CE. */
const plainYear = (year: number) => year >= 1 && year <= CALENDAR_YEARS;

/**
 * "1904", "April 2007", "16 October 2025"; in Russian "1904", "апрель 2007 г.", "16 октября 2025 г.";
 * before the common era "3500 BC", "15 March 44 BC"; deep time "13.8 billion years ago".
 */
export function formatDate(date: PartialDate, locale: Locale = DEFAULT_LOCALE): string {
  if (date.precision === 'year') return formatYear(date.year, locale);
  if (date.year < 1) return formatWithEra(date, locale);
  const words = wordsFor(locale);
  if (date.precision === 'month') return fillDate(words.patterns.month, { month: words.month[date.month! - 1]!, year: date.year });
  return fillDate(words.patterns.day, { day: date.day!, month: words.monthInDate[date.month! - 1]!, year: date.year });
}

/**
 * A range written as briefly as its precision allows:
 * "1902–1907", "May–August 1899", "18–23 October 2025", "27 March – 2 April 2008";
 * "май–август 1899 г.", "18–23 октября 2025 г.", "27 марта – 2 апреля 2008 г.".
 */
export function formatRange(start: PartialDate, end: PartialDate, locale: Locale = DEFAULT_LOCALE): string {
  // A range across the start of the common era names the era at both ends: "100 BC – 50 AD".
  const across = start.year < 1 && start.year > YEARS_AGO_FROM && end.year >= 1 && end.year <= CALENDAR_YEARS;
  const full = () => `${formatDate(start, locale)} – ${across ? formatWithEra(end, locale) : formatDate(end, locale)}`;
  if (start.precision !== end.precision) return full();
  if (start.precision === 'year') {
    if (plainYear(start.year) && plainYear(end.year)) return `${start.year}–${end.year}`;
    // Both before the common era and in years: the era once, "3500–3000 BC".
    const bce = (year: number) => year < 0 && year > YEARS_AGO_FROM;
    if (bce(start.year) && bce(end.year)) {
      return wordsFor(locale).patterns.beforeCommonEra.replace('{year}', `${formatNumber(locale, -start.year, 'grouped')}–${formatNumber(locale, -end.year, 'grouped')}`);
    }
    return full();
  }
  if (start.year < 1 || end.year < 1) return full();
  const { month, monthInDate, patterns } = wordsFor(locale);
  const sameYear = start.year === end.year;
  if (start.precision === 'month') {
    return sameYear ? fillDate(patterns.month, { month: `${month[start.month! - 1]}–${month[end.month! - 1]}`, year: end.year }) : full();
  }
  if (sameYear && start.month === end.month) {
    return fillDate(patterns.day, { day: `${start.day}–${end.day}`, month: monthInDate[end.month! - 1]!, year: end.year });
  }
  if (sameYear) return `${fillDate(patterns.dayMonth, { day: start.day!, month: monthInDate[start.month! - 1]! })} – ${formatDate(end, locale)}`;
  return full();
}

/** The label for a date or a range; a single date when there is no end. */
export function formatSpan(start: PartialDate, end?: PartialDate, locale: Locale = DEFAULT_LOCALE): string {
  return end ? formatRange(start, end, locale) : formatDate(start, locale);
}
