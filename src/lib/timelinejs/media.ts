/**
 * A slide's media URL: a web address (an image, a YouTube video, a Wikipedia page: the
 * engine decides how to show it), or a path relative to the imported file, which is copied
 * into the content folder's `media/`.
 */
import { posix } from 'node:path';
import { slug } from '../slug.ts';
import { webUrl } from './source-list.ts';

export type MediaTarget = { kind: 'web'; url: string } | { kind: 'local'; path: string } | { kind: 'invalid'; why: string };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** What a media URL points at. */
export function mediaTarget(url: string, inputFile: string): MediaTarget {
  const value = url.trim();
  if (value.startsWith('//')) {
    const web = webUrl(`https:${value}`);
    if (web) return { kind: 'web', url: web };
  }
  if (SCHEME.test(value)) {
    const web = webUrl(value);
    if (web) return { kind: 'web', url: web };
    return { kind: 'invalid', why: `${JSON.stringify(value)} is neither an http(s) URL nor a path to a file next to ${inputFile}` };
  }
  if (value.startsWith('/') || value.startsWith('\\')) {
    return { kind: 'invalid', why: `${JSON.stringify(value)} is an absolute path: give a full URL, or a path relative to ${inputFile}` };
  }
  return { kind: 'local', path: posix.normalize(value.replace(/\\/g, '/')) };
}

/**
 * Names for local files in `media/`: each file's own name where it is plain (letters, digits,
 * dots, hyphens, underscores), a slug of it otherwise; a second file of the same name
 * gets `-2` before its extension. The same path always gets the same name.
 */
export class MediaNames {
  readonly #byPath = new Map<string, string>();
  readonly #taken = new Set<string>();

  name(path: string): string {
    const known = this.#byPath.get(path);
    if (known) return known;
    const base = posix.basename(path);
    const extension = posix.extname(base);
    const stem = base.slice(0, base.length - extension.length);
    const plain = /^[A-Za-z0-9._-]+$/.test(base) && stem !== '';
    const safeStem = plain ? stem : slug(stem) || 'media';
    const safeExtension = plain ? extension : extension.toLowerCase().replace(/[^a-z0-9.]/g, '');
    let name = `${safeStem}${safeExtension}`;
    for (let n = 2; this.#taken.has(name.toLowerCase()); n++) name = `${safeStem}-${n}${safeExtension}`;
    this.#taken.add(name.toLowerCase());
    this.#byPath.set(path, name);
    return name;
  }
}
