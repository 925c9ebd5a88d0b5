import { getCollection, render, type CollectionEntry } from 'astro:content';
import { toPartialDate, formatSpan, isoString, type PartialDate } from '../lib/partial-date.ts';
import { sortChronologically, compareSourceIds, compareChronologically } from '../lib/chronology.ts';
import { referenceList, unknownIds } from '../lib/citations.ts';
import { ContentError } from '../lib/content-error.ts';
import { smartQuotes } from '../lib/typography.ts';
import type { CorrectionQuotes } from '../lib/correction-quotes.ts';
import type { BodyCitations } from '../markdown/citation-numbering.ts';
import { updatedDateProblem, todayUtc, latestDay } from '../lib/updates.ts';
import { yearSpan } from '../lib/site.ts';
import { lineageProblems, lineageEdges, type LineageEdge } from '../lib/lineage.ts';
import { eraOf, eraProblems, wordCount } from '../lib/eras.ts';
import { translationProblems, withTranslatedWords } from '../lib/translations.ts';
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
  /** The overview at the top of the story. */
  overview: StoryText;
}

/** Every source id an event's frontmatter names, with the field it is named in. */
function frontmatterCitations(data: EventEntry['data']): { field: string; ids: string[] }[] {
  return [
    { field: 'sources', ids: data.sources },
    { field: 'date.sources', ids: data.date.sources ?? [] },
    ...data.disputedDates.map((d, i) => ({ field: `disputedDates[${i}].sources`, ids: d.sources })),
    ...data.otherDates.map((d, i) => ({ field: `otherDates[${i}].sources`, ids: d.sources })),
    ...data.lengths.map((d, i) => ({ field: `lengths[${i}].sources`, ids: d.sources })),
    ...data.costs.map((d, i) => ({ field: `costs[${i}].sources`, ids: d.sources })),
    ...data.places.map((d, i) => ({ field: `places[${i}].sources`, ids: d.sources })),
    ...data.drewOn.map((d, i) => ({ field: `drewOn[${i}].sources`, ids: d.sources })),
    ...data.places.flatMap((d, i) => d.otherCoordinates.map((o, j) => ({ field: `places[${i}].otherCoordinates[${j}].sources`, ids: o.sources }))),
  ];
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

async function loadEvent(entry: EventEntry, known: ReadonlySet<string>): Promise<StoryEvent> {
  const file = entry.filePath ?? `events/${entry.id}`;
  for (const { field, ids } of frontmatterCitations(entry.data)) {
    const [unknown] = unknownIds(ids, known);
    if (unknown) throw new ContentError(file, field, `unknown source id "${unknown}" (not in sources.yaml)`);
  }
  const { Content, body } = await renderChecked(entry, known);
  const data = typeset(entry.data);
  const start = toPartialDate(data.date.start);
  const updatedProblem = updatedDateProblem(data.updated, start, todayUtc());
  if (updatedProblem) throw new ContentError(file, 'updated', updatedProblem);
  const end = data.date.end === undefined ? undefined : toPartialDate(data.date.end);
  return {
    id: entry.id,
    file,
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

/** A text of the story that is not an event, in any language: an era's introduction or the overview. */
type TextEntry = CollectionEntry<'eras'> | CollectionEntry<'overview'> | TranslatedTextEntry;

/** Renders an MDX entry, checking every source its body cites; returns the body's citations. */
async function renderChecked(entry: TextEntry | EventEntry | TranslatedEventEntry, known: ReadonlySet<string>) {
  const file = entry.filePath ?? entry.id;
  const { Content, remarkPluginFrontmatter } = await render(entry);
  const body: BodyCitations = remarkPluginFrontmatter.citations ?? { order: [], firstMark: {}, uses: [] };
  for (const use of body.uses) {
    const [unknown] = unknownIds(use.ids, known);
    if (unknown) throw new ContentError(file, `body <${use.component}>`, `unknown source id "${unknown}" (not in sources.yaml)`);
  }
  return { Content, body };
}

/** Renders an era introduction or the overview, checking the sources it cites. */
async function loadText(entry: TextEntry, known: ReadonlySet<string>, lang: Locale = DEFAULT_LOCALE): Promise<StoryText> {
  const { Content } = await renderChecked(entry, known);
  const title = lang === DEFAULT_LOCALE ? smartQuotes(entry.data.title) : entry.data.title;
  return { id: entry.id, title, Content, words: wordCount(entry.body ?? ''), lang };
}

/** The eras in date order with their events; fails naming the file of an event outside every era. */
async function loadEras(events: StoryEvent[], known: ReadonlySet<string>): Promise<{ eras: Era[]; eraOf: Map<string, Era> }> {
  const entries = await getCollection('eras');
  if (entries.length === 0) throw new ContentError('content/eras', 'files', 'no eras found: the story needs at least one chapter');
  const eras: Era[] = [];
  for (const entry of entries) {
    const start = toPartialDate(entry.data.start);
    const end = entry.data.end === undefined ? undefined : toPartialDate(entry.data.end);
    const span = end ? formatSpan(start, end) : strings(DEFAULT_LOCALE).pages.story.onward(formatSpan(start));
    eras.push({ ...(await loadText(entry, known)), start, end, span, events: [] });
  }
  eras.sort((a, b) => compareChronologically(a, b));
  const [problem] = eraProblems(eras);
  if (problem) throw new ContentError(`content/eras/${problem[0]}.mdx`, 'start/end', problem[1]);
  const byEvent = new Map<string, Era>();
  for (const event of events) {
    const era = eraOf(eras, event.start);
    if (!era) throw new ContentError(event.file, 'date.start', `${isoString(event.start)} falls outside every era in content/eras/`);
    era.events.push(event);
    byEvent.set(event.id, era);
  }
  return { eras, eraOf: byEvent };
}

/**
 * The English chronology, from the collections: every event checked (its citations, lineage,
 * `updated` date and era), sorted and rendered once, with the sources, corrections and chapters.
 */
async function loadChronology(): Promise<Chronology> {
  const sources = (await getCollection('sources')).sort((a, b) => compareSourceIds(a.id, b.id));
  const entries = await getCollection('events');
  if (entries.length === 0) throw new ContentError('content/events', 'files', 'no events found');
  const known = new Set(sources.map((s) => s.id));
  const events = sortChronologically(await Promise.all(entries.map((e) => loadEvent(e, known))));
  const byId = new Map(events.map((e) => [e.id, e]));
  for (const event of events) {
    const [problem] = lineageProblems(event, event.data.drewOn, byId);
    if (problem) throw new ContentError(event.file, problem[0], problem[1]);
  }
  const { edges, drawnOnBy } = lineageEdges(events.map((e) => ({ id: e.id, drewOn: e.data.drewOn })));
  const citedBy = new Map<string, StoryEvent[]>(sources.map((s) => [s.id, []]));
  for (const event of events) for (const id of event.references) citedBy.get(id)?.push(event);
  const corrections = loadCorrections(await getCollection('corrections'), byId);
  const lastUpdated = latestDay([...events.map((e) => e.data.updated), ...corrections.map((c) => c.date)])!;
  const { eras, eraOf: eraByEvent } = await loadEras(events, known);
  const [overviewEntry] = await getCollection('overview');
  if (!overviewEntry) throw new ContentError('content/overview.mdx', 'file', 'missing: the story opens with an overview');
  const overview = await loadText(overviewEntry, known);
  return { locale: DEFAULT_LOCALE, translated: events.length, events, byId, sources, citedBy, corrections, lastUpdated, span: yearSpan(events), lineage: edges, drawnOnBy, eras, eraOf: eraByEvent, overview };
}

/** Resolves each correction's event and checks its date; newest first, stable within a day. */
function loadCorrections(entries: CorrectionEntry[], byId: ReadonlyMap<string, StoryEvent>): Correction[] {
  const today = todayUtc();
  const ordered = [...entries].sort((a, b) => Number(a.id) - Number(b.id));
  const corrections = ordered.map(({ filePath, data }) => {
    const where = `${filePath ?? 'corrections.yaml'}`;
    const event = data.event === undefined ? undefined : byId.get(data.event);
    if (data.event !== undefined && event === undefined) {
      throw new ContentError(where, `event (line ${data.line})`, `unknown event "${data.event}" (no content/events/${data.event}.mdx)`);
    }
    if (data.date > today) throw new ContentError(where, `date (line ${data.line})`, `${data.date} is in the future (today is ${today})`);
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
async function localizeEvent(event: StoryEvent, entry: TranslatedEventEntry | undefined, known: ReadonlySet<string>, locale: Locale): Promise<StoryEvent> {
  const dateLabel = (data: EventEntry['data']) => data.date.label ?? formatSpan(event.start, event.end, locale);
  if (!entry) return { ...event, dateLabel: dateLabel(event.data) };
  const file = entry.filePath ?? `${locale}/events/${entry.id}`;
  const [problem] = translationProblems(event.data, entry.data);
  if (problem) throw new ContentError(file, problem[0], problem[1]);
  const { Content, body } = await renderChecked(entry, known);
  const data = withTranslatedWords(event.data, entry.data);
  return {
    ...event,
    file,
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

/** The corrections log in another edition: entry for entry, each checked against the English date and event. */
function localizeCorrections(english: Chronology, entries: TranslatedCorrectionEntry[], byId: ReadonlyMap<string, StoryEvent>, locale: Locale): Correction[] {
  // The English log as written (in file order), to pair with the translation by position.
  const written = [...english.corrections].sort((a, b) => a.order - b.order);
  const ordered = [...entries].sort((a, b) => Number(a.id) - Number(b.id));
  if (ordered.length > written.length) {
    const extra = ordered[written.length]!;
    throw new ContentError(extra.filePath ?? 'corrections.yaml', `line ${extra.data.line}`, `has more entries (${ordered.length}) than content/corrections.yaml (${written.length})`);
  }
  const translated = new Map<Correction, Correction>();
  ordered.forEach(({ filePath, data }, i) => {
    const original = written[i]!;
    const where = filePath ?? 'corrections.yaml';
    if (data.date !== original.date || data.event !== original.event?.id) {
      throw new ContentError(where, `entry ${i + 1} (line ${data.line})`, `gives ${data.date}${data.event ? ` ${data.event}` : ''} where content/corrections.yaml has ${original.date}${original.event ? ` ${original.event.id}` : ''}: entries must follow the English, one for one`);
    }
    const quotes = { now: data.now, was: data.was };
    translated.set(original, { ...original, what: data.what, why: data.why, lang: locale, event: original.event && byId.get(original.event.id), quotes, source: `${where}, line ${data.line}` });
  });
  // An entry not yet translated quotes English words, which this edition's pages need not carry.
  return english.corrections.map((c) => translated.get(c) ?? { ...c, event: c.event && byId.get(c.event.id), quotes: { now: [], was: [] } });
}

/** The chronology in another language: the English one, with each text replaced by its translation where there is one. */
async function loadEdition(locale: OtherLocale): Promise<Chronology> {
  const english = await getChronology(DEFAULT_LOCALE);
  const known = new Set(english.sources.map((s) => s.id));
  const translations = new Map((await getCollection(translationCollection(locale, 'Events')) as TranslatedEventEntry[]).map((e) => [e.id, e]));
  for (const [id, entry] of translations) {
    if (!english.byId.has(id)) throw new ContentError(entry.filePath ?? `${locale}/events/${id}.mdx`, 'file name', `no English event "${id}" (no content/events/${id}.mdx)`);
  }
  const events = await Promise.all(english.events.map((e) => localizeEvent(e, translations.get(e.id), known, locale)));
  const byId = new Map(events.map((e) => [e.id, e]));
  const { edges, drawnOnBy } = lineageEdges(events.map((e) => ({ id: e.id, drewOn: e.data.drewOn })));
  const citedBy = new Map<string, StoryEvent[]>(english.sources.map((s) => [s.id, []]));
  for (const event of events) for (const id of event.references) citedBy.get(id)?.push(event);
  const eraTexts = new Map((await getCollection(translationCollection(locale, 'Eras')) as TranslatedTextEntry[]).map((e) => [e.id, e]));
  for (const [id, entry] of eraTexts) {
    if (!english.eras.some((era) => era.id === id)) throw new ContentError(entry.filePath ?? id, 'file name', `no English chapter "${id}" in content/eras/`);
  }
  const eraOfEvent = new Map<string, Era>();
  const eras: Era[] = [];
  for (const era of english.eras) {
    const entry = eraTexts.get(era.id);
    const text = entry ? await loadText(entry, known, locale) : era;
    const span = era.end ? formatSpan(era.start, era.end, locale) : strings(locale).pages.story.onward(formatSpan(era.start, undefined, locale));
    const localized: Era = { ...era, ...text, span, start: era.start, end: era.end, events: era.events.map((e) => byId.get(e.id)!) };
    for (const event of localized.events) eraOfEvent.set(event.id, localized);
    eras.push(localized);
  }
  const [overviewEntry] = (await getCollection(translationCollection(locale, 'Overview'))) as TranslatedTextEntry[];
  const overview = overviewEntry ? await loadText(overviewEntry, known, locale) : english.overview;
  const corrections = localizeCorrections(english, (await getCollection(translationCollection(locale, 'Corrections'))) as TranslatedCorrectionEntry[], byId, locale);
  return {
    ...english,
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
