import type { APIRoute } from 'astro';
import { oembedFor, timelineEmbed } from '../../data/embeds.ts';
import { getChronology } from '../../data/chronology.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(oembedFor(timelineEmbed((await getChronology()).span)), null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
