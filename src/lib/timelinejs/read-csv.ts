/**
 * Reads TimelineJS's spreadsheet template saved as CSV into raw slides, each with the line
 * its row starts on (the header is line 1; a field with line breaks in quotes makes a row
 * span several lines). Columns are matched by name, in any case; unknown columns (and
 * Background) are ignored; empty rows are skipped. Values stay as written; slides.ts checks them.
 */
import { parse } from 'csv-parse/sync';
import { ImportError, fileProblem, problem, type Place } from './problems.ts';
import type { RawSlide, RawStory, SlideKind } from './slides.ts';

/** The template's columns the import reads, by their lower-case names; "alt text" and "media title" are optional extras. */
const COLUMNS = {
  year: 'year',
  month: 'month',
  day: 'day',
  time: 'time',
  endYear: 'end year',
  endMonth: 'end month',
  endDay: 'end day',
  endTime: 'end time',
  displayDate: 'display date',
  headline: 'headline',
  text: 'text',
  media: 'media',
  mediaCredit: 'media credit',
  mediaCaption: 'media caption',
  mediaThumbnail: 'media thumbnail',
  mediaAlt: 'alt text',
  mediaTitle: 'media title',
  type: 'type',
  group: 'group',
} as const;

type Column = keyof typeof COLUMNS;

/** The columns every sheet must have. */
const REQUIRED: Column[] = ['year', 'headline'];

const TYPES: Record<string, SlideKind> = { '': 'event', title: 'title', era: 'era' };

/** Where each line starts, in bytes, to find the line a byte falls on. */
function lineStarts(bytes: Buffer): number[] {
  const starts = [0];
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === 0x0a || (byte === 0x0d && bytes[i + 1] !== 0x0a)) starts.push(i + 1);
  }
  return starts;
}

/** The 1-based line that byte `offset` falls on. */
function lineAt(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

/** The first byte at or after `offset` that is not a line break: where a row begins after skipped empty lines. */
function skipLineBreaks(bytes: Buffer, offset: number): number {
  while (offset < bytes.length && (bytes[offset] === 0x0a || bytes[offset] === 0x0d)) offset++;
  return offset;
}

/** Reads a TimelineJS sheet saved as CSV; `file` is the name messages give it. */
export function readCsv(source: string, file: string): RawStory {
  const bytes = Buffer.from(source.replace(/^\uFEFF/, ''), 'utf8');
  let records: { record: string[]; info: { bytes: number } }[];
  try {
    records = parse(bytes, { info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as typeof records;
  } catch (error) {
    throw new ImportError([fileProblem(file, 'csv', undefined, `is not valid CSV (${(error as Error).message})`)]);
  }
  const [header, ...rows] = records;
  if (!header) throw new ImportError([fileProblem(file, 'csv', undefined, 'is empty: it needs the TimelineJS header row and a row per slide')]);

  // csv-parse's own line count is where a record ends (and counts CRLF inside quotes twice),
  // so each row's first line is found from where the record before it ended, in bytes.
  const starts = lineStarts(bytes);
  const headerLine = lineAt(starts, skipLineBreaks(bytes, 0));
  const index = new Map<string, number>();
  header.record.forEach((name, i) => {
    const key = name.trim().toLowerCase().replace(/\s+/g, ' ');
    if (!index.has(key)) index.set(key, i);
  });
  const missing = REQUIRED.filter((column) => !index.has(COLUMNS[column]));
  if (missing.length > 0) {
    const at: Place = { file, format: 'csv', line: headerLine };
    throw new ImportError(missing.map((column) => problem(at, column === 'year' ? 'year' : 'headline', 'no such column: the header row needs the columns of the TimelineJS template')));
  }

  const slides: RawSlide[] = [];
  let previousEnd = header.info.bytes;
  for (const { record, info } of rows) {
    const line = lineAt(starts, skipLineBreaks(bytes, previousEnd));
    previousEnd = info.bytes;
    if (record.every((field) => field.trim() === '')) continue;
    const cell = (column: Column): string | undefined => {
      const i = index.get(COLUMNS[column]);
      const value = i === undefined ? undefined : record[i];
      return value === undefined || value.trim() === '' ? undefined : value;
    };
    const at: Place = { file, format: 'csv', line };
    const typeName = (cell('type') ?? '').trim().toLowerCase();
    const kind = TYPES[typeName];
    if (!kind) {
      const what = `${JSON.stringify(cell('type')?.trim())} is not a slide type: leave it empty for an event, or write title or era`;
      slides.push({ at, kind: 'event', problems: [problem(at, 'type', what)], broken: true });
      continue;
    }
    slides.push({
      at,
      kind,
      start: { year: cell('year'), month: cell('month'), day: cell('day'), time: cell('time') },
      end: { year: cell('endYear'), month: cell('endMonth'), day: cell('endDay'), time: cell('endTime') },
      displayDate: cell('displayDate'),
      headline: cell('headline'),
      text: cell('text'),
      media:
        kind === 'era'
          ? undefined
          : { url: cell('media'), caption: cell('mediaCaption'), credit: cell('mediaCredit'), thumbnail: cell('mediaThumbnail'), alt: cell('mediaAlt'), title: cell('mediaTitle') },
      group: kind === 'event' ? cell('group') : undefined,
    });
  }
  return { file, format: 'csv', slides, problems: [] };
}
