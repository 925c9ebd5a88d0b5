/**
 * A TimelineJS story, JSON or CSV by its file's extension, as a content folder's files: read
 * (read-json.ts, read-csv.ts), checked (slides.ts) and written out (to-content.ts). Pure: the
 * command line (bin/import.ts) reads the file, writes the folder and copies the media.
 */
import { ImportError, type Format } from './problems.ts';
import { readCsv } from './read-csv.ts';
import { readJson } from './read-json.ts';
import { checkStory } from './slides.ts';
import { toContent, type Content, type ContentOptions } from './to-content.ts';

/** The format a file's extension names; an ImportError for any other. */
export function formatOf(file: string): Format {
  const extension = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  if (extension === 'json' || extension === 'csv') return extension;
  throw new ImportError([`${file}: is neither .json (TimelineJS JSON) nor .csv (a TimelineJS sheet saved as CSV)`]);
}

export interface ImportOptions extends ContentOptions {
  /** The name messages give the file (its base name). */
  file: string;
}

/** Imports a story's text; throws an ImportError listing every problem found. */
export function importStory(text: string, options: ImportOptions): Content {
  const format = formatOf(options.file);
  const raw = format === 'json' ? readJson(text, options.file) : readCsv(text, options.file);
  return toContent(checkStory(raw), options);
}
