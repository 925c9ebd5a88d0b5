import { compareDates, type PartialDate } from './partial-date.ts';

export interface Dated {
  id: string;
  start: PartialDate;
  end?: PartialDate | undefined;
}

/**
 * Date order: by start; for equal starts the shorter span first; then by id, so that
 * the order never depends on the order files were read in.
 */
export function compareChronologically(a: Dated, b: Dated): number {
  return (
    compareDates(a.start, b.start) ||
    compareDates(a.end ?? a.start, b.end ?? b.start) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function sortChronologically<T extends Dated>(items: readonly T[]): T[] {
  return [...items].sort(compareChronologically);
}

/** The neighbours of each item in an ordered list, for previous/next links. */
export function neighbours<T>(items: readonly T[], index: number): { previous?: T; next?: T } {
  return { previous: items[index - 1], next: items[index + 1] };
}

/**
 * Natural order of source ids: S01, S02, …, S19, S19b, S20, …, S118, then G01, … G25.
 * The research numbers history sources S and geography sources G.
 */
export function compareSourceIds(a: string, b: string): number {
  const key = (id: string) => {
    const match = /^([SG])(\d+)([a-z]?)$/.exec(id);
    return match ? [match[1] === 'S' ? 0 : 1, Number(match[2]), match[3] ?? ''] as const : [2, 0, id] as const;
  };
  const [ka, kb] = [key(a), key(b)];
  return ka[0] - kb[0] || ka[1] - kb[1] || (ka[2] < kb[2] ? -1 : ka[2] > kb[2] ? 1 : 0);
}
