/** What each embeddable page is: its embed URL, title and starting size, for snippets and oEmbed. */
import { absoluteUrl } from '../lib/urls.ts';
import { embedSnippet } from '../lib/embed-snippet.ts';
import { SITE_NAME, SITE_SUBJECT } from '../lib/site.ts';

export interface Embeddable {
  /** The embed page, absolute, with options. */
  src: string;
  title: string;
  width: number;
  height: number;
}

export const TIMELINE_EMBED = { path: '/embed/', width: 960, height: 640 };

/** The timeline embed; `span` is the chronology's years ("1857–2026"), for its title. */
export function timelineEmbed(span: string, query = ''): Embeddable {
  return { src: absoluteUrl(`${TIMELINE_EMBED.path}${query}`), title: `Timeline: ${SITE_SUBJECT}, ${span}`, width: TIMELINE_EMBED.width, height: TIMELINE_EMBED.height };
}

export function eventEmbed(id: string, title: string): Embeddable {
  return { src: absoluteUrl(`/embed/events/${id}/`), title: `${title} (${SITE_NAME})`, width: 600, height: 320 };
}

export function snippetFor(embed: Embeddable): string {
  return embedSnippet({ src: embed.src, title: embed.title, height: embed.height, script: absoluteUrl('/embed.js') });
}

/** An oEmbed 1.0 "rich" response for an embeddable page (oembed.com). */
export function oembedFor(embed: Embeddable) {
  return {
    version: '1.0',
    type: 'rich',
    title: embed.title,
    provider_name: SITE_NAME,
    provider_url: absoluteUrl('/'),
    html: snippetFor(embed),
    width: embed.width,
    height: embed.height,
  };
}
