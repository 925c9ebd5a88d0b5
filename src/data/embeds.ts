/** What each embeddable page is: its embed URL, title and starting size, for snippets and oEmbed. */
import { absoluteUrl } from '../lib/urls.ts';
import { embedSnippet } from '../lib/embed-snippet.ts';

export interface Embeddable {
  /** The embed page, absolute, with options. */
  src: string;
  title: string;
  width: number;
  height: number;
}

export const TIMELINE_EMBED = { path: '/embed/', title: 'Timeline: linking Russia and the US across the Bering Strait, 1857–2025', width: 960, height: 640 };

export function timelineEmbed(query = ''): Embeddable {
  return { src: absoluteUrl(`${TIMELINE_EMBED.path}${query}`), title: TIMELINE_EMBED.title, width: TIMELINE_EMBED.width, height: TIMELINE_EMBED.height };
}

export function eventEmbed(id: string, title: string): Embeddable {
  return { src: absoluteUrl(`/embed/events/${id}/`), title: `${title} (Across the Strait)`, width: 600, height: 320 };
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
    provider_name: 'Across the Strait',
    provider_url: absoluteUrl('/'),
    html: snippetFor(embed),
    width: embed.width,
    height: embed.height,
  };
}
