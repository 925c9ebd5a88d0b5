/** The chronology as open data: every event with all its fields and absolute URLs. */
import { getChronology } from './chronology.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { strings, fill, DEFAULT_LOCALE } from '../i18n/index.ts';
import type { OpenEvent, OpenSource } from '../lib/open-data.ts';

export const DATA_TITLE = `${strings(DEFAULT_LOCALE).site.name}: ${strings(DEFAULT_LOCALE).site.subject}`;

/** The open data's description, in the story's words where site.yaml gives them: `span` comes from the chronology. */
export function dataDescription(span: string): string {
  const t = strings(DEFAULT_LOCALE);
  return fill(t.openData.description, { site: t.site.name, subject: t.site.subject, span });
}

export async function openData(): Promise<{ events: OpenEvent[]; sources: OpenSource[] }> {
  const { events, sources } = await getChronology(DEFAULT_LOCALE);
  return {
    events: events.map(({ id, data, dateLabel }) => ({
      id,
      url: absoluteUrl(`/events/${id}/`),
      storyUrl: absoluteUrl(`/story/#${id}`),
      title: data.title,
      summary: data.summary,
      updated: data.updated,
      date: { start: data.date.start, end: data.date.end, label: dateLabel },
      disputedDates: data.disputedDates.map(({ start, end, label, note, sources }) => ({ start, end, label, note, sources })),
      otherDates: data.otherDates.map(({ start, end, label, what, sources }) => ({ start, end, label, what, sources })),
      thread: data.thread,
      core: data.core,
      confidence: data.confidence,
      lengths: data.lengths,
      costs: data.costs,
      places: data.places,
      people: data.people,
      organisations: data.organisations,
      sources: data.sources,
      drewOn: data.drewOn.map(({ event, how, note, sources, analysis }) => ({ event, how, note, sources, analysis })),
    })),
    sources: sources.map(({ id, data }) => ({
      id,
      title: data.title,
      publisher: data.publisher,
      date: data.date,
      url: data.url,
      kind: data.kind,
      mirror: data.mirror,
      titleIsDescription: data.titleIsDescription,
    })),
  };
}
