import type { APIRoute, GetStaticPaths } from 'astro';
import { getChronology, type StoryEvent } from '../../../../data/chronology.ts';
import { absolutePageUrl } from '../../../../lib/urls.ts';
import { sourceName, type EmbedCard } from '../../../../lib/embed-card.ts';
import { localeParams, strings, fill, type Locale } from '../../../../i18n/index.ts';

/** One small card per event and language for the embed's reading mode, fetched when the reader opens it. */
export const getStaticPaths: GetStaticPaths = async () => {
  const paths = [];
  for (const { params, props } of localeParams()) {
    const { events } = await getChronology(props.locale);
    paths.push(...events.map((event) => ({ params: { ...params, id: event.id }, props: { ...props, event } })));
  }
  return paths;
};

export const GET: APIRoute = async ({ props }) => {
  const { event, locale } = props as { event: StoryEvent; locale: Locale };
  const { sources } = await getChronology(locale);
  const byId = new Map(sources.map((s) => [s.id, s.data]));
  const { data } = event;
  const t = strings(locale);
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
    media: data.media && {
      link: typeof data.media.url === 'string' ? { url: data.media.url, text: fill(t.event.mediaLink, { host: new URL(data.media.url).hostname.replace(/^www\./, '') }) } : undefined,
      image: typeof data.media.url === 'string' ? undefined : { src: data.media.url.src, width: data.media.url.width, height: data.media.url.height, alt: data.media.alt ?? '' },
      caption: [data.media.caption, data.media.credit && fill(t.event.mediaCredit, { credit: data.media.credit })].filter(Boolean).join(' ') || undefined,
    },
    url: absolutePageUrl(locale, `/events/${event.id}/`),
  };
  return new Response(`${JSON.stringify(card)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
