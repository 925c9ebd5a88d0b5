import type { APIRoute, GetStaticPaths } from 'astro';
import { getChronology } from '../../../../data/chronology.ts';
import { oembedFor, eventEmbed } from '../../../../data/embeds.ts';
import { localeParams, type Locale } from '../../../../i18n/index.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const paths = [];
  for (const { params, props } of localeParams()) {
    const { events } = await getChronology(props.locale);
    paths.push(...events.map((event) => ({ params: { ...params, id: event.id }, props: { ...props, title: event.data.title } })));
  }
  return paths;
};

export const GET: APIRoute = ({ params, props }) =>
  new Response(`${JSON.stringify(oembedFor(props.locale as Locale, eventEmbed(props.locale as Locale, params.id!, props.title as string)), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
