import type { APIRoute, GetStaticPaths } from 'astro';
import { getChronology } from '../../../data/chronology.ts';
import { oembedFor, eventEmbed } from '../../../data/embeds.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { events } = await getChronology();
  return events.map((event) => ({ params: { id: event.id }, props: { title: event.data.title } }));
};

export const GET: APIRoute = ({ params, props }) =>
  new Response(`${JSON.stringify(oembedFor(eventEmbed(params.id!, props.title as string)), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
