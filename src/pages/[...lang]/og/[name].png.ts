import type { APIRoute, GetStaticPaths } from 'astro';
import { getChronology } from '../../data/chronology.ts';
import { socialImage } from '../../data/social-image.ts';
import { THREADS } from '../../lib/threads.ts';
import { SITE_NAME, SITE_SUBJECT } from '../../lib/site.ts';

/** One card image per event page (/og/<id>.png) and one for the site (/og/site.png). */
export const getStaticPaths: GetStaticPaths = async () => {
  const { events, span } = await getChronology();
  return [
    { params: { name: 'site' }, props: { kicker: `A sourced documentary, ${span}`, title: `${SITE_NAME}: ${SITE_SUBJECT}` } },
    ...events.map((event) => ({
      params: { name: event.id },
      props: { kicker: event.dateLabel, title: event.data.title, badge: { label: THREADS[event.data.thread].label, thread: event.data.thread } },
    })),
  ];
};

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await socialImage(props as Parameters<typeof socialImage>[0])), { headers: { 'content-type': 'image/png' } });
