import type { APIRoute } from 'astro';
import { getChronology } from '../../../data/chronology.ts';
import { localeParams, type Locale } from '../../../i18n/index.ts';
import type { TimelineSummaries } from '../../../lib/timeline/events.ts';

export const getStaticPaths = localeParams;

/** Each event's summary and confidence, for the timeline's details card (why in a file of their own: `TimelineSummaries` in src/lib/timeline/events.ts). */
export const GET: APIRoute = async ({ props }) => {
  const { events } = await getChronology(props.locale as Locale);
  const summaries: TimelineSummaries = Object.fromEntries(
    events.map((event) => [event.id, { summary: event.data.summary, confidence: event.data.confidence?.level }]),
  );
  return new Response(`${JSON.stringify(summaries)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
