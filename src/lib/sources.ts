/** What kind of publication a source is; shown beside it (its name is an interface string, `sourceKinds`) so readers can weigh it. */
export const SOURCE_KIND_IDS = ['news-wire', 'newspaper', 'magazine', 'broadcaster', 'academic', 'archive', 'reference', 'official', 'state-media', 'advocacy', 'blog'] as const;

export type SourceKind = (typeof SOURCE_KIND_IDS)[number];

/** Research ids: S01–S118 (history and news, with letter suffixes such as S19b) and G01–G25 (geography). */
export const SOURCE_ID_PATTERN = /^[SG]\d{2,3}[a-z]?$/;

/** Splits a citation list written as `"S05 S13"` or `"S05, S13"`. */
export function splitIds(text: string): string[] {
  return text.split(/[\s,]+/).filter(Boolean);
}
