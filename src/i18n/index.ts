/** The interface strings of a locale, and the part of them the timeline's script needs as data. */
import { en, type UiStrings } from './ui/en.ts';
import { ru } from './ui/ru.ts';
import type { Locale } from './locales.ts';
import type { ThreadId } from '../lib/threads.ts';
import type { ConfidenceLevel } from '../lib/vocabulary.ts';
import type { PluralForms } from './format.ts';
import { wordsFor, type DateWords } from '../lib/partial-date.ts';

const STRINGS: Record<Locale, UiStrings> = { en, ru };

/** Every interface string of a locale. */
export function strings(locale: Locale): UiStrings {
  return STRINGS[locale];
}

/** What the timeline's layout and script say, as plain data (the script gets it as JSON). */
export interface TimelineWords {
  locale: Locale;
  /** A stretch of the axis read by day: "{span}, by day". */
  byDay: string;
  /** Each lane's name. */
  lanes: Record<ThreadId, string>;
  drewOn: string;
  drawnOnBy: string;
  openEvent: string;
  /** A crowd's control ("+7"), as a screen reader names it: plural forms with {n} and {dates}. */
  crowd: PluralForms;
  confidence: Record<ConfidenceLevel, string>;
  /** Month names and the like, read from Intl at build time (the browser's script reuses them). */
  dates: DateWords;
}

export function timelineWords(locale: Locale): TimelineWords {
  const t = strings(locale);
  return {
    locale,
    byDay: t.timeline.byDay,
    lanes: Object.fromEntries(Object.entries(t.threads).map(([id, thread]) => [id, thread.label])) as Record<ThreadId, string>,
    drewOn: t.event.drewOn,
    drawnOnBy: t.event.drawnOnBy,
    openEvent: t.timeline.openEvent,
    crowd: t.timeline.crowd,
    confidence: t.confidence.badge,
    dates: wordsFor(locale),
  };
}

/** What the embed's reading mode says, as plain data. */
export interface ReaderWords {
  locale: Locale;
  dateDisputed: string;
  claim: string;
  sourcesAmong: PluralForms;
  readFull: string;
  position: string;
  newTab: string;
  confidence: Record<ConfidenceLevel, string>;
}

export function readerWords(locale: Locale): ReaderWords {
  const t = strings(locale);
  return {
    locale,
    dateDisputed: t.event.dateDisputed,
    claim: t.claim,
    sourcesAmong: t.embed.sourcesAmong,
    readFull: t.embed.readFull,
    position: t.embed.position,
    newTab: t.newTab,
    confidence: t.confidence.badge,
  };
}

export type { UiStrings };
export { LOCALES, LOCALE_IDS, DEFAULT_LOCALE, localeOf, localizedPath, splitLocale, localeParams, type Locale } from './locales.ts';
export { plural, formatNumber, formatList, formatListParts, fill, fillParts } from './format.ts';
