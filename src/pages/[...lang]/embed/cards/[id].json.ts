import type { APIRoute, GetStaticPaths } from 'astro';
import { getChronology, type StoryEvent } from '../../../data/chronology.ts';
import { absoluteUrl } from '../../../lib/urls.ts';
import { sourceName, type EmbedCard } from '../../../lib/embed-card.ts';

/** One small card per event for the embed's reading mode, fetched when the reader opens it. */
export const getStaticPaths: GetStaticPaths = async () => {
  const { events } = await getChronology();
  return events.map((event) => ({ params: { id: event.id }, props: { event } }));
};

export const GET: APIRoute = async ({ props }) => {
  const { event } = props as { event: StoryEvent };
  const { sources } = await getChronology();
  const byId = new Map(sources.map((s) => [s.id, s.data]));
  const { data } = event;
  const card: EmbedCard = {
    id: event.id,
    title: data.title,
    dateLabel: event.dateLabel,
    disputed: data.disputedDates.length > 0,
    summary: data.summary,
    confidence: data.confidence,
    figures: [...data.costs, ...data.lengths].map((f) => ({ label: f.label, claimedBy: f.claimedBy })),
    sourceCount: event.references.length,
    firstSources: event.references.slice(0, 3).map((id) => sourceName(byId.get(id)!)),
    url: absoluteUrl(`/events/${event.id}/`),
  };
  return new Response(`${JSON.stringify(card)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
