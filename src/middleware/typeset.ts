import { defineMiddleware } from 'astro:middleware';
import { LOCALES } from '../i18n/locales.ts';
import { pageLocale } from '../i18n/page.ts';
import { typesetHtml } from '../lib/typeset.ts';

/** Every HTML page of a language with typographic rules (Russian) gets its no-break spaces as it is built. */
export const typeset = defineMiddleware(async (context, next) => {
  const response = await next();
  const rules = LOCALES[pageLocale(context.url)].typograf;
  if (!rules || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(typesetHtml(await response.text(), rules), response);
});
