import type { APIRoute } from 'astro';
import { oembedFor, timelineEmbed } from '../../data/embeds.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(oembedFor(timelineEmbed()), null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
