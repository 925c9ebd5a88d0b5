/**
 * A piecewise-linear UTC time scale: instants (UTC milliseconds) to pixels.
 *
 * Piecewise so the axis can have a labelled break: the long history on one stretch of
 * pixels and a few days of October 2025 on another. Written here rather than taken from
 * d3-scale because the same code runs in the browser on every zoom step, and d3-scale
 * (with d3-format and d3-interpolate) would not fit the timeline's 20 KB budget (e2e/budgets.ts).
 */
export interface TimeScale {
  (t: number): number;
  /** Instants at the joints, increasing. */
  readonly domain: readonly number[];
  /** Pixels at the joints, increasing. */
  readonly range: readonly number[];
  invert(x: number): number;
}

function piecewise(from: readonly number[], to: readonly number[], value: number): number {
  let i = 1;
  while (i < from.length - 1 && value > from[i]!) i++;
  // Plain reads, no array: this runs for every event on every zoom step.
  const a = from[i - 1]!;
  const b = from[i]!;
  const c = to[i - 1]!;
  return b === a ? c : c + ((value - a) / (b - a)) * (to[i]! - c);
}

export function timeScale(domain: readonly number[], range: readonly number[]): TimeScale {
  if (domain.length !== range.length || domain.length < 2) {
    throw new Error('a time scale needs matching domain and range of at least two points');
  }
  const scale = (t: number) => piecewise(domain, range, t);
  return Object.assign(scale, { domain, range, invert: (x: number) => piecewise(range, domain, x) });
}
