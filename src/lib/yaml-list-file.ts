import { parseDocument, isMap, isSeq } from 'yaml';
import { ContentError } from './content-error.ts';

/** One entry of a YAML list file, with the line it starts on for error messages. */
export interface YamlListItem {
  line: number | string;
  data: Record<string, unknown>;
}

/**
 * Reads a YAML file that holds a list of maps (corrections, eras). Throws a ContentError
 * naming the file and line on a syntax error or a wrong shape, so the build stops instead
 * of quietly dropping entries.
 */
export function parseYamlList(text: string, file: string, what: string): YamlListItem[] {
  const doc = parseDocument(text, { uniqueKeys: true });
  const line = (offset: number | undefined) => (offset === undefined ? '?' : text.slice(0, offset).split('\n').length);
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    throw new ContentError(file, `line ${line(error.pos[0])}`, error.message.split('\n')[0]!);
  }
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) throw new ContentError(file, 'top level', `expected a list of ${what} (lines starting with "- ")`);
  return doc.contents.items.map((item, index) => {
    const at = line(isMap(item) ? item.range?.[0] : undefined);
    if (!isMap(item)) throw new ContentError(file, `entry ${index + 1}`, `expected one of the ${what} with fields`);
    return { line: at, data: item.toJSON() as Record<string, unknown> };
  });
}
