/**
 * TimelineJS groups as the story's threads: one per group, in the order each first appears,
 * its id a slug of the group's name, and `events` ("Events", or "Other events" beside a group
 * called Events) last for slides without a group, only when there are some. The timeline tells at most 12 threads apart.
 */
import { slug, UniqueIds } from '../slug.ts';
import type { EventSlide } from './slides.ts';

/** The most threads the engine's timeline draws (src/lib/site-file.ts, MAX_THREADS; a test holds the two equal). */
export const MAX_THREADS = 12;

export interface Thread {
  id: string;
  label: string;
}

export interface Threads {
  threads: Thread[];
  /** The thread id of each event, by the event. */
  of: Map<EventSlide, string>;
  /** How many groups the story has, and whether some slides have none. */
  groups: number;
  ungrouped: boolean;
}

/** An id the engine accepts: a lower-case letter first, then letters, digits and hyphens. */
function threadId(name: string): string {
  const base = slug(name, 50);
  if (base === '') return 'thread';
  return /^[a-z]/.test(base) ? base : `thread-${base}`;
}

/** The threads of the events' groups. */
export function threadsOf(events: readonly EventSlide[]): Threads {
  const ids = new UniqueIds();
  const byGroup = new Map<string, Thread>();
  for (const event of events) {
    if (event.group === undefined || byGroup.has(event.group)) continue;
    byGroup.set(event.group, { id: ids.take(threadId(event.group)), label: event.group });
  }
  const ungrouped = events.some((event) => event.group === undefined);
  const taken = [...byGroup.keys()].some((group) => group.toLowerCase() === 'events');
  const none: Thread | undefined = ungrouped ? { id: ids.take('events'), label: taken ? 'Other events' : 'Events' } : undefined;
  const of = new Map(events.map((event) => [event, event.group === undefined ? none!.id : byGroup.get(event.group)!.id]));
  return { threads: [...byGroup.values(), ...(none ? [none] : [])], of, groups: byGroup.size, ungrouped };
}
