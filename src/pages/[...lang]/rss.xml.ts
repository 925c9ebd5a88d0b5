import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getChronology } from '../data/chronology.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { SITE_NAME, SITE_SUBJECT } from '../lib/site.ts';

/**
 * An RSS feed of the entries, most recently written or changed first. Each item is dated
 * by when its entry was last updated, so a new or corrected entry on a 2011 event shows
 * up as news in a feed reader; the event's own date stays in the item's title.
 */
export const GET: APIRoute = async () => {
  const { events, span } = await getChronology();
  const newestFirst = [...events].reverse().sort((a, b) => (a.data.updated < b.data.updated ? 1 : a.data.updated > b.data.updated ? -1 : 0));
  return rss({
    title: `${SITE_NAME}: events`,
    description: `Proposals for ${SITE_SUBJECT}, ${span}, each with its sources.`,
    site: absoluteUrl('/'),
    items: newestFirst.map((event) => ({
      title: `${event.data.title} (${event.dateLabel})`,
      link: absoluteUrl(`/events/${event.id}/`),
      pubDate: new Date(`${event.data.updated}T00:00:00Z`),
      description: event.data.summary,
      categories: [event.data.thread],
    })),
  });
};
