import { defineMiddleware } from 'astro:middleware';
import { strings } from '../i18n/index.ts';
import { pageLocale } from '../i18n/page.ts';

/** The page's language, read from its URL, and its interface strings, for every component as `Astro.locals` (as Starlight does). */
export const locale = defineMiddleware((context, next) => {
  const current = pageLocale(context.url);
  context.locals.locale = current;
  context.locals.t = strings(current);
  return next();
});
