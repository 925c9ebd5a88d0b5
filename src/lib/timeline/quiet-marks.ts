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

/** A circle's path after its moveto, by radius: the same few strings for every dot. */
const circles = new Map<number, string>();
const circleFrom = (r: number) => {
  let arcs = circles.get(r);
  if (arcs === undefined) circles.set(r, (arcs = `a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 -${2 * r} 0z`));
  return arcs;
};

/** A mark's rounded bar after its moveto, grown by `grow`: it starts at the top end of its left corner. */
function barFrom(mark: MarkLayout, grow: number): string {
  const r = 4 + grow;
  const w = mark.x1 - mark.x0 + 2 * grow;
  return `h${px(w - 2 * r)}a${r} ${r} 0 0 1 ${r} ${r}v4a${r} ${r} 0 0 1 -${r} ${r}h${px(2 * r - w)}a${r} ${r} 0 0 1 -${r} -${r}v-4a${r} ${r} 0 0 1 ${r} -${r}z`;
}

/**
 * A mark's shape as path data where it stands: the same dot or rounded bar its link draws,
 * grown on every side by `grow` pixels (shrunk, if negative).
 */
export function markPath(mark: MarkLayout, grow = 0): string {
  if (mark.shape === 'bar') return `M${px(mark.x0 + 4)} ${px(mark.y - 6 - grow)}${barFrom(mark, grow)}`;
  const r = dotRadius(mark) + grow;
  return `M${px(mark.x0 - r)} ${px(mark.y)}${circleFrom(r)}`;
}

/**
 * A ring `width` wide centred on a mark's edge, to fill with the even-odd rule: its shape
 * grown by half the width, then (a relative move away) shrunk by as much.
 */
export function ringPath(mark: MarkLayout, width: number): string {
  const half = width / 2;
  if (mark.shape === 'bar') return `${markPath(mark, half)}m0 ${width}${barFrom(mark, -half)}`;
  return `${markPath(mark, half)}m${width} 0${circleFrom(dotRadius(mark) - half)}`;
}

/** The width of the outline a mark's link draws around it: around a core or approximate mark, in its colour; around others, in the paper's. */
const outlineWidth = (mark: MarkLayout) => (mark.core ? 2 : 1.5);
const hasOutline = (mark: MarkLayout) => mark.core || mark.approximate;

/**
 * The quiet marks' paths, one per style (`className` is the path's whole class), in the
 * order the marks first appear. Quiet marks are filled, never stroked: stroking thousands
 * of arcs on every zoom step made about one frame in fourteen miss its vsync at 5,000
 * events. So a core or approximate mark's outline is a ring to fill with the even-odd rule
 * (class `tl-quiet-edge`, in a path after its style's), and a mark whose link has an
 * outline in the paper's colour is drawn as much smaller.
 */
export function quietPaths(marks: readonly MarkLayout[], loud: (id: string) => boolean): { className: string; d: string }[] {
  const paths = new Map<string, string[]>();
  const add = (className: string, d: string) => {
    let parts = paths.get(className);
    if (!parts) paths.set(className, (parts = []));
    parts.push(d);
  };
  for (const mark of marks) {
    if (!isQuiet(mark, loud)) continue;
    const classes = shapeClasses(mark);
    if (hasOutline(mark)) {
      add(`tl-quiet ${classes}`, markPath(mark));
      add(`tl-quiet tl-quiet-edge ${classes}`, ringPath(mark, outlineWidth(mark)));
    } else add(`tl-quiet ${classes}`, markPath(mark, -outlineWidth(mark) / 2));
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
