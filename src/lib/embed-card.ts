import type { ConfidenceLevel } from './vocabulary.ts';

/**
 * What the embed's reading mode shows for one event, as a small JSON document fetched on
 * first use (/embed/cards/<id>.json): enough for a card, not the whole entry.
 */
export interface EmbedCard {
  id: string;
  title: string;
  /** The date as the site shows it, at its precision ("1904", "April 2007"). */
  dateLabel: string;
  disputed: boolean;
  summary: string;
  confidence?: { level: ConfidenceLevel; reason: string } | undefined;
  /** Costs and lengths, as reported, with whose claim each is. */
  figures: { label: string; claimedBy?: string | undefined }[];
  sourceCount: number;
  /** The first sources by name: publisher and title. */
  firstSources: string[];
  /**
   * The event's media: a web address as a link with its words ("See it on youtube.com"),
   * or a local image, built, with its size and text alternative; with its caption and credit.
   */
  media?:
    | { link: { url: string; text: string } | undefined; image: { src: string; width: number; height: number; alt: string } | undefined; caption: string | undefined }
    | undefined;
  /** The full event page, absolute. */
  url: string;
}

/** "Reuters (via Newsmax)", "Wikipedia": the name a reader knows a source by. */
export function sourceName(source: { publisher: string; title: string; titleIsDescription?: boolean }): string {
  return source.titleIsDescription ? source.publisher : `${source.publisher}, “${source.title}”`;
}
