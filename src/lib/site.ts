/** What the site's chronology spans; the site's name and subject are interface strings (src/i18n/ui/). */
import { formatSpan } from './partial-date.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';

/**
 * "1857–2026": the years a list of dated items spans, from the first start to the last end;
 * in deep time "13.8 billion years ago – 1969", "3500–3000 BC", in the language's words.
 */
export function yearSpan(items: readonly { start: { year: number }; end?: { year: number } | undefined }[], locale: Locale = DEFAULT_LOCALE): string {
  if (items.length === 0) return '';
  const first = Math.min(...items.map((i) => i.start.year));
  const last = Math.max(...items.map((i) => (i.end ?? i.start).year));
  const year = (y: number) => ({ year: y, precision: 'year' as const });
  return formatSpan(year(first), first === last ? undefined : year(last), locale);
}
