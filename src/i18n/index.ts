/**
 * The words of a locale: the interface's (src/i18n/ui/) with the story's own (its name,
 * subject and threads, from content/site.yaml), and the part the timeline's script needs
 * as data.
 */
import { en, type UiStrings as InterfaceStrings } from './ui/en.ts';
import { ru } from './ui/ru.ts';
import type { Locale } from './locales.ts';
import type { ThreadId } from '../lib/threads.ts';
import type { ConfidenceLevel } from '../lib/vocabulary.ts';
import type { PluralForms } from './format.ts';
import { wordsFor, type DateWords } from '../lib/partial-date.ts';
import { inLanguage, type SiteWords } from '../lib/site-file.ts';
import { SITE, SITE_FILE } from '../data/site.ts';
import { ContentError } from '../lib/content-error.ts';

const STRINGS: Record<Locale, InterfaceStrings> = { en, ru };

/** A story's words in one language: from content/site.yaml, English where it has none in that one. */
export interface StoryWords {
  site: { name: string; subject: string; tagline: string; description: string; footer: string | undefined };
  threads: Record<ThreadId, { label: string; description: string }>;
}

export type UiStrings = InterfaceStrings & StoryWords;

const merged = new Map<Locale, UiStrings>();

/** The interface's words with those the story says its own way (site.yaml `interface`) in `locale`. */
function withStoryWording(dictionary: InterfaceStrings, locale: Locale): InterfaceStrings {
  type Branch = Record<string, unknown>;
  const result: Branch = { ...dictionary };
  for (const [key, byLanguage] of Object.entries(SITE.interface)) {
    const path = key.split('.');
    const last = path.pop()!;
    // Copies the branches along the path, so the dictionary itself is never changed.
    let node: Branch | undefined = result;
    for (const part of path) {
      const child: unknown = node?.[part];
      node = child && typeof child === 'object' ? (node![part] = { ...(child as Branch) }) as Branch : undefined;
    }
    if (typeof node?.[last] !== 'string') throw new ContentError(SITE_FILE, `interface.${key}`, 'is not an interface string (a key of src/i18n/ui/en.ts whose value is text)');
    if (byLanguage[locale]) node[last] = byLanguage[locale];
  }
  return result as unknown as InterfaceStrings;
}

/** Every string of a locale: the interface's and the story's. */
export function strings(locale: Locale): UiStrings {
  let words = merged.get(locale);
  if (!words) {
    const say = (text: SiteWords) => inLanguage(text, locale);
    const site = { name: say(SITE.name), subject: say(SITE.subject), tagline: say(SITE.tagline), description: say(SITE.description), footer: SITE.footer && say(SITE.footer) };
    const threads = Object.fromEntries(SITE.threads.map((t) => [t.id, { label: say(t.label), description: t.description ? say(t.description) : '' }]));
    merged.set(locale, (words = { ...withStoryWording(STRINGS[locale], locale), site, threads }));
  }
  return words;
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

export { LOCALES, DEFAULT_LOCALE, localeOf, localizedPath, splitLocale, type Locale } from './locales.ts';
export { EDITIONS, OTHER_EDITIONS, localeParams } from '../data/site.ts';
export { plural, formatNumber, formatList, formatListParts, fill, fillParts } from './format.ts';
