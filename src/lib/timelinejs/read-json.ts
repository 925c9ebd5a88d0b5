/**
 * Reads a TimelineJS JSON file (timeline.knightlab.com/docs/json-format.html) into raw
 * slides: the title slide, then each event, then each era, each with its path
 * (`title`, `events[2]`, `eras[0]`) for messages. Values stay as written; slides.ts checks them.
 * A slide's `background` and a date's time of day are not carried over (the time is noted).
 */
import { ImportError, fileProblem, problem, slideProblem, type Place } from './problems.ts';
import type { RawDate, RawMedia, RawSlide, RawStory, SlideKind } from './slides.ts';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isBlank = (value: unknown) => value === undefined || value === null || value === '';

/** A time of day as written, "14:30" or "14:30:05", when the date gives one. */
function timeOf(date: Json): string | undefined {
  const parts = [date.hour, date.minute, date.second, date.millisecond];
  if (parts.every(isBlank)) return undefined;
  const [hour, minute, second, millisecond] = parts.map((part) => (isBlank(part) ? undefined : String(part)));
  const pad = (part: string | undefined) => (part ?? '0').padStart(2, '0');
  let time = `${pad(hour)}:${pad(minute)}`;
  if (second !== undefined || millisecond !== undefined) time += `:${pad(second)}`;
  if (millisecond !== undefined) time += `.${millisecond.padStart(3, '0')}`;
  return time;
}

function readDate(value: unknown): RawDate | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) return { notADate: true };
  return { year: value.year, month: value.month, day: value.day, time: timeOf(value), display: value.display_date };
}

function readMedia(value: unknown, at: Place, problems: string[]): RawMedia | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) {
    problems.push(problem(at, 'media', 'is not an object with a url'));
    return undefined;
  }
  return { url: value.url, caption: value.caption, credit: value.credit, thumbnail: value.thumbnail, alt: value.alt, title: value.title };
}

function readSlide(value: unknown, at: Place & { format: 'json' }, kind: SlideKind): RawSlide {
  if (!isObject(value)) return { at, kind, problems: [slideProblem(at, 'is not a slide (an object)')], broken: true };
  const problems: string[] = [];
  let headline: unknown;
  let text: unknown;
  if (isObject(value.text)) ({ headline, text } = value.text);
  else if (value.text !== undefined && value.text !== null) problems.push(problem(at, 'textObject', 'is not an object with a headline and text'));
  return {
    at,
    kind,
    start: readDate(value.start_date),
    end: readDate(value.end_date),
    displayDate: value.display_date,
    headline,
    text,
    media: kind === 'era' ? undefined : readMedia(value.media, at, problems),
    group: kind === 'event' ? value.group : undefined,
    uniqueId: kind === 'event' ? value.unique_id : undefined,
    problems,
  };
}

/** Reads a TimelineJS JSON file; `file` is the name messages give it. Throws ImportError when it is not a TimelineJS document. */
export function readJson(source: string, file: string): RawStory {
  let document: unknown;
  try {
    document = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ImportError([fileProblem(file, 'json', undefined, `is not valid JSON (${(error as Error).message})`)]);
  }
  if (!isObject(document)) throw new ImportError([fileProblem(file, 'json', undefined, 'is not a TimelineJS story (an object with "events")')]);
  if (!Array.isArray(document.events)) {
    const what = document.events === undefined ? 'is missing' : 'is not a list';
    throw new ImportError([`${file} events: ${what}; a TimelineJS story lists its slides in "events"`]);
  }
  const problems: string[] = [];
  const slides: RawSlide[] = [];
  const place = (path: string): Place & { format: 'json' } => ({ file, format: 'json', path });

  if (document.title !== undefined && document.title !== null) slides.push(readSlide(document.title, place('title'), 'title'));
  document.events.forEach((event, index) => slides.push(readSlide(event, place(`events[${index}]`), 'event')));
  if (document.eras !== undefined && document.eras !== null) {
    if (!Array.isArray(document.eras)) problems.push(`${file} eras: is not a list`);
    else document.eras.forEach((era, index) => slides.push(readSlide(era, place(`eras[${index}]`), 'era')));
  }
  return { file, format: 'json', slides, problems };
}
