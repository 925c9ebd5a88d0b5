/** What the method page states about the collection, counted by the page from the chronology. */
import type { SourceKind } from '../lib/sources.ts';

export interface MethodCounts {
  events: number;
  sources: number;
  /** Sources read only as copies on other sites. */
  mirrors: number;
  kindCounts: { kind: SourceKind; count: number }[];
  /** How many events the Russian edition has translated, of all. */
  translated: { count: number; total: number };
}
