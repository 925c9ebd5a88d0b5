/**
 * The timeline's zoom arithmetic, apart from the code that draws or listens: a view is a
 * horizontal scale `k` and offset `x` in pixels (d3-zoom's transform, without d3).
 */
export interface View {
  /** Scale factor (1: the whole plot fits). */
  k: number;
  /** Horizontal offset in pixels. */
  x: number;
}

export const IDENTITY: View = { k: 1, x: 0 };

/** The unzoomed position under the pixel `px`. */
export function invertX(view: View, px: number): number {
  return (px - view.x) / view.k;
}

/**
 * Keeps a view inside the plot, as d3-zoom's scale and translate extents do: at least the
 * whole plot (k ≥ 1), at most `maxK`, and never panned past either end.
 */
export function clampView(view: View, plot: { x0: number; x1: number }, maxK: number): View {
  const k = Math.min(maxK, Math.max(1, view.k));
  const x = Math.min(plot.x0 * (1 - k), Math.max(plot.x1 * (1 - k), view.x));
  return { k, x };
}

/** The view that fits [from, to] of the unzoomed plot to the whole plot. */
export function fitRange(from: number, to: number, plot: { x0: number; x1: number }, maxK: number): View {
  const k = Math.min(maxK, (plot.x1 - plot.x0) / Math.max(to - from, 1));
  return clampView({ k, x: plot.x0 - from * k }, plot, maxK);
}

/** Zooms by `factor` about the middle of the plot (the zoom buttons). */
export function scaledAboutMiddle(view: View, factor: number, plot: { x0: number; x1: number }, maxK: number): View {
  const middle = (plot.x0 + plot.x1) / 2;
  const k = Math.min(maxK, Math.max(1, view.k * factor));
  return clampView({ k, x: middle - invertX(view, middle) * k }, plot, maxK);
}

/** The view at scale `k` with the unzoomed position `at` in the middle of the plot. */
export function centredOn(at: number, k: number, plot: { x0: number; x1: number }, maxK: number): View {
  return clampView({ k, x: (plot.x0 + plot.x1) / 2 - at * k }, plot, maxK);
}
