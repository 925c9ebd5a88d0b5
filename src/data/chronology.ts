import { getCollection, render, type CollectionEntry } from 'astro:content';
import { toPartialDate, formatSpan, isoString, type PartialDate } from '../lib/partial-date.ts';
import { sortChronologically, compareSourceIds, compareChronologically } from '../lib/chronology.ts';
import { referenceList, unknownIds } from '../lib/citations.ts';
import { ContentError } from '../lib/content-error.ts';
import { smartQuotes } from '../lib/typography.ts';
import type { BodyCitations } from '../markdown/citation-numbering.ts';
import { updatedDateProblem, todayUtc, latestDay } from '../lib/updates.ts';
import { yearSpan } from '../lib/site.ts';
import { lineageProblems, lineageEdges, type LineageEdge } from '../lib/lineage.ts';
import { eraOf, eraProblems, wordCount } from '../lib/eras.ts';

export type EventEntry = CollectionEntry<'events'>;
export type SourceEntry = CollectionEntry<'sources'>;
export type CorrectionEntry = CollectionEntry<'corrections'>;

/** One line of the public corrections log, with the event it concerns resolved. */
export interface Correction {
  date: string;
  kind: CorrectionEntry['data']['kind'];
  what: string;
  why: string;
  /** The event changed; undefined for a change to the site as a whole. */
  event?: StoryEvent | undefined;
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
}

/** A text of the story that is not an event (an era's introduction, the overview), rendered once. */
export interface StoryText {
  id: string;
  title: string;
  Content: Awaited<ReturnType<typeof render>>['Content'];
  words: number;
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
  const { Content, remarkPluginFrontmatter } = await render(entry);
  const body: BodyCitations = remarkPluginFrontmatter.citations ?? { order: [], firstMark: {}, uses: [] };
  for (const use of body.uses) {
    const [unknown] = unknownIds(use.ids, known);
    if (unknown) throw new ContentError(file, `body <${use.component}>`, `unknown source id "${unknown}" (not in sources.yaml)`);
  }
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
  };
}

/** Renders an era introduction or the overview, checking the sources it cites. */
async function loadText(entry: CollectionEntry<'eras'> | CollectionEntry<'overview'>, known: ReadonlySet<string>): Promise<StoryText> {
  const file = entry.filePath ?? entry.id;
  const { Content, remarkPluginFrontmatter } = await render(entry);
  const body: BodyCitations = remarkPluginFrontmatter.citations ?? { order: [], firstMark: {}, uses: [] };
  for (const use of body.uses) {
    const [unknown] = unknownIds(use.ids, known);
    if (unknown) throw new ContentError(file, `body <${use.component}>`, `unknown source id "${unknown}" (not in sources.yaml)`);
  }
  return { id: entry.id, title: smartQuotes(entry.data.title), Content, words: wordCount(entry.body ?? '') };
}

/** The eras in date order with their events; fails naming the file of an event outside every era. */
async function loadEras(events: StoryEvent[], known: ReadonlySet<string>): Promise<{ eras: Era[]; eraOf: Map<string, Era> }> {
  const entries = await getCollection('eras');
  if (entries.length === 0) throw new ContentError('content/eras', 'files', 'no eras found: the story needs at least one chapter');
  const eras: Era[] = [];
  for (const entry of entries) {
    const start = toPartialDate(entry.data.start);
    const end = entry.data.end === undefined ? undefined : toPartialDate(entry.data.end);
    const span = end ? formatSpan(start, end) : `${formatSpan(start)} onward`;
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
  return { events, byId, sources, citedBy, corrections, lastUpdated, span: yearSpan(events), lineage: edges, drawnOnBy, eras, eraOf: eraByEvent, overview };
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
    return { date: data.date, kind: data.kind, what: smartQuotes(data.what), why: smartQuotes(data.why), event };
  });
  return corrections.map((c, i) => ({ c, i })).sort((a, b) => (a.c.date < b.c.date ? 1 : a.c.date > b.c.date ? -1 : a.i - b.i)).map(({ c }) => c);
}

let cached: Promise<Chronology> | undefined;

/** The validated chronology, loaded once per build and shared by every page. */
export function getChronology(): Promise<Chronology> {
  cached ??= loadChronology();
  return cached;
}
