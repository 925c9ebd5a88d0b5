/**
 * The open data files, as pure functions of the chronology: /data/events.json (our own
 * versioned format, described by /data/events.schema.json), /data/timelinejs.json
 * (TimelineJS3's JSON format) and /data/events.csv.
 */
import { toPartialDate, type PartialDate } from './partial-date.ts';
import type { ThreadId } from './threads.ts';
import type { ConfidenceLevel, CostScope, Currency, LengthKind } from './vocabulary.ts';
import { strings, DEFAULT_LOCALE } from '../i18n/index.ts';
import { escapeMarkup } from './escape.ts';

/** Bump the major version on any change that could break a reader of events.json. */
export const EVENTS_JSON_VERSION = '1.1.0';

export interface OpenEvent {
  id: string;
  url: string;
  storyUrl: string;
  title: string;
  summary: string;
  updated: string;
  date: { start: string; end?: string | undefined; label: string };
  disputedDates: { start: string; end?: string | undefined; label?: string | undefined; note: string; sources: string[] }[];
  otherDates: { start: string; end?: string | undefined; label?: string | undefined; what: string; sources: string[] }[];
  thread: ThreadId;
  core: boolean;
  confidence?: { level: ConfidenceLevel; reason: string } | undefined;
  lengths: { km: number; label: string; of: LengthKind; year?: number | undefined; claimedBy?: string | undefined; sources: string[] }[];
  costs: { amount: number; upTo?: number | undefined; currency: Currency; year: number; scope: CostScope; label: string; claimedBy?: string | undefined; sources: string[] }[];
  places: { name: string; lat: number; lon: number; sources: string[]; otherCoordinates: { lat: number; lon: number; sources: string[] }[] }[];
  people: string[];
  organisations: string[];
  sources: string[];
  drewOn: { event: string; how: string; note: string; sources: string[]; analysis: boolean }[];
}

export interface OpenSource {
  id: string;
  title: string;
  publisher: string;
  date?: string | undefined;
  url: string;
  kind: string;
  mirror: boolean;
  titleIsDescription: boolean;
}

export function eventsJson(events: OpenEvent[], sources: OpenSource[], schemaUrl: string, siteUrl: string) {
  return { $schema: schemaUrl, version: EVENTS_JSON_VERSION, site: siteUrl, events, sources };
}

/** A TimelineJS3 date object: year, and month and day only where known. */
function timelineJsDate(date: PartialDate, display?: string) {
  return {
    year: date.year,
    ...(date.month !== undefined && { month: date.month }),
    ...(date.day !== undefined && { day: date.day }),
    ...(display !== undefined && { display_date: display }),
  };
}

/** TimelineJS3's JSON format (timeline.knightlab.com/docs/json-format.html), one slide per event. */
export function timelineJs(events: OpenEvent[], title: string, description: string) {
  return {
    title: { text: { headline: title, text: `<p>${escapeMarkup(description)}</p>` } },
    events: events.map((event) => ({
      unique_id: event.id,
      start_date: timelineJsDate(toPartialDate(event.date.start)),
      ...(event.date.end !== undefined && { end_date: timelineJsDate(toPartialDate(event.date.end)) }),
      display_date: event.date.label,
      group: strings(DEFAULT_LOCALE).threads[event.thread]!.label,
      text: {
        headline: event.title,
        text: `<p>${escapeMarkup(event.summary)}</p><p><a href="${escapeMarkup(event.url)}">Sources and full text</a></p>`,
      },
    })),
  };
}

/** One CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
export function csvField(value: string | number | boolean | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_COLUMNS = ['id', 'title', 'start', 'end', 'date_label', 'thread', 'core', 'confidence', 'summary', 'url', 'sources', 'updated', 'drew_on'] as const;

export function eventsCsv(events: OpenEvent[]): string {
  const rows = events.map((e) =>
    [e.id, e.title, e.date.start, e.date.end, e.date.label, e.thread, e.core, e.confidence?.level, e.summary, e.url, e.sources.join(' '), e.updated, e.drewOn.map((d) => d.event).join(' ')].map(csvField).join(','),
  );
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
