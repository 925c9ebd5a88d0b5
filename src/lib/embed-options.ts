/**
 * The options an embed takes in its query string, read defensively: a value that is
 * unknown or malformed is dropped for the default, and nothing from the URL is ever
 * used as markup (the caller sets classes, attributes and properties from these values).
 *
 *   event=<id>         start on this event (selected and centred)
 *   theme=light|dark|auto
 *   from=YYYY&to=YYYY  the span of years shown at first
 *   threads=a,b        the threads (lanes) shown
 *   controls=0|1       whether the filter and zoom controls show (default 1)
 *   card=0|1           whether choosing an event shows its card in the embed (default 1)
 *   links=new|top      where links to the full site open: a new tab (default) or the top window
 */
import type { ThreadId } from './threads.ts';

export type EmbedTheme = 'light' | 'dark' | 'auto';

export interface EmbedOptions {
  event?: string | undefined;
  theme: EmbedTheme;
  from?: number | undefined;
  to?: number | undefined;
  threads?: ThreadId[] | undefined;
  controls: boolean;
  /** Show the reading mode's card (true) or the chart alone. */
  card: boolean;
  /** Where links to the full site open. */
  links: 'new' | 'top';
}

/** A year as content writes it: 1904, or -3500 before the common era (there is no year 0). */
const YEAR = /^-?\d{1,12}$/;

/** `allThreads`: the story's thread ids, in lane order; a `threads` option keeps only those. */
export function parseEmbedOptions(search: string, eventIds: ReadonlySet<string>, allThreads: readonly ThreadId[]): EmbedOptions {
  const params = new URLSearchParams(search);
  const theme = params.get('theme');
  const event = params.get('event');
  const year = (name: string) => {
    const value = params.get(name);
    return value !== null && YEAR.test(value) && Number(value) !== 0 ? Number(value) : undefined;
  };
  let from = year('from');
  let to = year('to');
  if (from !== undefined && to !== undefined && to < from) [from, to] = [undefined, undefined];
  const listed = params.get('threads')?.split(',');
  const threads = listed && allThreads.filter((id) => listed.includes(id));
  return {
    event: event !== null && eventIds.has(event) ? event : undefined,
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
    from,
    to,
    threads: threads && threads.length > 0 ? threads : undefined,
    controls: params.get('controls') !== '0',
    card: params.get('card') !== '0',
    links: params.get('links') === 'top' ? 'top' : 'new',
  };
}

/** The query string for options, leaving out defaults; the inverse of parseEmbedOptions. */
/** `threadCount`: how many threads the story has (a `threads` option naming all of them is left out). */
export function embedQuery(options: Partial<EmbedOptions>, threadCount = Infinity): string {
  const params = new URLSearchParams();
  if (options.event) params.set('event', options.event);
  if (options.theme && options.theme !== 'auto') params.set('theme', options.theme);
  if (options.from !== undefined) params.set('from', String(options.from));
  if (options.to !== undefined) params.set('to', String(options.to));
  if (options.threads && options.threads.length < threadCount) params.set('threads', options.threads.join(','));
  if (options.controls === false) params.set('controls', '0');
  if (options.card === false) params.set('card', '0');
  if (options.links === 'top') params.set('links', 'top');
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}
