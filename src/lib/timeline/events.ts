/** The data the timeline needs about an event, in the page and in the browser. */
import { toPartialDate } from '../partial-date.ts';
import type { ThreadId } from '../threads.ts';
import type { ConfidenceLevel } from '../vocabulary.ts';
import type { TimelineEvent } from './layout.ts';

/** One event as embedded in the page's JSON: plain strings, parsed again in the browser. */
export interface TimelineDatum {
  id: string;
  title: string;
  dateLabel: string;
  start: string;
  end?: string | undefined;
  thread: ThreadId;
  core: boolean;
  /** Other dates: disputed ones, and `firm` further dates of the same event. */
  alternatives: { start: string; end?: string | undefined; firm?: boolean | undefined }[];
  url: string;
  /** A short label for the timeline, when the title is too long to show there. */
  label?: string | undefined;
  /** Ids of the earlier events this one drew on (lineage). */
  drewOn?: string[] | undefined;
  /** The language of the title and summary, where it is not the page's (an event not yet translated). */
  lang?: string | undefined;
}

/**
 * What the details card adds about an event, by id: a file of its own per language
 * (/timeline/summaries.json), fetched when the page is idle or a card first needs it, so
 * that thousands of summaries do not weigh on the page that draws the timeline.
 */
export type TimelineSummaries = Record<string, { summary: string; confidence?: ConfidenceLevel | undefined }>;

/**
 * What the page's JSON carries about an event, in the order of the list under the timeline.
 * That list (a link per event for readers without JavaScript) carries the rest already: id,
 * title, date label, link, start date, thread and whether the event is core. The script
 * reads them there (src/scripts/timeline-data.ts) rather than the page carrying them twice.
 */
export type TimelinePageDatum = Omit<TimelineDatum, 'id' | 'title' | 'dateLabel' | 'url' | 'start' | 'thread' | 'core' | 'alternatives' | 'lang'> & {
  /** Left out when the event has no other dates. */
  alternatives?: TimelineDatum['alternatives'];
};

export function toTimelineEvent(datum: TimelineDatum): TimelineEvent {
  return {
    id: datum.id,
    title: datum.title,
    label: datum.label,
    dateLabel: datum.dateLabel,
    start: toPartialDate(datum.start),
    end: datum.end === undefined ? undefined : toPartialDate(datum.end),
    thread: datum.thread,
    core: datum.core,
    alternatives: datum.alternatives.map((alt) => ({
      start: toPartialDate(alt.start),
      end: alt.end === undefined ? undefined : toPartialDate(alt.end),
      firm: alt.firm === true,
    })),
  };
}


/**
 * A mark's accessible name: title and date, led by its short label when the title does not
 * contain it, so the words a reader sees are the first words a screen reader says (WCAG 2.5.3).
 */
export const accessibleName = (d: Pick<TimelineDatum, 'title' | 'label' | 'dateLabel'>) =>
  `${d.label && !d.title.includes(d.label) ? `${d.label}: ` : ''}${d.title}, ${d.dateLabel}`;
