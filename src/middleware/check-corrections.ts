import { defineMiddleware } from 'astro:middleware';
import { getChronology } from '../data/chronology.ts';
import { pageLocale } from '../i18n/page.ts';
import { ContentError } from '../lib/content-error.ts';
import { correctionQuoteProblems, readableText } from '../lib/correction-quotes.ts';

/** The route of an event's own page (src/pages/[...lang]/events/[id].astro), in every language. */
const EVENT_PAGE = '/[...lang]/events/[id]';

/**
 * Checkable corrections: when the build writes an event's page, every log entry of that
 * page's language about the event is held against what the page says (its `now` words
 * present, its `was` words gone). A log that claims a change the page does not show stops
 * the build, naming the log, the entry and the words.
 */
export const checkCorrections = defineMiddleware(async (context, next) => {
  const response = await next();
  const id = context.params.id;
  if (context.routePattern !== EVENT_PAGE || !id) return response;
  const { corrections } = await getChronology(pageLocale(context.url));
  const entries = corrections.filter((c) => c.event?.id === id && c.quotes.now.length + c.quotes.was.length > 0);
  if (entries.length === 0) return response;
  const html = await response.text();
  const text = readableText(html);
  for (const entry of entries) {
    const [problem] = correctionQuoteProblems(entry.quotes, text);
    if (problem) throw new ContentError(entry.source, `the entry of ${entry.date} about ${id}`, `${problem} (checked against ${context.url.pathname})`);
  }
  return new Response(html, response);
});
