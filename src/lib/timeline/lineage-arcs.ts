/**
 * The arcs that join an event to the events it drew on: pure geometry from the layout.
 * Each arc leaves the later mark, rises, and lands on the earlier one; it is drawn behind
 * every mark and label, so where it passes them they stay on top.
 */
import type { TimelineLayout, MarkLayout } from './layout.ts';

export interface LineageArc {
  /** The later event, which drew on `to`. */
  from: string;
  to: string;
  /** SVG path data. */
  d: string;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Where an arc meets a mark: a dot's centre, or the start of a bar (where the event began). */
function anchor(mark: MarkLayout): { x: number; y: number } {
  return { x: mark.shape === 'dot' ? mark.x0 : mark.x0 + 4, y: mark.y };
}

/**
 * A quadratic curve from `a` to `b` whose top rises with the distance between them (a
 * quarter of it, 16–120 px) but never above `ceiling`, the top of the plot.
 */
export function arcPath(a: { x: number; y: number }, b: { x: number; y: number }, ceiling: number): string {
  const rise = Math.min(120, Math.max(16, Math.abs(b.x - a.x) / 4));
  const top = Math.max(ceiling, Math.min(a.y, b.y) - rise);
  // The control point sits twice as high as the curve's top, which a quadratic reaches halfway.
  const cy = 2 * top - (a.y + b.y) / 2;
  return `M${round(a.x)} ${round(a.y)}Q${round((a.x + b.x) / 2)} ${round(cy)} ${round(b.x)} ${round(b.y)}`;
}

/**
 * The arcs to draw: every edge whose two events are both drawn, limited to those touching
 * `focus` when it is given. Edges to an event hidden by a filter, or lost among others at
 * this zoom, are left out rather than drawn to a point where nothing is.
 */
export function lineageArcs(layout: TimelineLayout, edges: readonly { from: string; to: string }[], focus?: string): LineageArc[] {
  // A mark off the plot counts: its arc runs out of the plot towards it, as a reader panning expects.
  const offPlot = (m: MarkLayout) => m.x1 < layout.plot.x0 || m.x0 > layout.plot.x1;
  const drawn = new Map(layout.marks.filter((m) => !m.culled || offPlot(m)).map((m) => [m.id, m]));
  return edges
    .filter((edge) => focus === undefined || edge.from === focus || edge.to === focus)
    .flatMap((edge) => {
      const from = drawn.get(edge.from);
      const to = drawn.get(edge.to);
      return from && to ? [{ from: edge.from, to: edge.to, d: arcPath(anchor(from), anchor(to), layout.plot.y0 + 2) }] : [];
    });
}
