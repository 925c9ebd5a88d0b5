/**
 * The closed lists an event's frontmatter and the corrections log choose from, each written
 * once: the schema (src/content.config.ts) validates against these arrays, the types are
 * derived from them, and the interface strings (src/i18n/ui/) give each value its words. The
 * open data's JSON Schema (public/data/events.schema.json) repeats them for readers of the
 * data; a unit test (vocabulary.test.ts) checks that it and the English strings agree.
 * Threads, source kinds and lineage links have modules of their own (threads.ts,
 * sources.ts, lineage.ts).
 */

/**
 * How sure the research is of an event. high: two or more independent sources; medium:
 * one good source; low: weak or advocacy only. Words: `confidence.badge`.
 */
export const CONFIDENCE_LEVELS = ['high', 'medium', 'low'] as const;

export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

/** An ISO 4217 currency code, `USD`, `GBP`, `RUB`: any that Intl knows; only US dollars are charted (estimates.ts). */
export const CURRENCY_PATTERN = /^[A-Z]{3}$/;

/** True for a currency code Intl knows (ISO 4217). */
export const isCurrency = (code: string) => CURRENCY_PATTERN.test(code) && Intl.supportedValuesOf('currency').includes(code);

export type Currency = string;

/** What a cost figure covers. Words: `scopes`. */
export const COST_SCOPES = ['tunnel', 'bridge', 'corridor', 'project'] as const;

export type CostScope = (typeof COST_SCOPES)[number];

/** What a length measures; a `line` (a connecting line, not a crossing) is not charted. Words: `lengthOf`. */
export const LENGTH_KINDS = ['tunnel', 'bridge', 'crossing', 'line'] as const;

export type LengthKind = (typeof LENGTH_KINDS)[number];

/**
 * What an entry of the corrections log records. new event: the event's entry was written;
 * correction: something was wrong; addition: new facts; clarification: wording or sourcing
 * made clearer. Words: `pages.corrections.kinds`.
 */
export const CORRECTION_KINDS = ['new event', 'correction', 'addition', 'clarification'] as const;

export type CorrectionKind = (typeof CORRECTION_KINDS)[number];
