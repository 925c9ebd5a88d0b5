/**
 * Quiet marks: on a crowded timeline (one whose build left marks out), a mark with no label
 * showing is drawn as part of one path per lane and style rather than as a link of its own.
 * Hundreds of links, each restyled on every zoom step, are what made a crowded timeline
 * slow; a few paths are not. A quiet mark becomes a link again when the reader points at
 * it or selects it, and the list under the timeline links every event for readers without
 * JavaScript.
 */
import { METRICS, type MarkLayout, type TimelineLayout } from './layout.ts';
import { px } from './px.ts';

/**
 * A crowded timeline: the build leaves marks out (culled: lost among others at its width).
 * The list under it then links every event, and its unlabelled marks are drawn quietly.
 */
export const isCrowded = (layout: TimelineLayout) => layout.marks.some((mark) => mark.culled);

/** Whether a mark is drawn quietly: not culled, no label showing, and not the one kept as a link. */
export const isQuiet = (mark: MarkLayout, loud: (id: string) => boolean) => !mark.culled && !mark.label.visible && !loud(mark.id);

/** The classes that style a mark's shape; quiet marks with the same classes share a path. */
export const shapeClasses = (mark: Pick<MarkLayout, 'thread' | 'core' | 'approximate'>) =>
  [`thread-${mark.thread}`, mark.core ? 'tl-core' : '', mark.approximate ? 'tl-approx' : ''].filter(Boolean).join(' ');

/** A dot's radius: a core event's is larger. */
export const dotRadius = (mark: Pick<MarkLayout, 'core'>) => (mark.core ? METRICS.dotRadius + 1.5 : METRICS.dotRadius);

/** A mark's shape as path data where it stands: the same dot or rounded bar its link draws. */
export function markPath(mark: MarkLayout): string {
  if (mark.shape === 'bar') {
    const r = 4;
    const w = mark.x1 - mark.x0;
    return `M${px(mark.x0 + r)} ${px(mark.y - 6)}h${px(w - 2 * r)}a${r} ${r} 0 0 1 ${r} ${r}v4a${r} ${r} 0 0 1 -${r} ${r}h${px(2 * r - w)}a${r} ${r} 0 0 1 -${r} -${r}v-4a${r} ${r} 0 0 1 ${r} -${r}z`;
  }
  const r = dotRadius(mark);
  return `M${px(mark.x0 - r)} ${px(mark.y)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 -${2 * r} 0z`;
}

/** The quiet marks' paths, one per style (`className` is the path's whole class), in the order the marks first appear. */
export function quietPaths(marks: readonly MarkLayout[], loud: (id: string) => boolean): { className: string; d: string }[] {
  const paths = new Map<string, string[]>();
  for (const mark of marks) {
    if (!isQuiet(mark, loud)) continue;
    const className = `tl-quiet ${shapeClasses(mark)}`;
    let parts = paths.get(className);
    if (!parts) paths.set(className, (parts = []));
    parts.push(markPath(mark));
  }
  return [...paths].map(([className, parts]) => ({ className, d: parts.join('') }));
}

/**
 * The drawn mark under a point (in the SVG's units), if any: the nearest whose shape, with
 * a little slack for a finger or an unsteady hand, holds the point.
 */
export function markAt(marks: readonly MarkLayout[], x: number, y: number, slack = 3): MarkLayout | undefined {
  let best: MarkLayout | undefined;
  let bestDistance = Infinity;
  for (const mark of marks) {
    if (mark.culled || Math.abs(mark.y - y) > 6 + slack) continue;
    const reach = mark.shape === 'bar' ? 0 : dotRadius(mark);
    const left = mark.x0 - reach - slack;
    const right = mark.x1 + reach + slack;
    if (x < left || x > right) continue;
    const distance = Math.abs((mark.x0 + mark.x1) / 2 - x) + Math.abs(mark.y - y);
    if (distance < bestDistance) {
      best = mark;
      bestDistance = distance;
    }
  }
  return best;
}
