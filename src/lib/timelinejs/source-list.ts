/**
 * The bibliography the import writes: one source per distinct web address (a link in a
 * slide's text, a media URL that is not a local file), numbered in order of first appearance
 * S01…S99, S100…S999 (the engine's ids are `^[SG]\d{2,3}[a-z]?$`).
 */
import { shorten } from '../ellipsis.ts';

export const MAX_SOURCES = 999;

export interface SourceEntry {
  id: string;
  title: string;
  publisher: string;
  url: string;
  kind: 'blog';
}

/** A source id: S01, S42, S100. */
export function sourceId(n: number): string {
  return `S${String(n).padStart(2, '0')}`;
}

/** The address as the URL standard writes it, when it is an http or https URL. */
export function webUrl(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
}

export class SourceList {
  readonly #byUrl = new Map<string, SourceEntry>();

  /**
   * The id of the source at `url`, listed under `title` the first time it is seen (a page's
   * address stands in for an empty title). Undefined for anything but an http(s) URL.
   */
  cite(url: string, title: string): string | undefined {
    const href = webUrl(url);
    if (href === undefined) return undefined;
    const known = this.#byUrl.get(href);
    if (known) return known.id;
    const host = new URL(href).hostname.replace(/^www\./, '');
    const entry: SourceEntry = { id: sourceId(this.#byUrl.size + 1), title: shorten(title.trim(), 200) || href, publisher: host, url: href, kind: 'blog' };
    this.#byUrl.set(href, entry);
    return entry.id;
  }

  get size(): number {
    return this.#byUrl.size;
  }

  entries(): SourceEntry[] {
    return [...this.#byUrl.values()];
  }
}
