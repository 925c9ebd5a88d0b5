import type { APIRoute } from 'astro';
import { openData } from '../../data/open-data.ts';
import { eventsJson } from '../../lib/open-data.ts';
import { absoluteUrl } from '../../lib/urls.ts';

export const GET: APIRoute = async () => {
  const { events, sources } = await openData();
  const body = eventsJson(events, sources, absoluteUrl('/data/events.schema.json'), absoluteUrl('/'));
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
