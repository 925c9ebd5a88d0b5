/**
 * The timeline's events in the browser: what the list under the timeline carries for each
 * event (built by Timeline.astro: `<li class="thread-… tl-core"><a href data-id><time
 * datetime>date label</time><span>title</span></a>`), joined with the page's JSON, which
 * lists the rest in the same order.
 */
import type { TimelineDatum, TimelinePageDatum } from '../lib/timeline/events.ts';
import type { ThreadId } from '../lib/threads.ts';

export function readTimelineData(root: HTMLElement): TimelineDatum[] {
  const links = root.querySelectorAll<HTMLAnchorElement>('.tl-list a[data-id]');
  const page: TimelinePageDatum[] = JSON.parse(root.querySelector('[data-timeline-data]')!.textContent!);
  return page.map((datum, i) => {
    const link = links[i]!;
    const item = link.parentElement!;
    const time = link.firstElementChild!;
    return {
      ...datum,
      id: link.getAttribute('data-id')!,
      title: time.nextElementSibling!.textContent!,
      dateLabel: time.textContent!,
      url: link.getAttribute('href')!,
      start: time.getAttribute('datetime')!,
      thread: /\bthread-(\S+)/.exec(item.className)![1] as ThreadId,
      core: item.classList.contains('tl-core'),
      alternatives: datum.alternatives ?? [],
    };
  });
}
