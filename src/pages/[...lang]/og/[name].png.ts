import type { APIRoute, GetStaticPaths } from 'astro';
import { getChronology } from '../../../data/chronology.ts';
import { canDrawCardsIn, socialImage } from '../../../data/social-image.ts';
import { DEFAULT_LOCALE, strings, localeParams } from '../../../i18n/index.ts';

/**
 * One card image per event page (/og/<id>.png) and one for the site (/og/site.png), in each
 * language: in its own words where the cards can be drawn in it, else in the default language's.
 */
export const getStaticPaths: GetStaticPaths = async () => {
  const paths = [];
  for (const { params, props } of localeParams()) {
    const locale = canDrawCardsIn(props.locale) ? props.locale : DEFAULT_LOCALE;
    const t = strings(locale);
    const { events, span } = await getChronology(locale);
    paths.push(
      { params: { ...params, name: 'site' }, props: { locale, kicker: `${t.site.tagline}, ${span}`, title: `${t.site.name}: ${t.site.subject}` } },
      ...events.map((event) => ({
        params: { ...params, name: event.id },
        props: { locale, kicker: event.dateLabel, title: event.data.title, badge: { label: t.threads[event.data.thread]!.label, thread: event.data.thread } },
      })),
    );
  }
  return paths;
};

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await socialImage(props as Parameters<typeof socialImage>[0])), { headers: { 'content-type': 'image/png' } });
