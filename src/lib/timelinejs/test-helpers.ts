/** Helpers for the importer's unit tests: stories written inline, their content read back. */
import assert from 'node:assert/strict';
import { parse as parseYaml } from 'yaml';
import { importStory } from './import-story.ts';
import { ImportError } from './problems.ts';
import type { Content, ContentOptions } from './to-content.ts';

export const TODAY = '2026-12-06';

/** The columns of TimelineJS's spreadsheet template. */
export const TEMPLATE = ['Year', 'Month', 'Day', 'Time', 'End Year', 'End Month', 'End Day', 'End Time', 'Display Date', 'Headline', 'Text', 'Media', 'Media Credit', 'Media Caption', 'Media Thumbnail', 'Type', 'Group', 'Background'];

/** One CSV field, quoted when it must be. */
const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** A sheet in the template's columns: each row gives only the columns it fills. */
export function sheet(rows: Record<string, string>[], columns = TEMPLATE, newline = '\n'): string {
  return [columns.map(field).join(','), ...rows.map((row) => columns.map((c) => field(row[c] ?? '')).join(','))].join(newline) + newline;
}

/** Imports a story given as text; `file` names it (and its format). */
export function importText(text: string, file = 'story.json', options: Partial<ContentOptions> = {}): Content {
  return importStory(text, { file, today: TODAY, ...options });
}

/** Imports a TimelineJS JSON document given as an object. */
export function importJson(document: unknown, options: Partial<ContentOptions> = {}): Content {
  return importText(JSON.stringify(document), 'story.json', options);
}

/** The problems an import stops on; fails when it does not stop. */
export function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error.problems;
    throw error;
  }
  assert.fail('the import did not stop');
}

/** A file of the content, by its path. */
export function fileOf(content: Content, path: string): string {
  const file = content.files.find((f) => f.path === path);
  assert.ok(file, `no ${path} among ${content.files.map((f) => f.path).join(', ')}`);
  return file.text;
}

/** An MDX file's front matter and body. */
export function mdx(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)---\n(?:\n([\s\S]*))?$/.exec(text);
  assert.ok(match, `not front matter and a body: ${text}`);
  return { data: parseYaml(match[1]!) as Record<string, unknown>, body: (match[2] ?? '').trim() };
}

/** The event files, by id. */
export function eventsOf(content: Content): Map<string, { data: Record<string, unknown>; body: string }> {
  return new Map(content.files.filter((f) => f.path.startsWith('events/')).map((f) => [f.path.slice('events/'.length, -'.mdx'.length), mdx(f.text)]));
}

/** A minimal event slide in TimelineJS JSON. */
export function slide(year: number | string, headline: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { start_date: { year }, text: { headline, text: `<p>${headline}.</p>` }, ...extra };
}
