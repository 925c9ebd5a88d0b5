/** What the method page states about the collection, counted by the page from the chronology. */
import type { SourceKind } from '../lib/sources.ts';
import type { OtherLocale } from '../i18n/locales.ts';

export interface MethodCounts {
  events: number;
  sources: number;
  /** Sources read only as copies on other sites. */
  mirrors: number;
  kindCounts: { kind: SourceKind; count: number }[];
  /** For each translated edition, how many events it has translated, of all. */
  translated: Record<OtherLocale, { count: number; total: number }>;
}
