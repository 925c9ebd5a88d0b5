/**
 * Where a problem in a TimelineJS file is, and how it is named: a spreadsheet's row by the
 * line it starts on and its column (`story.csv:7 Month: …`), a JSON slide by its path and
 * field (`story.json events[2] end_date: …`). The readers give each slide its place; the
 * checks name a field in neutral words, and this file says it the way the file does.
 */

export type Format = 'json' | 'csv';

/** Where a slide is: a CSV row's first line, or a JSON slide's path (`events[2]`, `eras[0]`, `title`). */
export type Place = { file: string; format: 'csv'; line: number } | { file: string; format: 'json'; path: string };

/** A field of a slide, in neutral words. */
export type Field =
  | 'start'
  | 'year'
  | 'month'
  | 'day'
  | 'time'
  | 'end'
  | 'endYear'
  | 'endMonth'
  | 'endDay'
  | 'endTime'
  | 'displayDate'
  | 'headline'
  | 'text'
  | 'textObject'
  | 'media'
  | 'mediaUrl'
  | 'mediaThumbnail'
  | 'type'
  | 'group'
  | 'uniqueId';

/** The columns of TimelineJS's spreadsheet template, as the template spells them. */
const CSV_COLUMNS: Record<Field, string> = {
  start: 'Year',
  year: 'Year',
  month: 'Month',
  day: 'Day',
  time: 'Time',
  end: 'End Year',
  endYear: 'End Year',
  endMonth: 'End Month',
  endDay: 'End Day',
  endTime: 'End Time',
  displayDate: 'Display Date',
  headline: 'Headline',
  text: 'Text',
  textObject: 'Text',
  media: 'Media',
  mediaUrl: 'Media',
  mediaThumbnail: 'Media Thumbnail',
  type: 'Type',
  group: 'Group',
  uniqueId: 'Unique ID',
};

/** The same fields as paths in TimelineJS's JSON format. */
const JSON_FIELDS: Record<Field, string> = {
  start: 'start_date',
  year: 'start_date.year',
  month: 'start_date.month',
  day: 'start_date.day',
  time: 'start_date',
  end: 'end_date',
  endYear: 'end_date.year',
  endMonth: 'end_date.month',
  endDay: 'end_date.day',
  endTime: 'end_date',
  displayDate: 'display_date',
  headline: 'text.headline',
  text: 'text.text',
  textObject: 'text',
  media: 'media',
  mediaUrl: 'media.url',
  mediaThumbnail: 'media.thumbnail',
  type: 'type',
  group: 'group',
  uniqueId: 'unique_id',
};

/** A field's name as the file spells it: "End Month" in a spreadsheet, `end_date.month` in JSON. */
export function fieldName(format: Format, field: Field): string {
  return format === 'csv' ? CSV_COLUMNS[field] : JSON_FIELDS[field];
}

/** A slide's place in words: `story.csv:7`, `story.json events[2]`. */
export function placeName(place: Place): string {
  return place.format === 'csv' ? `${place.file}:${place.line}` : `${place.file} ${place.path}`;
}

/** One problem, as the import reports it: `story.csv:7 Month: 13 is not a month (1–12)`. */
export function problem(place: Place, field: Field, what: string): string {
  return `${placeName(place)} ${fieldName(place.format, field)}: ${what}`;
}

/** A problem with a slide as a whole: `story.json events[3]: is not an object`. */
export function slideProblem(place: Place, what: string): string {
  return `${placeName(place)}: ${what}`;
}

/** A problem with the file as a whole: `story.csv Group: …`, or `story.json: …` without a field. */
export function fileProblem(file: string, format: Format, field: Field | undefined, what: string): string {
  return field ? `${file} ${fieldName(format, field)}: ${what}` : `${file}: ${what}`;
}

/** The import stops: every problem found, one per line, in the order of the file. */
export class ImportError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ImportError';
    this.problems = problems;
  }
}
