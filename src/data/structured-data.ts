/** schema.org descriptions of the site, the story and each event, for search engines. */
import { absoluteUrl } from '../lib/urls.ts';
import { SITE_NAME } from '../lib/site.ts';
import type { StoryEvent, SourceEntry } from './chronology.ts';

export function website(description: string) {
  return { '@type': 'WebSite', name: SITE_NAME, url: absoluteUrl('/'), description, inLanguage: 'en' };
}

const isPartOf = () => ({ '@type': 'WebSite', name: SITE_NAME, url: absoluteUrl('/') });

export function storyArticle(description: string, events: StoryEvent[]) {
  return {
    '@type': 'Article',
    headline: 'The story, in date order',
    description,
    url: absoluteUrl('/story/'),
    inLanguage: 'en',
    isPartOf: isPartOf(),
    hasPart: events.map((event) => ({ '@type': 'WebPageElement', name: event.data.title, url: absoluteUrl(`/story/#${event.id}`) })),
  };
}

/** An event page: an article about a dated event, citing its sources. */
export function eventArticle(event: StoryEvent, sources: Map<string, SourceEntry>) {
  const { data } = event;
  return {
    '@type': 'Article',
    headline: data.title,
    description: data.summary,
    url: absoluteUrl(`/events/${event.id}/`),
    dateModified: data.updated,
    inLanguage: 'en',
    isPartOf: isPartOf(),
    about: {
      '@type': 'Event',
      name: data.title,
      // ISO 8601 allows reduced precision, so "1904" and "2007-04" are honest dates here.
      startDate: data.date.start,
      ...(data.date.end !== undefined && { endDate: data.date.end }),
      ...(data.places.length > 0 && { location: data.places.map((p) => ({ '@type': 'Place', name: p.name, geo: { '@type': 'GeoCoordinates', latitude: p.lat, longitude: p.lon } })) }),
    },
    citation: event.references.map((id) => {
      const source = sources.get(id)!.data;
      return { '@type': 'CreativeWork', name: source.title, url: source.url, publisher: { '@type': 'Organization', name: source.publisher }, ...(source.date && { datePublished: source.date }) };
    }),
  };
}
