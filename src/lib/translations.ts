/**
 * Translated events: the words of another language laid over the English entry's data.
 * Dates, figures, coordinates, sources and links live once, in the English file; a
 * translation gives the same fields' words, list for list (content/ru/README.md).
 */

/** The English fields a translation gives words for (a subset of the event schema). */
export interface EventWords {
  title: string;
  summary: string;
  timelineLabel?: string | undefined;
  date: { label?: string | undefined; note?: string | undefined };
  disputedDates: { note: string; label?: string | undefined }[];
  otherDates: { what: string; label?: string | undefined }[];
  confidence?: { reason: string } | undefined;
  lengths: { label: string; claimedBy?: string | undefined }[];
  costs: { label: string; claimedBy?: string | undefined }[];
  places: { name: string }[];
  people: string[];
  organisations: string[];
  drewOn: { note: string }[];
}

/** A translation's frontmatter, as content/<lang>/events/<id>.mdx gives it. */
export interface TranslatedWords {
  translatedFrom: string;
  title: string;
  summary: string;
  timelineLabel?: string | undefined;
  dateLabel?: string | undefined;
  dateNote?: string | undefined;
  disputedDates: { note: string; label?: string | undefined }[];
  otherDates: { what: string; label?: string | undefined }[];
  confidenceReason: string;
  lengths: { label: string; claimedBy?: string | undefined }[];
  costs: { label: string; claimedBy?: string | undefined }[];
  places: string[];
  people: string[];
  organisations: string[];
  drewOn: { note: string }[];
}

type Problem = [field: string, message: string];

/** An optional field the translation must give exactly when the English has it. */
function pairing(field: string, english: unknown, translated: unknown): Problem[] {
  if (english !== undefined && translated === undefined) return [[field, 'missing: the English entry has one']];
  if (english === undefined && translated !== undefined) return [[field, 'the English entry has none; remove it']];
  return [];
}

/** A list the translation must give entry for entry. */
function sameLength(field: string, english: readonly unknown[], translated: readonly unknown[]): Problem[] {
  return english.length === translated.length
    ? []
    : [[field, `has ${translated.length} ${translated.length === 1 ? 'entry' : 'entries'}; the English entry has ${english.length}`]];
}

/**
 * What is wrong with a translation against its English entry: each problem names the
 * field, so the build can fail with the file and field. Empty when it lines up.
 */
export function translationProblems(english: EventWords & { updated: string }, translated: TranslatedWords): Problem[] {
  const problems: Problem[] = [];
  if (translated.translatedFrom > english.updated) {
    problems.push(['translatedFrom', `${translated.translatedFrom} is later than the English entry's updated date (${english.updated})`]);
  }
  problems.push(...pairing('dateLabel', english.date.label, translated.dateLabel));
  problems.push(...pairing('dateNote', english.date.note, translated.dateNote));
  const lists = [
    ['disputedDates', english.disputedDates, translated.disputedDates],
    ['otherDates', english.otherDates, translated.otherDates],
    ['lengths', english.lengths, translated.lengths],
    ['costs', english.costs, translated.costs],
    ['places', english.places, translated.places],
    ['people', english.people, translated.people],
    ['organisations', english.organisations, translated.organisations],
    ['drewOn', english.drewOn, translated.drewOn],
  ] as const;
  for (const [field, a, b] of lists) problems.push(...sameLength(field, a, b));
  if (problems.length > 0) return problems;
  english.disputedDates.forEach((d, i) => problems.push(...pairing(`disputedDates[${i}].label`, d.label, translated.disputedDates[i]!.label)));
  english.otherDates.forEach((d, i) => problems.push(...pairing(`otherDates[${i}].label`, d.label, translated.otherDates[i]!.label)));
  english.lengths.forEach((d, i) => problems.push(...pairing(`lengths[${i}].claimedBy`, d.claimedBy, translated.lengths[i]!.claimedBy)));
  english.costs.forEach((d, i) => problems.push(...pairing(`costs[${i}].claimedBy`, d.claimedBy, translated.costs[i]!.claimedBy)));
  return problems;
}

/** The English entry with the translation's words in place of its own; call only when there are no problems. */
export function withTranslatedWords<T extends EventWords>(english: T, translated: TranslatedWords): T {
  return {
    ...english,
    title: translated.title,
    summary: translated.summary,
    timelineLabel: translated.timelineLabel,
    date: { ...english.date, label: translated.dateLabel, note: translated.dateNote },
    disputedDates: english.disputedDates.map((d, i) => ({ ...d, ...translated.disputedDates[i] })),
    otherDates: english.otherDates.map((d, i) => ({ ...d, ...translated.otherDates[i] })),
    confidence: english.confidence && { ...english.confidence, reason: translated.confidenceReason ?? english.confidence.reason },
    lengths: english.lengths.map((d, i) => ({ ...d, ...translated.lengths[i] })),
    costs: english.costs.map((d, i) => ({ ...d, ...translated.costs[i] })),
    places: english.places.map((d, i) => ({ ...d, name: translated.places[i]! })),
    people: translated.people,
    organisations: translated.organisations,
    drewOn: english.drewOn.map((d, i) => ({ ...d, note: translated.drewOn[i]!.note })),
  };
}
