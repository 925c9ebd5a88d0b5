import { parseDocument, isMap, isSeq, LineCounter, type YAMLMap } from 'yaml';
import type { z } from 'astro/zod';
import { ContentError } from './content-error.ts';

/** How a list file's errors name what it holds, each read after "expected". */
export interface ListWords {
  /** The file as a whole: 'a list of corrections (lines starting with "- ")'. */
  list: string;
  /** One entry: 'one of the corrections with fields'. */
  entry: string;
}

/**
 * Parses a YAML file, with the line of any offset in it for error messages; throws a
 * ContentError naming the file and line on a syntax error or a repeated key.
 */
export function parseYamlFile(text: string, file: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: true, lineCounter });
  const line = (offset: number | undefined) => (offset === undefined ? '?' : lineCounter.linePos(offset).line);
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    throw new ContentError(file, `line ${line(error.pos[0])}`, error.message.split('\n')[0]!);
  }
  return { doc, line };
}

/**
 * Parses a YAML file that holds one map of fields (site.yaml, map.yaml) and checks it
 * against `schema`: the first problem throws a ContentError naming the file, the field
 * (`threads.0.id`) with its line, and what is wrong.
 */
export function readYamlFields<T>(text: string, file: string, schema: z.ZodType<T>): T {
  const { doc, line: lineOf } = parseYamlFile(text, file);
  const result = schema.safeParse(doc.toJS() ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path.map(String);
  // The deepest node the path reaches, for its line.
  let node: unknown;
  for (let depth = path.length; depth >= 0 && !node; depth--) node = depth ? doc.getIn(path.slice(0, depth).map((p) => (/^\d+$/.test(p) ? Number(p) : p)), true) : doc.contents;
  const range = (node as { range?: [number] } | undefined)?.range;
  const field = path.length ? path.join('.') : 'top level';
  throw new ContentError(file, `${field} (line ${lineOf(range?.[0])})`, issue.code === 'invalid_type' && issue.input === undefined ? 'is missing' : issue.message);
}

/** One entry of a YAML list file: its map, and the line it starts on for error messages. */
export interface YamlEntry {
  line: number | string;
  map: YAMLMap;
}

/**
 * Reads a YAML file that holds a list of maps, entry by entry, handing each to `read` in
 * order. Throws a ContentError naming the file and line on a syntax error or a wrong shape,
 * so the build stops instead of quietly dropping entries; `read` throws its own the same way.
 * An empty file is an empty list unless `emptyIsList` is false.
 */
export function readYamlList<T>(
  text: string,
  file: string,
  words: ListWords,
  read: (entry: YamlEntry, index: number) => T,
  { emptyIsList = true } = {},
): T[] {
  const { doc, line } = parseYamlFile(text, file);
  if (doc.contents === null && emptyIsList) return [];
  if (!isSeq(doc.contents)) throw new ContentError(file, 'top level', `expected ${words.list}`);
  return doc.contents.items.map((item, index) => {
    if (!isMap(item)) throw new ContentError(file, `entry ${index + 1}`, `expected ${words.entry}`);
    return read({ line: line(item.range?.[0]), map: item }, index);
  });
}

/** One entry of a list whose entries have no ids of their own (the corrections logs). */
export interface YamlListItem {
  line: number | string;
  data: Record<string, unknown>;
}

/** Reads a YAML list of `what` (e.g. "corrections"), each entry with the line it starts on. */
export function parseYamlList(text: string, file: string, what: string): YamlListItem[] {
  const words = { list: `a list of ${what} (lines starting with "- ")`, entry: `one of the ${what} with fields` };
  return readYamlList(text, file, words, ({ line, map }) => ({ line, data: map.toJSON() as Record<string, unknown> }));
}
