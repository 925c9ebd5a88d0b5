/**
 * The chronology's cross-checks, on plain data: what the content collections hold once
 * loaded (events, source ids, eras, the corrections log, the translations), checked
 * against each other. Each rule is a pure function elsewhere in src/lib; this module
 * runs them in the order the build reports them. src/data/chronology.ts turns the first
 * problem into a ContentError; the schema's own rules (a date that cannot be parsed, a
 * missing field) are the content collections' and fail before this runs.
 */
import { compareChronologically, sortChronologically } from './chronology.ts';
import { unknownIds } from './citations.ts';
import { eraOf, eraProblems } from './eras.ts';
import { lineageProblems } from './lineage.ts';
import { isoString, type PartialDate } from './partial-date.ts';
import { translationProblems, type EventWords, type TranslatedWords } from './translations.ts';
import { updatedDateProblem } from './updates.ts';

/** A problem as a ContentError reports it: `file: field: problem`. */
export interface ChronologyProblem {
  file: string;
  field: string;
  problem: string;
}

/** A citation component in an MDX body (`<Cite ids="S01 S02" />`) and the source ids it names. */
export interface BodyCitation {
  component: string;
  ids: string[];
}

/** The fields of an event's frontmatter that name sources. */
export interface CitingFields {
  sources: string[];
  date: { sources?: string[] | undefined };
  disputedDates: { sources: string[] }[];
  otherDates: { sources: string[] }[];
  lengths: { sources: string[] }[];
  costs: { sources: string[] }[];
  places: { sources: string[]; otherCoordinates: { sources: string[] }[] }[];
  drewOn: { sources: string[] }[];
}

/** Every source id an event's frontmatter names, with the field it is named in. */
export function frontmatterCitations(data: CitingFields): { field: string; ids: string[] }[] {
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

/** An English event's frontmatter, as far as the checks read it. */
export type EventData = Omit<EventWords, keyof CitingFields> &
  CitingFields & {
    updated: string;
    date: EventWords['date'] & CitingFields['date'];
    disputedDates: (EventWords['disputedDates'][number] & CitingFields['disputedDates'][number])[];
    otherDates: (EventWords['otherDates'][number] & CitingFields['otherDates'][number])[];
    lengths: (EventWords['lengths'][number] & CitingFields['lengths'][number])[];
    costs: (EventWords['costs'][number] & CitingFields['costs'][number])[];
    places: (EventWords['places'][number] & CitingFields['places'][number])[];
    drewOn: { event: string; note: string; sources: string[] }[];
  };

/** An English event: its id, file, parsed dates, frontmatter and the citations in its body. */
export interface EventInput {
  id: string;
  file: string;
  start: PartialDate;
  end?: PartialDate | undefined;
  data: EventData;
  body: BodyCitation[];
}

/** A text that is not an event (an era's introduction, the overview): its file and body citations. */
export interface TextInput {
  file: string;
  body: BodyCitation[];
}

/** An era: its id (content/eras/<id>.mdx) and the years it covers. */
export interface EraInput {
  id: string;
  start: PartialDate;
  end?: PartialDate | undefined;
}

/** An entry of a corrections log, in the order written. */
export interface CorrectionInput {
  file: string;
  line: number | string;
  date: string;
  event?: string | undefined;
}

/** Another edition: its translated events, chapters, overview and corrections log. */
export interface TranslationInput {
  locale: string;
  /** Each translated event under the id of the English event its file name gives. */
  events: { id: string; file: string; data: TranslatedWords; body: BodyCitation[] }[];
  eras: (TextInput & { id: string })[];
  overview?: TextInput | undefined;
  corrections: CorrectionInput[];
}

export interface ChronologyInput {
  /** The build's today, YYYY-MM-DD (UTC). */
  today: string;
  /** Every source id in sources.yaml. */
  sources: readonly string[];
  events: EventInput[];
  eras: EraInput[];
  /** The eras' introductions and the overview. */
  texts: TextInput[];
  /** The English corrections log, in the order written. */
  corrections: CorrectionInput[];
  translations?: TranslationInput[] | undefined;
}

const unknownSource = (id: string) => `unknown source id "${id}" (not in sources.yaml)`;

/** The first unknown source each citation component in a body names. */
function bodyProblems(text: TextInput, known: ReadonlySet<string>): ChronologyProblem[] {
  return text.body.flatMap((use) => unknownIds(use.ids, known).slice(0, 1).map((id) => ({ file: text.file, field: `body <${use.component}>`, problem: unknownSource(id) })));
}

/** An English event's own problems: the sources it cites (frontmatter, then body) and its `updated` date. */
function eventProblems(event: EventInput, known: ReadonlySet<string>, today: string): ChronologyProblem[] {
  const problems: ChronologyProblem[] = [];
  for (const { field, ids } of frontmatterCitations(event.data)) {
    const [unknown] = unknownIds(ids, known);
    if (unknown) problems.push({ file: event.file, field, problem: unknownSource(unknown) });
  }
  problems.push(...bodyProblems(event, known));
  const updated = updatedDateProblem(event.data.updated, event.start, today);
  if (updated) problems.push({ file: event.file, field: 'updated', problem: updated });
  return problems;
}

/** The corrections log's problems: an entry about an unknown event, or dated after today. */
function correctionProblems(entries: readonly CorrectionInput[], events: ReadonlySet<string>, today: string): ChronologyProblem[] {
  return entries.flatMap(({ file, line, date, event }) => [
    ...(event !== undefined && !events.has(event) ? [{ file, field: `event (line ${line})`, problem: `unknown event "${event}" (no content/events/${event}.mdx)` }] : []),
    ...(date > today ? [{ file, field: `date (line ${line})`, problem: `${date} is in the future (today is ${today})` }] : []),
  ]);
}

/** The eras' problems (overlapping, ending before they start) and each event outside every era. */
function eraCoverageProblems(eras: readonly EraInput[], events: readonly EventInput[]): ChronologyProblem[] {
  const sorted = [...eras].sort(compareChronologically);
  return [
    ...eraProblems(sorted).map(([id, problem]) => ({ file: `content/eras/${id}.mdx`, field: 'start/end', problem })),
    ...events.filter((e) => !eraOf(sorted, e.start)).map((e) => ({ file: e.file, field: 'date.start', problem: `${isoString(e.start)} falls outside every era in content/eras/` })),
  ];
}

/** A translated corrections log must follow the English entry for entry: no more entries, the same date and event. */
function translatedLogProblems(entries: readonly CorrectionInput[], english: readonly CorrectionInput[]): ChronologyProblem[] {
  const problems: ChronologyProblem[] = [];
  if (entries.length > english.length) {
    const extra = entries[english.length]!;
    problems.push({ file: extra.file, field: `line ${extra.line}`, problem: `has more entries (${entries.length}) than content/corrections.yaml (${english.length})` });
  }
  entries.slice(0, english.length).forEach((entry, i) => {
    const original = english[i]!;
    if (entry.date !== original.date || entry.event !== original.event) {
      const said = (c: CorrectionInput) => `${c.date}${c.event ? ` ${c.event}` : ''}`;
      problems.push({ file: entry.file, field: `entry ${i + 1} (line ${entry.line})`, problem: `gives ${said(entry)} where content/corrections.yaml has ${said(original)}: entries must follow the English, one for one` });
    }
  });
  return problems;
}

/** An edition's problems: files naming no English event or chapter, lists out of line, unknown sources, its log. */
function translationInputProblems(edition: TranslationInput, input: ChronologyInput, known: ReadonlySet<string>): ChronologyProblem[] {
  const english = new Map(input.events.map((e) => [e.id, e]));
  const problems: ChronologyProblem[] = edition.events
    .filter((t) => !english.has(t.id))
    .map((t) => ({ file: t.file, field: 'file name', problem: `no English event "${t.id}" (no content/events/${t.id}.mdx)` }));
  const translated = new Map(edition.events.map((t) => [t.id, t]));
  for (const event of sortChronologically(input.events)) {
    const entry = translated.get(event.id);
    if (!entry) continue;
    problems.push(...translationProblems(event.data, entry.data).map(([field, problem]) => ({ file: entry.file, field, problem })));
    problems.push(...bodyProblems(entry, known));
  }
  const eraIds = new Set(input.eras.map((e) => e.id));
  for (const era of edition.eras) {
    if (!eraIds.has(era.id)) problems.push({ file: era.file, field: 'file name', problem: `no English chapter "${era.id}" in content/eras/` });
  }
  for (const text of [...edition.eras, ...(edition.overview ? [edition.overview] : [])]) problems.push(...bodyProblems(text, known));
  problems.push(...translatedLogProblems(edition.corrections, input.corrections));
  return problems;
}

/**
 * Every problem with the chronology, in the order the build reports them (the first is
 * the one it fails with): events' citations and `updated` dates, lineage links, the
 * corrections log, the eras' and overview's citations, the eras themselves and the events
 * they leave out; then each translation. Empty when the content holds together.
 */
export function validateChronology(input: ChronologyInput): ChronologyProblem[] {
  const known = new Set(input.sources);
  const events = sortChronologically(input.events);
  const byId = new Map(events.map((e) => [e.id, e]));
  return [
    ...events.flatMap((e) => eventProblems(e, known, input.today)),
    ...events.flatMap((e) => lineageProblems(e, e.data.drewOn, byId).map(([field, problem]) => ({ file: e.file, field, problem }))),
    ...correctionProblems(input.corrections, new Set(byId.keys()), input.today),
    ...input.texts.flatMap((t) => bodyProblems(t, known)),
    ...eraCoverageProblems(input.eras, events),
    ...(input.translations ?? []).flatMap((t) => translationInputProblems(t, input, known)),
  ];
}
