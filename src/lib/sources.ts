/** What kind of publication a source is; shown beside it so readers can weigh it. */
export const SOURCE_KINDS = {
  'news-wire': 'News wire',
  newspaper: 'Newspaper',
  magazine: 'Magazine',
  broadcaster: 'Broadcaster',
  academic: 'Academic',
  archive: 'Archive',
  reference: 'Reference work',
  official: 'Official body',
  'state-media': 'Russian state media',
  advocacy: 'Advocacy group',
  blog: 'Blog or other web page',
} as const;

export type SourceKind = keyof typeof SOURCE_KINDS;

export const SOURCE_KIND_IDS = Object.keys(SOURCE_KINDS) as [SourceKind, ...SourceKind[]];

/** Research ids: S01–S118 (history and news, with letter suffixes such as S19b) and G01–G25 (geography). */
export const SOURCE_ID_PATTERN = /^[SG]\d{2,3}[a-z]?$/;

/** Splits a citation list written as `"S05 S13"` or `"S05, S13"`. */
export function splitIds(text: string): string[] {
  return text.split(/[\s,]+/).filter(Boolean);
}
