/**
 * Eras: the chapters of the story. Each covers a stretch of years; every event belongs to
 * the era its start falls in. Eras are content (content/eras/*.mdx), so the story, the
 * contents and any other edition can use them.
 */
import { startOf, endOf, type PartialDate } from './partial-date.ts';

export interface EraSpan {
  id: string;
  start: PartialDate;
  /** Open-ended when absent: the last era runs on to the present. */
  end?: PartialDate | undefined;
}

/** Problems with the eras themselves, as `[era id, problem]`: overlapping or ending before they start. */
export function eraProblems(eras: readonly EraSpan[]): [string, string][] {
  const problems: [string, string][] = [];
  const sorted = [...eras].sort((a, b) => startOf(a.start) - startOf(b.start));
  sorted.forEach((era, i) => {
    if (era.end && endOf(era.end) <= startOf(era.start)) problems.push([era.id, 'ends before it starts']);
    const next = sorted[i + 1];
    if (next && (!era.end || endOf(era.end) > startOf(next.start))) problems.push([era.id, `overlaps "${next.id}"`]);
  });
  return problems;
}

/** The era an event starting at `start` belongs to, or undefined when it falls outside every era. */
export function eraOf<T extends EraSpan>(eras: readonly T[], start: PartialDate): T | undefined {
  const t = startOf(start);
  return eras.find((era) => startOf(era.start) <= t && (!era.end || t < endOf(era.end)));
}

/** Words in a text, for reading time: markup and citation components do not count. */
export function wordCount(text: string): number {
  const plain = text
    .replace(/^---[\s\S]*?---/, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_`>[\]()]/g, ' ');
  return plain.split(/\s+/).filter((w) => /\p{L}|\d/u.test(w)).length;
}

/** Minutes to read `words` at 230 words a minute, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}

