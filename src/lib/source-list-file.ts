import { isScalar } from 'yaml';
import { readYamlList } from './yaml-list-file.ts';
import { ContentError } from './content-error.ts';

export interface RawSource {
  id: string;
  [field: string]: unknown;
}

/**
 * Reads the YAML bibliography: a list of sources, each with an `id`. Unlike Astro's
 * file() loader, which only logs unreadable files and repeated ids, this throws, so
 * that a broken bibliography (or an empty one) fails the build instead of emptying the
 * site's sources.
 */
export function parseSourceList(text: string, file: string): RawSource[] {
  const words = { list: 'a list of sources (lines starting with "- id: ...")', entry: 'a source with fields' };
  const firstLine = new Map<string, number | string>();
  return readYamlList(
    text,
    file,
    words,
    ({ line, map }, index) => {
      const idNode = map.get('id', true);
      const id = isScalar(idNode) ? String(idNode.value ?? '') : '';
      if (!id) throw new ContentError(file, `entry ${index + 1} (line ${line})`, 'missing "id"');
      const first = firstLine.get(id);
      if (first !== undefined) {
        throw new ContentError(file, `id (line ${line})`, `duplicate source id "${id}", first used at line ${first}`);
      }
      firstLine.set(id, line);
      return map.toJSON() as RawSource;
    },
    { emptyIsList: false },
  );
}
