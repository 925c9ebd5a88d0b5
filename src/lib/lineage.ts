/**
 * Lineage: which proposals drew on which. Each link is stated by a listed source (or, when
 * the site infers it, marked as our analysis) and points back in time.
 */
import { compareChronologically, type Dated } from './chronology.ts';

/** How a later event drew on an earlier one; each reads as a phrase in the interface strings (`lineageHow`). */
export const LINEAGE_HOW_IDS = ['named it', 'continued it', 'revived it', 'same people'] as const;

export type LineageHow = (typeof LINEAGE_HOW_IDS)[number];

/** One link as written in an event's frontmatter. */
export interface LineageLink {
  event: string;
  how: LineageHow;
  note: string;
  sources: string[];
  analysis: boolean;
}

/** A link between two events, both ends known. */
export interface LineageEdge extends LineageLink {
  /** The later event, which drew on `event`. */
  from: string;
}

/**
 * What is wrong with an event's links, as `[field, problem]` pairs: a link to an event
 * that does not exist, to itself, to a later event, or the same event twice.
 */
export function lineageProblems<T extends Dated>(event: T, links: readonly { event: string }[], byId: ReadonlyMap<string, T>): [string, string][] {
  const problems: [string, string][] = [];
  const seen = new Set<string>();
  links.forEach((link, i) => {
    const field = `drewOn[${i}].event`;
    const target = byId.get(link.event);
    if (!target) problems.push([field, `unknown event "${link.event}" (no content/events/${link.event}.mdx)`]);
    else if (target.id === event.id) problems.push([field, 'an event cannot draw on itself']);
    else if (compareChronologically(target, event) > 0) problems.push([field, `"${link.event}" comes later than this event; a link points back in time`]);
    else if (seen.has(link.event)) problems.push([field, `"${link.event}" is linked twice`]);
    seen.add(link.event);
  });
  return problems;
}

/** Every link as an edge, and for each event the edges that point to it ("drawn on by"). */
export function lineageEdges(events: readonly { id: string; drewOn: readonly LineageLink[] }[]): { edges: LineageEdge[]; drawnOnBy: Map<string, LineageEdge[]> } {
  const edges = events.flatMap((e) => e.drewOn.map((link) => ({ ...link, from: e.id })));
  const drawnOnBy = new Map<string, LineageEdge[]>();
  for (const edge of edges) drawnOnBy.set(edge.event, [...(drawnOnBy.get(edge.event) ?? []), edge]);
  return { edges, drawnOnBy };
}
