/**
 * The timeline's events in the browser: what the list under the timeline carries for each
 * event (built by Timeline.astro: `<li class="thread-… tl-core"><a href data-id><time
 * datetime>date label</time><span>title</span></a>`, the span with `lang` if the title is
 * not in the page's language), joined with the page's JSON, which lists the rest in the same order.
 */
import { toTimelineEvent, type TimelineDatum, type TimelinePageDatum } from '../lib/timeline/events.ts';
import type { TimelineEvent } from '../lib/timeline/layout.ts';
import type { ThreadId } from '../lib/threads.ts';

/** The event at `i` of the list, joined with its entry in the page's JSON. */
function datumAt(links: NodeListOf<HTMLAnchorElement>, page: TimelinePageDatum[], i: number): TimelineDatum {
  const link = links[i]!;
  const item = link.parentElement!;
  const time = link.firstElementChild!;
  const title = time.nextElementSibling!;
  const datum = page[i]!;
  const lang = title.getAttribute('lang');
  return {
    ...datum,
    id: link.getAttribute('data-id')!,
    title: title.textContent!,
    ...(lang !== null && { lang }),
    dateLabel: time.textContent!,
    url: link.getAttribute('href')!,
    start: time.getAttribute('datetime')!,
    thread: /\bthread-(\S+)/.exec(item.className)![1] as ThreadId,
    core: item.classList.contains('tl-core'),
    alternatives: datum.alternatives ?? [],
  };
}

/** What the script knows of the timeline's events, read once. */
export interface TimelineModel {
  /** In date order, as listed. */
  data: TimelineDatum[];
  /** The same events, dates parsed, for the layout. */
  events: TimelineEvent[];
  byId: Map<string, TimelineDatum>;
  /** Lineage links, later event to earlier. */
  edges: { from: string; to: string }[];
}

/**
 * Reads the timeline's events from the page a slice at a time, so that reading thousands
 * need not hold up the page: each call reads up to `count` more (all that are left, by
 * default) and returns the model once every event is read.
 */
export function timelineModelReader(root: HTMLElement): (count?: number) => TimelineModel | undefined {
  let links: NodeListOf<HTMLAnchorElement> | undefined;
  let page: TimelinePageDatum[] = [];
  const data: TimelineDatum[] = [];
  const events: TimelineEvent[] = [];
  let model: TimelineModel | undefined;
  return (count = Infinity) => {
    if (!links) {
      links = root.querySelectorAll<HTMLAnchorElement>('.tl-list a[data-id]');
      page = JSON.parse(root.querySelector('[data-timeline-data]')!.textContent!);
    }
    const end = Math.min(page.length, data.length + count);
    for (let i = data.length; i < end; i++) {
      data.push(datumAt(links, page, i));
      events.push(toTimelineEvent(data[i]!));
    }
    if (data.length < page.length) return undefined;
    return (model ??= {
      data,
      events,
      byId: new Map(data.map((d) => [d.id, d])),
      edges: data.flatMap((d) => (d.drewOn ?? []).map((to) => ({ from: d.id, to }))),
    });
  };
}
