import { parseDocument, isMap, isSeq, isScalar } from 'yaml';
import { ContentError } from './content-error.ts';

export interface RawSource {
  id: string;
  [field: string]: unknown;
}

/**
 * Reads the YAML bibliography: a list of sources, each with an `id`. Unlike Astro's
 * file() loader, which only logs unreadable files and repeated ids, this throws, so
 * that a broken bibliography fails the build instead of emptying the site's sources.
 */
export function parseSourceList(text: string, file: string): RawSource[] {
  const doc = parseDocument(text, { uniqueKeys: true });
  const line = (offset: number | undefined) =>
    offset === undefined ? '?' : text.slice(0, offset).split('\n').length;
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    throw new ContentError(file, `line ${line(error.pos[0])}`, error.message.split('\n')[0]!);
  }
  if (!isSeq(doc.contents)) {
    throw new ContentError(file, 'top level', 'expected a list of sources (lines starting with "- id: ...")');
  }
  const firstLine = new Map<string, number | string>();
  return doc.contents.items.map((item, index) => {
    if (!isMap(item)) throw new ContentError(file, `entry ${index + 1}`, 'expected a source with fields');
    const idNode = item.get('id', true);
    const id = isScalar(idNode) ? String(idNode.value ?? '') : '';
    const at = line(item.range?.[0]);
    if (!id) throw new ContentError(file, `entry ${index + 1} (line ${at})`, 'missing "id"');
    const first = firstLine.get(id);
    if (first !== undefined) {
      throw new ContentError(file, `id (line ${at})`, `duplicate source id "${id}", first used at line ${first}`);
    }
    firstLine.set(id, at);
    return item.toJSON() as RawSource;
  });
}
