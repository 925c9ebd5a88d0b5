/** What each embeddable page is: its embed URL, title and starting size, for snippets and oEmbed. */
import { EMBED_NAME } from './site.ts';
import { absoluteUrl, absolutePageUrl } from '../lib/urls.ts';
import { embedSnippet } from '../lib/embed-snippet.ts';
import { strings, type Locale } from '../i18n/index.ts';

export interface Embeddable {
  /** The embed page, absolute, with options. */
  src: string;
  title: string;
  width: number;
  height: number;
}

export const TIMELINE_EMBED = { path: '/embed/', width: 960, height: 640 };

/** The timeline embed in a language; `span` is the chronology's years ("1857–2026"), for its title. */
export function timelineEmbed(locale: Locale, span: string, query = ''): Embeddable {
  const t = strings(locale);
  return { src: absolutePageUrl(locale, `${TIMELINE_EMBED.path}${query}`), title: t.embed.timelineEmbedTitle(t.site.subject, span), width: TIMELINE_EMBED.width, height: TIMELINE_EMBED.height };
}

export function eventEmbed(locale: Locale, id: string, title: string): Embeddable {
  return { src: absolutePageUrl(locale, `/embed/events/${id}/`), title: strings(locale).embed.cardEmbedTitle(title, strings(locale).site.name), width: 600, height: 320 };
}

export function snippetFor(embed: Embeddable): string {
  return embedSnippet({ src: embed.src, title: embed.title, height: embed.height, script: absoluteUrl('/embed.js'), name: EMBED_NAME });
}

/** An oEmbed 1.0 "rich" response for an embeddable page (oembed.com). */
export function oembedFor(locale: Locale, embed: Embeddable) {
  return {
    version: '1.0',
    type: 'rich',
    title: embed.title,
    provider_name: strings(locale).site.name,
    provider_url: absolutePageUrl(locale, '/'),
    html: snippetFor(embed),
    width: embed.width,
    height: embed.height,
  };
}
