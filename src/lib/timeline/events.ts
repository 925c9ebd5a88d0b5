/** The data the timeline needs about an event, in the page and in the browser. */
import { toPartialDate } from '../partial-date.ts';
import type { ThreadId } from '../threads.ts';
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
  summary: string;
  confidence: 'high' | 'medium' | 'low';
  url: string;
  /** A short label for the timeline, when the title is too long to show there. */
  label?: string | undefined;
  /** Ids of the earlier events this one drew on (lineage). */
  drewOn?: string[] | undefined;
}

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

