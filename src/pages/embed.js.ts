/** The host script publishers include beside our iframes (README, "Embedding"), under the story's protocol name. */
import type { APIRoute } from 'astro';
import { embedHostScript } from '../lib/embed-protocol.ts';
import { EMBED_NAME } from '../data/site.ts';

export const GET: APIRoute = () => new Response(embedHostScript(EMBED_NAME), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
