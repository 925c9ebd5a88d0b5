import type { APIRoute } from 'astro';
import { openData } from '../../data/open-data.ts';
import { eventsCsv } from '../../lib/open-data.ts';

export const GET: APIRoute = async () => {
  const { events } = await openData();
  return new Response(eventsCsv(events), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
