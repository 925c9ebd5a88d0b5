/**
 * Numbers, money and plurals in a locale, through Intl, so the build (Node) and the browser
 * agree. Dates at their precision are in src/lib/partial-date.ts.
 */
import { LOCALES, type Locale } from './locales.ts';

/** Plural forms by CLDR category; English needs `one` and `other`, Russian also `few` and `many`. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<Locale, Intl.PluralRules>();

/**
 * The form for `count`, with `{n}` replaced by the formatted number:
 * plural('ru', 3, { one: '{n} источник', few: '{n} источника', many: '{n} источников', other: '{n} источника' }).
 */
export function plural(locale: Locale, count: number, forms: PluralForms): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(LOCALES[locale].intl)));
  const form = forms[rule.select(count)] ?? forms.other;
  return form.replaceAll('{n}', formatNumber(locale, count));
}

/** 6000 as "6,000" or "6 000" (Russian groups thousands with a no-break space). */
export function formatNumber(locale: Locale, value: number, options: Intl.NumberFormatOptions = { maximumFractionDigits: 2 }): string {
  const key = `${locale} ${JSON.stringify(options)}`;
  let formatter = numberFormats.get(key);
  if (!formatter) numberFormats.set(key, (formatter = new Intl.NumberFormat(LOCALES[locale].intl, options)));
  return formatter.format(value);
}
/** Formatters made once per language and options: making one is the slow part. */
const numberFormats = new Map<string, Intl.NumberFormat>();

/** Joins names as a sentence does: "A", "A and B", "A, B and C" / "А, Б и В". */
export function formatList(locale: Locale, items: readonly string[]): string {
  return new Intl.ListFormat(LOCALES[locale].intl, { type: 'conjunction' }).format(items);
}

/**
 * A list as a sentence says it, with its items kept as they are (links, markup): the
 * separators come from Intl.ListFormat, so "A, B and C" / "А, Б и В" in any language.
 */
export function formatListParts<T>(locale: Locale, items: readonly T[]): (T | string)[] {
  const parts = new Intl.ListFormat(LOCALES[locale].intl, { type: 'conjunction' }).formatToParts(items.map((_, i) => String(i)));
  return parts.map((part) => (part.type === 'element' ? items[Number(part.value)]! : part.value));
}

/** A sentence with `{name}` placeholders, filled: fill('claim: {by}', { by: 'the envoy' }) is 'claim: the envoy'. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/** The same, keeping each value as it is (a link, markup): the sentence's text and its values, in order. */
export function fillParts<T>(template: string, values: Record<string, T>): (T | string)[] {
  const parts: (T | string)[] = [];
  template.split(/\{(\w+)\}/).forEach((piece, i) => {
    if (i % 2 === 0) {
      if (piece) parts.push(piece);
    } else parts.push(Object.hasOwn(values, piece) ? values[piece]! : `{${piece}}`);
  });
  return parts;
}
