/**
 * Slugs: the ids of events, eras and threads, made from words. Lower-case ASCII letters,
 * digits and hyphens, at most 60 characters; other letters are transliterated
 * (@sindresorhus/slugify: "Über" → "ueber", "Через" → "cherez") or dropped.
 */
import slugify from '@sindresorhus/slugify';

export const MAX_SLUG = 60;

/** Cuts a slug to `max` characters, at a hyphen where there is one, never ending in one. */
function cut(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const head = slug.slice(0, max + 1);
  const hyphen = head.lastIndexOf('-');
  return (hyphen > 0 ? head.slice(0, hyphen) : slug.slice(0, max)).replace(/-+$/, '');
}

/** A slug of some words; empty when nothing in them can be written in ASCII. */
export function slug(words: string, max = MAX_SLUG): string {
  return cut(slugify(words, { decamelize: false }), max);
}

/**
 * Hands out ids that are unique among those taken: the second "fixture" is "fixture-2", the
 * third "fixture-3", each cut so that the suffix fits in 60 characters.
 */
export class UniqueIds {
  readonly #taken = new Set<string>();

  /** Takes `id`, or the first free `id-2`, `id-3`, …. */
  take(id: string): string {
    let candidate = id;
    for (let n = 2; this.#taken.has(candidate); n++) candidate = `${cut(id, MAX_SLUG - String(n).length - 1)}-${n}`;
    this.#taken.add(candidate);
    return candidate;
  }

  has(id: string): boolean {
    return this.#taken.has(id);
  }
}
