/**
 * The details card's summaries, from the file the timeline names (data-summaries): fetched
 * once, when the page is idle or a card first needs them.
 */
import type { TimelineSummaries } from '../lib/timeline/events.ts';
import { fetchJson } from './fetch-json.ts';

export function summariesLoader(url: string) {
  let loaded: TimelineSummaries | undefined;
  return {
    /** The summaries, once they have arrived. */
    get: () => loaded,
    /** Fetches them; a fetch that fails gives none this time and is tried again the next. */
    load: (): Promise<TimelineSummaries> =>
      fetchJson<TimelineSummaries>(url).then(
        (summaries) => (loaded = summaries),
        () => ({}),
      ),
  };
}
