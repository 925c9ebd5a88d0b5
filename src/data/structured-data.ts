/** schema.org descriptions of the site, the story and each event, for search engines. */
import { absolutePageUrl } from '../lib/urls.ts';
import { strings, type Locale } from '../i18n/index.ts';
import type { StoryEvent, SourceEntry } from './chronology.ts';

export function website(locale: Locale, description: string) {
  return { '@type': 'WebSite', name: strings(locale).site.name, url: absolutePageUrl(locale, '/'), description, inLanguage: locale };
}

const isPartOf = (locale: Locale) => ({ '@type': 'WebSite', name: strings(locale).site.name, url: absolutePageUrl(locale, '/') });

export function storyArticle(locale: Locale, description: string, events: StoryEvent[]) {
  return {
    '@type': 'Article',
    headline: strings(locale).pages.story.headline,
    description,
    url: absolutePageUrl(locale, '/story/'),
    inLanguage: locale,
    isPartOf: isPartOf(locale),
    hasPart: events.map((event) => ({ '@type': 'WebPageElement', name: event.data.title, url: absolutePageUrl(locale, `/story/#${event.id}`) })),
  };
}

/** An event page: an article about a dated event, citing its sources. */
export function eventArticle(locale: Locale, event: StoryEvent, sources: Map<string, SourceEntry>) {
  const { data } = event;
  return {
    '@type': 'Article',
    headline: data.title,
    description: data.summary,
    url: absolutePageUrl(locale, `/events/${event.id}/`),
    dateModified: data.updated,
    inLanguage: event.lang,
    isPartOf: isPartOf(locale),
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
