import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getChronology } from '../data/chronology.ts';
import { startOf } from '../lib/partial-date.ts';
import { absoluteUrl } from '../lib/urls.ts';

/** An RSS feed of the events, newest first, each dated by when it happened. */
export const GET: APIRoute = async () => {
  const { events } = await getChronology();
  return rss({
    title: 'Across the Strait: events',
    description: 'Proposals to link Russia and the United States across the Bering Strait, 1857–2025, each with its sources.',
    site: absoluteUrl('/'),
    items: [...events].reverse().map((event) => ({
      title: `${event.data.title} (${event.dateLabel})`,
      link: absoluteUrl(`/events/${event.id}/`),
      pubDate: new Date(startOf(event.start)),
      description: event.data.summary,
      categories: [event.data.thread],
    })),
  });
};
