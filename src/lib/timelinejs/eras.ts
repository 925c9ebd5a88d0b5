/**
 * The story's eras from TimelineJS's: the engine wants every event inside an era (by its
 * start) and no two eras overlapping. Overlapping eras stop the import, naming both; events
 * outside every era get eras of their own, one for each run of them between two of the
 * story's eras, spanning exactly those events' dates.
 */
import type { PartialDate } from '../partial-date.ts';
import { compareDates, endMs, previous, spanText, startMs } from './dates.ts';
import { yearSpan } from '../site.ts';
import { plainText } from './html-to-mdx.ts';
import { problem, type Place } from './problems.ts';
import type { EraSlide, EventSlide } from './slides.ts';

export interface PlannedEra {
  title: string;
  start: PartialDate;
  end: PartialDate;
  /** The era's slide; absent for an era added to cover events. */
  slide?: EraSlide | undefined;
}

/** Where an era is, as a message names another: `line 10`, `eras[0]`. */
function shortPlace(place: Place): string {
  return place.format === 'csv' ? `line ${place.line}` : place.path;
}

/** Each pair of eras that overlap, reported at the later one (by start), naming the earlier. */
export function overlappingEras(eras: readonly EraSlide[]): string[] {
  const sorted = [...eras].sort((a, b) => compareDates(a.start, b.start));
  const problems: { at: Place; message: string; order: number }[] = [];
  sorted.forEach((later, j) => {
    for (const earlier of sorted.slice(0, j)) {
      if (endMs(earlier.end) <= startMs(later.start)) continue;
      const what = `"${plainText(later.headline)}" (${spanText(later.start, later.end)}) overlaps "${plainText(earlier.headline)}" (${shortPlace(earlier.at)}, ${spanText(earlier.start, earlier.end)}): eras may not overlap`;
      problems.push({ at: later.at, message: problem(later.at, 'start', what), order: eras.indexOf(later) });
    }
  });
  return problems.sort((a, b) => a.order - b.order).map((p) => p.message);
}

/** Does the era hold an event that starts at `t` (UTC milliseconds)? As the engine decides it. */
const holds = (era: { start: PartialDate; end: PartialDate }, t: number) => startMs(era.start) <= t && t < endMs(era.end);

/**
 * The story's eras and those added for events outside every era, in order. The story's eras
 * must not overlap (check with `overlappingEras` first).
 */
export function planEras(events: readonly EventSlide[], eras: readonly EraSlide[]): PlannedEra[] {
  const given: PlannedEra[] = [...eras]
    .sort((a, b) => compareDates(a.start, b.start))
    .map((slide) => ({ title: plainText(slide.headline), start: slide.start, end: slide.end, slide }));

  // Events outside every era, grouped by the gap between the story's eras they fall in.
  const gaps = new Map<number, EventSlide[]>();
  for (const event of [...events].sort((a, b) => compareDates(a.start, b.start))) {
    const t = startMs(event.start);
    if (given.some((era) => holds(era, t))) continue;
    const gap = given.filter((era) => startMs(era.start) <= t).length;
    gaps.set(gap, [...(gaps.get(gap) ?? []), event]);
  }

  const added: PlannedEra[] = [...gaps].map(([gap, run]) => {
    const start = run[0]!.start;
    let end = run.map((event) => event.end ?? event.start).reduce((a, b) => (endMs(b) > endMs(a) ? b : a));
    // A range may run on into the next era: the added era stops just before that era starts.
    const next = given[gap];
    if (next && endMs(end) > startMs(next.start)) end = previous(next.start) ?? end;
    const title = yearSpan([{ start, end }]);
    return { title, start, end };
  });

  return [...given, ...added].sort((a, b) => compareDates(a.start, b.start));
}
