import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getChronology } from '../../data/chronology.ts';
import { absolutePageUrl } from '../../lib/urls.ts';
import { strings, localeParams, type Locale } from '../../i18n/index.ts';
import { fill } from '../../i18n/format.ts';

export const getStaticPaths = localeParams;

/**
 * An RSS feed of the entries in a language, most recently written or changed first. Each item
 * is dated by when its entry was last updated, so a new or corrected entry on a 2011 event
 * shows up as news in a feed reader; the event's own date stays in the item's title.
 */
export const GET: APIRoute = async ({ props }) => {
  const locale = props.locale as Locale;
  const t = strings(locale);
  const { events, span } = await getChronology(locale);
  const newestFirst = [...events].reverse().sort((a, b) => (a.data.updated < b.data.updated ? 1 : a.data.updated > b.data.updated ? -1 : 0));
  return rss({
    title: t.layout.feedTitle(t.site.name),
    description: fill(t.layout.feedDescription, { site: t.site.name, subject: t.site.subject, span }),
    site: absolutePageUrl(locale, '/'),
    customData: `<language>${locale}</language>`,
    items: newestFirst.map((event) => ({
      title: `${event.data.title} (${event.dateLabel})`,
      link: absolutePageUrl(locale, `/events/${event.id}/`),
      pubDate: new Date(`${event.data.updated}T00:00:00Z`),
      description: event.data.summary,
      categories: [t.threads[event.data.thread]!.label],
    })),
  });
};
