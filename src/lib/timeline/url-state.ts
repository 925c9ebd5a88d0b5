/**
 * The timeline's state in the URL fragment, so a reader can share where they are:
 * `#event=2007-tkm-world-link&threads=railway,tunnel&core=1`. Defaults are left out.
 * Unknown threads or events and malformed values are ignored, never trusted.
 */
import type { ThreadId } from '../threads.ts';

export interface TimelineState {
  threads: ThreadId[];
  coreOnly: boolean;
  event?: string | undefined;
}

/** `allThreads`: the story's thread ids, in lane order. */
export function parseTimelineState(hash: string, eventIds: ReadonlySet<string>, allThreads: readonly ThreadId[]): TimelineState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const listed = params.get('threads');
  const threads = listed === null ? [...allThreads] : allThreads.filter((id) => listed.split(',').includes(id));
  const event = params.get('event') ?? undefined;
  return {
    // A list that names no known thread shows everything rather than an empty timeline.
    threads: threads.length > 0 ? threads : [...allThreads],
    coreOnly: params.get('core') === '1',
    event: event !== undefined && eventIds.has(event) ? event : undefined,
  };
}

export function serializeTimelineState(state: TimelineState, allThreads: readonly ThreadId[]): string {
  const params = new URLSearchParams();
  if (state.event) params.set('event', state.event);
  if (state.threads.length < allThreads.length) params.set('threads', allThreads.filter((id) => state.threads.includes(id)).join(','));
  if (state.coreOnly) params.set('core', '1');
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `#${text}` : '';
}
