/**
 * The slides of a TimelineJS story in neutral form, whichever file they came from, and the
 * checks that turn what a reader found (raw values, as written) into slides the content
 * writer can trust: dates as partial dates, text as strings, media with a URL.
 *
 * Every problem is collected and reported together, in the order of the file.
 */
import { isoString, MONTHS, FARTHEST_YEAR, CALENDAR_YEARS, type PartialDate } from '../partial-date.ts';
import { daysInMonth, endsBefore } from './dates.ts';
import { plainText } from './html-to-mdx.ts';
import { ImportError, fieldName, fileProblem, problem, type Field, type Format, type Place } from './problems.ts';

/** A date as the file gives it: numbers or numeric strings, not yet checked. */
export interface RawDate {
  year?: unknown;
  month?: unknown;
  day?: unknown;
  /** The time of day, as written ("14:30"), when the file gives one; it is ignored. */
  time?: string | undefined;
  /** TimelineJS's per-date display_date. */
  display?: unknown;
  /** Set when the file gives something other than a date object. */
  notADate?: boolean;
}

export interface RawMedia {
  url?: unknown;
  caption?: unknown;
  credit?: unknown;
  thumbnail?: unknown;
  alt?: unknown;
  title?: unknown;
}

export type SlideKind = 'event' | 'title' | 'era';

/** One slide (or era) as read, in the file's order. */
export interface RawSlide {
  at: Place;
  kind: SlideKind;
  start?: RawDate | undefined;
  end?: RawDate | undefined;
  displayDate?: unknown;
  headline?: unknown;
  text?: unknown;
  media?: RawMedia | undefined;
  group?: unknown;
  uniqueId?: unknown;
  /** Problems the reader found in the slide's shape (a media entry that is not an object), reported in the slide's place. */
  problems?: string[] | undefined;
  /** Set when the reader could not make a slide of it at all (an unknown Type, a slide that is not an object). */
  broken?: boolean | undefined;
}

export interface RawStory {
  file: string;
  format: Format;
  slides: RawSlide[];
  /** Problems with the file beyond its slides (an `eras` that is not a list), reported after them. */
  problems: string[];
}

export interface Media {
  url: string;
  /** HTML, as given. */
  caption?: string | undefined;
  /** HTML, as given. */
  credit?: string | undefined;
  thumbnail?: string | undefined;
  alt?: string | undefined;
  title?: string | undefined;
}

export interface EventSlide {
  kind: 'event';
  at: Place;
  start: PartialDate;
  end?: PartialDate | undefined;
  /** The date as the story wants it shown, replacing the formatted date. */
  label?: string | undefined;
  /** HTML, as given; never empty once stripped of markup. */
  headline: string;
  /** HTML, as given; may be empty. */
  text: string;
  media?: Media | undefined;
  group?: string | undefined;
  uniqueId?: string | undefined;
}

export interface EraSlide {
  kind: 'era';
  at: Place;
  start: PartialDate;
  end: PartialDate;
  headline: string;
  text: string;
}

export interface TitleSlide {
  kind: 'title';
  at: Place;
  /** Empty when the title slide has none. */
  headline: string;
  text: string;
  media?: Media | undefined;
}

export type Slide = EventSlide | EraSlide | TitleSlide;

export interface Story {
  file: string;
  format: Format;
  /** Every slide, in the file's order. */
  slides: Slide[];
  /** Things the import leaves out and says so (a time of day). */
  notes: string[];
}


/** An absent value: missing, null, or a string of spaces. */
function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** A value shown in a message: numbers as they are (`13`, `1902.5`), anything else in quotes. */
function shown(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string' && /^[+-]?\d+(?:\.\d+)?$/.test(value.trim())) return value.trim();
  return JSON.stringify(typeof value === 'string' ? value.trim() : value);
}

/** A whole number from a number or a numeric string, or undefined. */
function wholeNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value !== 'string' || !/^\s*[+-]?\d+\s*$/.test(value)) return undefined;
  return Number(value);
}

const START_FIELDS = { date: 'start', year: 'year', month: 'month', day: 'day' } as const;
const END_FIELDS = { date: 'end', year: 'endYear', month: 'endMonth', day: 'endDay' } as const;

/** Checks one date; reports what is wrong and returns the date only when nothing is. */
function checkDate(raw: RawDate, at: Place, which: 'start' | 'end', report: (field: Field, what: string) => void): PartialDate | undefined {
  const fields = which === 'start' ? START_FIELDS : END_FIELDS;
  if (raw.notADate) {
    report(fields.date, 'is not a date (an object with a year)');
    return undefined;
  }
  let ok = true;
  const fail = (field: Field, what: string) => {
    report(field, what);
    ok = false;
  };

  let year: number | undefined;
  if (isBlank(raw.year)) {
    const given = !isBlank(raw.month) ? fields.month : !isBlank(raw.day) ? fields.day : undefined;
    if (at.format === 'csv') fail(fields.year, given ? `is empty, but ${fieldName('csv', given)} is given` : 'is empty');
    else fail(fields.year, 'is missing');
  } else {
    year = wholeNumber(raw.year);
    if (year === undefined) fail(fields.year, `${shown(raw.year)} is not a year (a whole number)`);
    else if (year === 0) fail(fields.year, '0: there is no year 0 (years before the common era are negative: -1 is 1 BC)');
    else if (Math.abs(year) > FARTHEST_YEAR) fail(fields.year, `${year}: further than ${FARTHEST_YEAR.toLocaleString('en')} years from the common era`);
  }

  let month: number | undefined;
  if (!isBlank(raw.month)) {
    month = wholeNumber(raw.month);
    if (month === undefined || month < 1 || month > 12) fail(fields.month, `${shown(raw.month)} is not a month (1–12)`);
    else if (year !== undefined && Math.abs(year) > CALENDAR_YEARS) fail(fields.month, `is given, but months and days are kept only for years -${CALENDAR_YEARS} to ${CALENDAR_YEARS}`);
  }

  if (!isBlank(raw.day)) {
    const day = wholeNumber(raw.day);
    if (isBlank(raw.month)) fail(fields.day, `is given without a month`);
    else if (day === undefined || day < 1 || day > 31) fail(fields.day, `${shown(raw.day)} is not a day of a month (1–31)`);
    else if (ok && day > daysInMonth(year!, month!)) fail(fields.day, `${day} is not a day of ${MONTHS[month! - 1]} ${year}`);
    if (ok) return { year: year!, month: month!, day: day!, precision: 'day' };
  }
  if (!ok) return undefined;
  return month === undefined ? { year: year!, precision: 'year' } : { year: year!, month, precision: 'month' };
}

/** Is any part of this date given? */
function isGiven(raw: RawDate | undefined): raw is RawDate {
  return raw !== undefined && (raw.notADate === true || !(isBlank(raw.year) && isBlank(raw.month) && isBlank(raw.day)));
}

const MEDIA_PARTS = ['url', 'caption', 'credit', 'thumbnail', 'alt', 'title'] as const;
const CSV_MEDIA_COLUMNS: Record<(typeof MEDIA_PARTS)[number], string> = {
  url: 'Media',
  caption: 'Media Caption',
  credit: 'Media Credit',
  thumbnail: 'Media Thumbnail',
  alt: 'Alt Text',
  title: 'Media Title',
};

/** Checks a media entry: a URL is required once anything else about the media is given. */
function checkMedia(raw: RawMedia | undefined, at: Place, report: (field: Field, what: string) => void): Media | undefined {
  if (raw === undefined) return undefined;
  const media: Partial<Record<(typeof MEDIA_PARTS)[number], string>> = {};
  let ok = true;
  for (const part of MEDIA_PARTS) {
    const value = raw[part];
    if (isBlank(value)) continue;
    if (typeof value === 'string' || typeof value === 'number') media[part] = String(value).trim();
    else {
      report(part === 'url' ? 'mediaUrl' : 'media', at.format === 'json' && part !== 'url' ? `${part} is not text` : 'is not text');
      ok = false;
    }
  }
  const given = MEDIA_PARTS.filter((part) => media[part] !== undefined);
  if (given.length === 0 && ok) return undefined;
  if (media.url === undefined && ok) {
    const other = given[0]!;
    report('mediaUrl', at.format === 'csv' ? `is empty, but ${CSV_MEDIA_COLUMNS[other]} is given` : `is missing, but media.${other} is given`);
    ok = false;
  }
  return ok ? { ...media, url: media.url! } : undefined;
}

/** The text of a field that must be text when given; reported when it is anything else. */
function optionalText(value: unknown, field: Field, report: (field: Field, what: string) => void): string | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  report(field, 'is not text');
  return undefined;
}

/** The date label: the slide's display_date, or its dates' own display_dates. */
function dateLabel(raw: RawSlide, report: (field: Field, what: string) => void): string | undefined {
  const slide = optionalText(raw.displayDate, 'displayDate', report);
  if (slide) return plainText(slide) || undefined;
  const start = plainText(optionalText(raw.start?.display, 'start', report) ?? '');
  const end = plainText(optionalText(raw.end?.display, 'end', report) ?? '');
  return (start && end ? `${start} – ${end}` : start) || undefined;
}

/** A time of day in the file, noted as left out. */
function timeNote(raw: RawSlide, at: Place): string | undefined {
  const times = [raw.start?.time, raw.end?.time].filter((t): t is string => t !== undefined && t.trim() !== '');
  if (times.length === 0) return undefined;
  return problem(at, raw.start?.time?.trim() ? 'time' : 'endTime', `the time of day (${times.join(', ')}) is left out: dates are kept to the day`);
}

/**
 * Checks every slide and returns the story, or throws an ImportError listing every problem
 * in the file's order: a missing or malformed date, a year 0 or beyond the farthest, a day without a
 * month or past its month's end, an end before its start, a missing or empty headline, a
 * second title slide, media without a URL, and a story without events.
 */
export function checkStory(raw: RawStory): Story {
  const problems: string[] = [];
  const notes: string[] = [];
  const slides: Slide[] = [];
  let firstTitle: Place | undefined;

  for (const slide of raw.slides) {
    const at = slide.at;
    let ok = true;
    const report = (field: Field, what: string) => {
      problems.push(problem(at, field, what));
      ok = false;
    };
    if (slide.problems && slide.problems.length > 0) {
      problems.push(...slide.problems);
      ok = false;
    }
    if (slide.broken) continue;
    const headline = optionalText(slide.headline, 'headline', report) ?? '';
    const body = optionalText(slide.text, 'text', report) ?? '';

    if (slide.kind === 'title') {
      if (firstTitle) {
        report('type', `a second title slide (the first is on ${firstTitle.format === 'csv' ? `line ${firstTitle.line}` : firstTitle.path}); a story has one`);
      }
      firstTitle ??= at;
      const media = checkMedia(slide.media, at, report);
      if (ok) slides.push({ kind: 'title', at, headline, text: body, media });
      continue;
    }

    if (ok && plainText(headline) === '') report('headline', slide.headline === undefined && at.format === 'json' ? 'is missing' : 'is empty');
    let start: PartialDate | undefined;
    if (slide.start === undefined) report('start', 'is missing');
    else start = checkDate(slide.start, at, 'start', report);
    let end: PartialDate | undefined;
    if (isGiven(slide.end)) end = checkDate(slide.end, at, 'end', report);
    else if (slide.kind === 'era') report(at.format === 'csv' ? 'endYear' : 'end', `${at.format === 'csv' ? 'is empty' : 'is missing'}: an era needs an end`);
    if (start && end && endsBefore(end, start)) report('end', `ends (${isoString(end)}) before it starts (${isoString(start)})`);

    if (slide.kind === 'era') {
      if (ok) slides.push({ kind: 'era', at, start: start!, end: end!, headline, text: body });
      continue;
    }

    const label = dateLabel(slide, report);
    const media = checkMedia(slide.media, at, report);
    const group = optionalText(slide.group, 'group', report);
    const uniqueId = optionalText(slide.uniqueId, 'uniqueId', report);
    if (!ok) continue;
    const note = timeNote(slide, at);
    if (note) notes.push(note);
    slides.push({ kind: 'event', at, start: start!, end, label, headline, text: body, media, group: group || undefined, uniqueId: uniqueId || undefined });
  }

  problems.push(...raw.problems);
  if (problems.length === 0 && !slides.some((slide) => slide.kind === 'event')) {
    problems.push(fileProblem(raw.file, raw.format, undefined, 'has no events: a story needs at least one'));
  }
  if (problems.length > 0) throw new ImportError(problems);
  return { file: raw.file, format: raw.format, slides, notes };
}
