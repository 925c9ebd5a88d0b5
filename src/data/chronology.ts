import { getCollection, render, type CollectionEntry } from 'astro:content';
import { toPartialDate, formatSpan, type PartialDate } from '../lib/partial-date.ts';
import { sortChronologically, compareSourceIds, compareChronologically } from '../lib/chronology.ts';
import { referenceList } from '../lib/citations.ts';
import { ContentError } from '../lib/content-error.ts';
import { smartQuotes } from '../lib/typography.ts';
import type { CorrectionQuotes } from '../lib/correction-quotes.ts';
import type { BodyCitations } from '../markdown/citation-numbering.ts';
import { todayUtc, latestDay } from '../lib/updates.ts';
import { yearSpan } from '../lib/site.ts';
import { lineageEdges, type LineageEdge } from '../lib/lineage.ts';
import { eraOf, wordCount } from '../lib/eras.ts';
import { withTranslatedWords } from '../lib/translations.ts';
import { validateChronology, frontmatterCitations, type ChronologyInput, type CorrectionInput, type TextInput } from '../lib/validate-chronology.ts';
import { DEFAULT_LOCALE, translationCollection, type Locale, type OtherLocale } from '../i18n/locales.ts';
import { strings } from '../i18n/index.ts';
import type { CorrectionKind } from '../lib/vocabulary.ts';

export type EventEntry = CollectionEntry<'events'>;
export type SourceEntry = CollectionEntry<'sources'>;
export type CorrectionEntry = CollectionEntry<'corrections'>;
/** An edition's translated event, chapter, overview and log entry, read from its collections (`ruEvents`, …). */
type TranslatedEventEntry = CollectionEntry<`${OtherLocale}Events`>;
type TranslatedTextEntry = CollectionEntry<`${OtherLocale}Eras`> | CollectionEntry<`${OtherLocale}Overview`>;
type TranslatedCorrectionEntry = CollectionEntry<`${OtherLocale}Corrections`>;

/** One line of the public corrections log, with the event it concerns resolved. */
export interface Correction {
  date: string;
  /** The language `what` and `why` are in (English where the log has no translation yet). */
  lang: Locale;
  kind: CorrectionKind;
  what: string;
  why: string;
  /** The event changed; undefined for a change to the site as a whole. */
  event?: StoryEvent | undefined;
  /** Where the entry stands in the log as written (its line), to pair it with its translation. */
  order: number;
  /** The words it says the event's page now carries and no longer carries, in `lang` (checked by src/middleware/check-corrections.ts). */
  quotes: CorrectionQuotes;
  /** The log file and line it was written at, for error messages. */
  source: string;
}

/** An event as the pages use it: validated, dated, rendered and with its numbered references. */
export interface StoryEvent {
  id: string;
  /** The content file it came from, for error messages. */
  file: string;
  data: EventEntry['data'];
  start: PartialDate;
  end?: PartialDate | undefined;
  /** The date as shown: the author's label, or the formatted date or range. */
  dateLabel: string;
  /** The rendered MDX body. */
  Content: Awaited<ReturnType<typeof render>>['Content'];
  /** Source ids in the order of the event's numbered reference list. */
  references: string[];
  /** For each source the body cites, the citation mark its reference links back to. */
  backlinks: Record<string, number>;
  /** Words in the body, for reading times. */
  words: number;
  /** The language the entry's text is in: a page's own, or English where no translation exists yet. */
  lang: Locale;
  /** In an edition other than English: whether the entry is translated, and whether the English has changed since. */
  translation?: { translatedFrom: string; stale: boolean } | undefined;
}

/** A text of the story that is not an event (an era's introduction, the overview), rendered once. */
export interface StoryText {
  id: string;
  title: string;
  Content: Awaited<ReturnType<typeof render>>['Content'];
  words: number;
  /** The language the text is in (English where no translation exists yet). */
  lang: Locale;
}

/** A chapter of the story: an era, its introduction and its events in date order. */
export interface Era extends StoryText {
  start: PartialDate;
  end?: PartialDate | undefined;
  /** "1857–1917", or "2025 onward" for the era that runs on. */
  span: string;
  events: StoryEvent[];
}

export interface Chronology {
  /** Every event, in date order. */
  events: StoryEvent[];
  /** Every event by id. */
  byId: ReadonlyMap<string, StoryEvent>;
  /** Every source, in id order. */
  sources: SourceEntry[];
  /** For each source id, the events that cite it, in date order. */
  citedBy: Map<string, StoryEvent[]>;
  /** The corrections log, newest first (same-day entries in the order written). */
  corrections: Correction[];
  /** The edition's language. */
  locale: Locale;
  /** How many events are written in the edition's language. */
  translated: number;
  /** The day the documentary last changed: the latest `updated` stamp or correction. */
  lastUpdated: string;
  /** The years the chronology spans, "1857–2026", derived from its events. */
  span: string;
  /** Every lineage link (later event → earlier one), in date order of the later event. */
  lineage: LineageEdge[];
  /** For each event, the later events that drew on it. */
  drawnOnBy: Map<string, LineageEdge[]>;
  /** The story's chapters, in date order; every event is in exactly one. */
  eras: Era[];
  /** For each event id, its era. */
  eraOf: Map<string, Era>;
  /** The overview at the top of the story, with the story's own picture or link if it has one. */
  overview: StoryText & { media?: CollectionEntry<'overview'>['data']['media'] };
}

/** The frontmatter's display text with typographic quotes, as the MDX body already has them. */
function typeset(data: EventEntry['data']): EventEntry['data'] {
  const optional = (text: string | undefined) => (text === undefined ? undefined : smartQuotes(text));
  return {
    ...data,
    title: smartQuotes(data.title),
    summary: smartQuotes(data.summary),
    timelineLabel: optional(data.timelineLabel),
    date: { ...data.date, label: optional(data.date.label), note: optional(data.date.note) },
    disputedDates: data.disputedDates.map((d) => ({ ...d, label: optional(d.label), note: smartQuotes(d.note) })),
    otherDates: data.otherDates.map((d) => ({ ...d, label: optional(d.label), what: smartQuotes(d.what) })),
    drewOn: data.drewOn.map((d) => ({ ...d, note: smartQuotes(d.note) })),
    lengths: data.lengths.map((l) => ({ ...l, label: smartQuotes(l.label) })),
    costs: data.costs.map((c) => ({ ...c, label: smartQuotes(c.label) })),
  };
}

/** A text of the story that is not an event, in any language: an era's introduction or the overview. */
type TextEntry = CollectionEntry<'eras'> | CollectionEntry<'overview'> | TranslatedTextEntry;

/** An MDX entry rendered once: its component and the citations in its body. */
interface Rendered {
  Content: Awaited<ReturnType<typeof render>>['Content'];
  body: BodyCitations;
}

async function renderBody(entry: TextEntry | EventEntry | TranslatedEventEntry): Promise<Rendered> {
  const { Content, remarkPluginFrontmatter } = await render(entry);
  const body: BodyCitations = remarkPluginFrontmatter.citations ?? { order: [], firstMark: {}, uses: [] };
  return { Content, body };
}

/** Fails the build with the first problem `validateChronology` finds, naming its file and field. */
function assertValid(input: ChronologyInput): void {
  const [first] = validateChronology(input);
  if (first) throw new ContentError(first.file, first.field, first.problem);
}

const eventFile = (entry: EventEntry) => entry.filePath ?? `events/${entry.id}`;
const textFile = (entry: TextEntry) => entry.filePath ?? entry.id;
const optionalDate = (text: string | undefined) => (text === undefined ? undefined : toPartialDate(text));

/** A corrections log's entries in the order written (their file order), as the checks read them. */
function writtenOrder<T extends CorrectionEntry | TranslatedCorrectionEntry>(entries: T[]): T[] {
  return [...entries].sort((a, b) => Number(a.id) - Number(b.id));
}
function correctionInputs(entries: (CorrectionEntry | TranslatedCorrectionEntry)[]): CorrectionInput[] {
  return writtenOrder(entries).map(({ filePath, data }) => ({ file: filePath ?? 'corrections.yaml', line: data.line, date: data.date, event: data.event }));
}
const textInput = (entry: TextEntry, { body }: Rendered): TextInput => ({ file: textFile(entry), body: body.uses });

function loadEvent(entry: EventEntry, { Content, body }: Rendered): StoryEvent {
  const data = typeset(entry.data);
  const start = toPartialDate(data.date.start);
  const end = optionalDate(data.date.end);
  return {
    id: entry.id,
    file: eventFile(entry),
    data,
    start,
    end,
    dateLabel: data.date.label ?? formatSpan(start, end),
    Content,
    references: referenceList(body.order, frontmatterCitations(entry.data).map((c) => c.ids)),
    backlinks: body.firstMark,
    words: wordCount(entry.body ?? ''),
    lang: DEFAULT_LOCALE,
  };
}

/** An era introduction or the overview, in any language. */
function loadText(entry: TextEntry, { Content }: Rendered, lang: Locale = DEFAULT_LOCALE): StoryText {
  const title = lang === DEFAULT_LOCALE ? smartQuotes(entry.data.title) : entry.data.title;
  return { id: entry.id, title, Content, words: wordCount(entry.body ?? ''), lang };
}

/** The eras in date order with their events (every event falls in one: checked by validateChronology). */
function loadEras(entries: CollectionEntry<'eras'>[], bodies: Rendered[], events: StoryEvent[]): { eras: Era[]; eraOf: Map<string, Era> } {
  const eras: Era[] = entries.map((entry, i) => {
    const start = toPartialDate(entry.data.start);
    const end = optionalDate(entry.data.end);
    const span = end ? formatSpan(start, end) : strings(DEFAULT_LOCALE).pages.story.onward(formatSpan(start));
    return { ...loadText(entry, bodies[i]!), start, end, span, events: [] };
  });
  eras.sort((a, b) => compareChronologically(a, b));
  const byEvent = new Map<string, Era>();
  for (const event of events) {
    const era = eraOf(eras, event.start)!;
    era.events.push(event);
    byEvent.set(event.id, era);
  }
  return { eras, eraOf: byEvent };
}

/** What the English chronology was checked with, for checking each edition against it. */
let englishInput: ChronologyInput | undefined;

/**
 * The English chronology, from the collections: every text rendered once, the whole
 * checked by validateChronology (citations, lineage, `updated` dates, the log, eras),
 * the events sorted, with the sources, corrections and chapters.
 */
async function loadChronology(): Promise<Chronology> {
  const sources = (await getCollection('sources')).sort((a, b) => compareSourceIds(a.id, b.id));
  const entries = await getCollection('events');
  if (entries.length === 0) throw new ContentError('content/events', 'files', 'no events found');
  const eraEntries = await getCollection('eras');
  if (eraEntries.length === 0) throw new ContentError('content/eras', 'files', 'no eras found: the story needs at least one chapter');
  const [overviewEntry] = await getCollection('overview');
  if (!overviewEntry) throw new ContentError('content/overview.mdx', 'file', 'missing: the story opens with an overview');
  const correctionEntries = await getCollection('corrections');
  const [bodies, eraBodies, overviewBody] = await Promise.all([Promise.all(entries.map(renderBody)), Promise.all(eraEntries.map(renderBody)), renderBody(overviewEntry)]);
  englishInput = {
    today: todayUtc(),
    sources: sources.map((s) => s.id),
    events: entries.map((e, i) => ({ id: e.id, file: eventFile(e), start: toPartialDate(e.data.date.start), end: optionalDate(e.data.date.end), data: e.data, body: bodies[i]!.body.uses })),
    eras: eraEntries.map((e) => ({ id: e.id, start: toPartialDate(e.data.start), end: optionalDate(e.data.end) })),
    texts: [...eraEntries.map((e, i) => textInput(e, eraBodies[i]!)), textInput(overviewEntry, overviewBody)],
    corrections: correctionInputs(correctionEntries),
  };
  assertValid(englishInput);
  const events = sortChronologically(entries.map((e, i) => loadEvent(e, bodies[i]!)));
  const byId = new Map(events.map((e) => [e.id, e]));
  const { edges, drawnOnBy } = lineageEdges(events.map((e) => ({ id: e.id, drewOn: e.data.drewOn })));
  const citedBy = new Map<string, StoryEvent[]>(sources.map((s) => [s.id, []]));
  for (const event of events) for (const id of event.references) citedBy.get(id)?.push(event);
  const corrections = loadCorrections(correctionEntries, byId);
  const lastUpdated = latestDay([...events.map((e) => e.data.updated), ...corrections.map((c) => c.date)])!;
  const { eras, eraOf: eraByEvent } = loadEras(eraEntries, eraBodies, events);
  const overview = { ...loadText(overviewEntry, overviewBody), media: overviewEntry.data.media };
  return { locale: DEFAULT_LOCALE, translated: events.length, events, byId, sources, citedBy, corrections, lastUpdated, span: yearSpan(events), lineage: edges, drawnOnBy, eras, eraOf: eraByEvent, overview };
}

/** Each correction with its event resolved; newest first, stable within a day. */
function loadCorrections(entries: CorrectionEntry[], byId: ReadonlyMap<string, StoryEvent>): Correction[] {
  const corrections = writtenOrder(entries).map(({ filePath, data }) => {
    const where = `${filePath ?? 'corrections.yaml'}`;
    const event = data.event === undefined ? undefined : byId.get(data.event);
    const quotes = { now: data.now, was: data.was };
    return { date: data.date, kind: data.kind, what: smartQuotes(data.what), why: smartQuotes(data.why), event, lang: DEFAULT_LOCALE, order: Number(data.line), quotes, source: `${where}, line ${data.line}` };
  });
  return corrections.map((c, i) => ({ c, i })).sort((a, b) => (a.c.date < b.c.date ? 1 : a.c.date > b.c.date ? -1 : a.i - b.i)).map(({ c }) => c);
}

/**
 * An event in another edition: the translation's words and body over the English data, or,
 * where there is no translation yet, the English entry as it is (its date written the
 * edition's way).
 */
function localizeEvent(event: StoryEvent, translation: { entry: TranslatedEventEntry; rendered: Rendered } | undefined, locale: Locale): StoryEvent {
  const dateLabel = (data: EventEntry['data']) => data.date.label ?? formatSpan(event.start, event.end, locale);
  if (!translation) return { ...event, dateLabel: dateLabel(event.data) };
  const { entry, rendered: { Content, body } } = translation;
  const data = withTranslatedWords(event.data, entry.data);
  return {
    ...event,
    file: entry.filePath ?? `${locale}/events/${entry.id}`,
    data,
    dateLabel: dateLabel(data),
    Content,
    references: referenceList(body.order, frontmatterCitations(data).map((c) => c.ids)),
    backlinks: body.firstMark,
    words: wordCount(entry.body ?? ''),
    lang: locale,
    translation: { translatedFrom: entry.data.translatedFrom, stale: entry.data.translatedFrom < event.data.updated },
  };
}

/** The corrections log in another edition: entry for entry (checked against the English by validateChronology). */
function localizeCorrections(english: Chronology, entries: TranslatedCorrectionEntry[], byId: ReadonlyMap<string, StoryEvent>, locale: Locale): Correction[] {
  // The English log as written (in file order), to pair with the translation by position.
  const written = [...english.corrections].sort((a, b) => a.order - b.order);
  const translated = new Map<Correction, Correction>();
  writtenOrder(entries).forEach(({ filePath, data }, i) => {
    const original = written[i]!;
    const where = filePath ?? 'corrections.yaml';
    const quotes = { now: data.now, was: data.was };
    translated.set(original, { ...original, what: data.what, why: data.why, lang: locale, event: original.event && byId.get(original.event.id), quotes, source: `${where}, line ${data.line}` });
  });
  // An entry not yet translated quotes English words, which this edition's pages need not carry.
  return english.corrections.map((c) => translated.get(c) ?? { ...c, event: c.event && byId.get(c.event.id), quotes: { now: [], was: [] } });
}

/** The chronology in another language: the English one, with each text replaced by its translation where there is one. */
async function loadEdition(locale: OtherLocale): Promise<Chronology> {
  const english = await getChronology(DEFAULT_LOCALE);
  const eventEntries = (await getCollection(translationCollection(locale, 'Events'))) as TranslatedEventEntry[];
  const eraEntries = (await getCollection(translationCollection(locale, 'Eras'))) as TranslatedTextEntry[];
  const [overviewEntry] = (await getCollection(translationCollection(locale, 'Overview'))) as TranslatedTextEntry[];
  const correctionEntries = (await getCollection(translationCollection(locale, 'Corrections'))) as TranslatedCorrectionEntry[];
  const [eventBodies, eraBodies, overviewBody] = await Promise.all([
    Promise.all(eventEntries.map(renderBody)),
    Promise.all(eraEntries.map(renderBody)),
    overviewEntry ? renderBody(overviewEntry) : undefined,
  ]);
  assertValid({
    ...englishInput!,
    translations: [
      {
        locale,
        events: eventEntries.map((e, i) => ({ id: e.id, file: e.filePath ?? `${locale}/events/${e.id}.mdx`, data: e.data, body: eventBodies[i]!.body.uses })),
        eras: eraEntries.map((e, i) => ({ id: e.id, ...textInput(e, eraBodies[i]!) })),
        overview: overviewEntry && overviewBody ? textInput(overviewEntry, overviewBody) : undefined,
        corrections: correctionInputs(correctionEntries),
      },
    ],
  });
  const translations = new Map(eventEntries.map((entry, i) => [entry.id, { entry, rendered: eventBodies[i]! }]));
  const events = english.events.map((e) => localizeEvent(e, translations.get(e.id), locale));
  const byId = new Map(events.map((e) => [e.id, e]));
  const { edges, drawnOnBy } = lineageEdges(events.map((e) => ({ id: e.id, drewOn: e.data.drewOn })));
  const citedBy = new Map<string, StoryEvent[]>(english.sources.map((s) => [s.id, []]));
  for (const event of events) for (const id of event.references) citedBy.get(id)?.push(event);
  const eraTexts = new Map(eraEntries.map((entry, i) => [entry.id, loadText(entry, eraBodies[i]!, locale)]));
  const eraOfEvent = new Map<string, Era>();
  const eras: Era[] = [];
  for (const era of english.eras) {
    const text = eraTexts.get(era.id) ?? era;
    const span = era.end ? formatSpan(era.start, era.end, locale) : strings(locale).pages.story.onward(formatSpan(era.start, undefined, locale));
    const localized: Era = { ...era, ...text, span, start: era.start, end: era.end, events: era.events.map((e) => byId.get(e.id)!) };
    for (const event of localized.events) eraOfEvent.set(event.id, localized);
    eras.push(localized);
  }
  // The media is the English file's: a translation gives the words only.
  const overview = overviewEntry && overviewBody ? { ...loadText(overviewEntry, overviewBody, locale), media: english.overview.media } : english.overview;
  const corrections = localizeCorrections(english, correctionEntries, byId, locale);
  return {
    ...english,
    span: yearSpan(events, locale),
    locale,
    translated: events.filter((e) => e.lang === locale).length,
    events,
    byId,
    citedBy,
    corrections,
    lineage: edges,
    drawnOnBy,
    eras,
    eraOf: eraOfEvent,
    overview,
  };
}

const cached = new Map<Locale, Promise<Chronology>>();

/** The validated chronology in a language, loaded once per build and shared by every page. */
export function getChronology(locale: Locale): Promise<Chronology> {
  let chronology = cached.get(locale);
  if (!chronology) cached.set(locale, (chronology = locale === DEFAULT_LOCALE ? loadChronology() : loadEdition(locale)));
  return chronology;
}
