/**
 * Citation numbering. Each event has one numbered reference list: the sources its
 * body cites, in the order first cited, then the rest of its sources in the order the
 * frontmatter lists them. The numbers are local to the event, like a footnote list.
 */

/** The ids in the order they first appear, each once. */
export function firstAppearanceOrder(idLists: readonly (readonly string[])[]): string[] {
  return [...new Set(idLists.flat())];
}

/** The event's reference list: body citations first, then every other source it names. */
export function referenceList(bodyIds: readonly string[], otherIds: readonly (readonly string[])[]): string[] {
  return firstAppearanceOrder([bodyIds, ...otherIds]);
}

/** Ids in `cited` that are not in `known`, in citation order, each once. */
export function unknownIds(cited: readonly string[], known: ReadonlySet<string>): string[] {
  return firstAppearanceOrder([cited.filter((id) => !known.has(id))]);
}

/** The fragment id of reference `n` in an event's list; unique on pages that show many events. */
export function referenceAnchor(eventId: string, n: number): string {
  return `${eventId}-ref-${n}`;
}

/** The fragment id of the k-th citation mark in an event's body (1-based). */
export function citationAnchor(eventId: string, k: number): string {
  return `${eventId}-cite-${k}`;
}
