/**
 * The HTML a journalist pastes to embed a page: an iframe with a title and lazy loading,
 * plus the host script that sizes it. Without the script the iframe still works, at its
 * fixed starting height.
 */
import { escapeMarkup } from './escape.ts';

export interface SnippetOptions {
  /** The embed page's absolute URL, with its options. */
  src: string;
  /** What the iframe shows, for screen readers (WCAG H64). */
  title: string;
  /** Starting height in pixels, before the embed reports its own. */
  height: number;
  /** The absolute URL of the host script (embed.js). */
  script: string;
  /** The embed protocol's name (src/lib/embed-protocol.ts): the iframe's `data-` attribute. */
  name: string;
}

export function embedSnippet({ src, title, height, script, name }: SnippetOptions): string {
  return (
    `<iframe src="${escapeMarkup(src)}" title="${escapeMarkup(title)}" loading="lazy" height="${Math.round(height)}" ` +
    `style="width:100%;border:0" data-${name}></iframe>\n<script src="${escapeMarkup(script)}" async></script>`
  );
}
