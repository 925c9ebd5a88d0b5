/**
 * Wheel, pinch and drag zoom for the timeline, with d3-zoom. Loaded on demand (when the
 * page is idle, or at the first gesture or zoom button), so the timeline is readable and
 * keyboard-usable before these modules arrive. It only reports views; timeline.ts draws.
 */
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { select } from 'd3-selection';
import 'd3-transition';
import type { View } from '../lib/timeline/zoom-math.ts';

export interface ZoomController {
  /** Moves to `view`, animated or at once; the zoom callback reports each step. */
  set(view: View, animate: boolean): void;
  /** The plot's horizontal extent and height, which bound panning. */
  extent(x0: number, x1: number, height: number): void;
}

const toTransform = (view: View) => zoomIdentity.translate(view.x, 0).scale(view.k);

export function attachZoom(svg: SVGSVGElement, initial: View, maxK: number, onZoom: (view: View) => void): ZoomController {
  const behavior = zoom<SVGSVGElement, unknown>()
    .scaleExtent([1, maxK])
    .on('zoom', (event: { transform: ZoomTransform }) => onZoom({ k: event.transform.k, x: event.transform.x }));
  const selection = select(svg);
  selection.call(behavior).on('dblclick.zoom', null);
  // Start from the view the page already shows (a deep link may have moved it).
  selection.property('__zoom', toTransform(initial));
  return {
    set(view, animate) {
      if (animate) selection.transition().duration(350).call(behavior.transform, toTransform(view));
      else selection.call(behavior.transform, toTransform(view));
    },
    extent(x0, x1, height) {
      behavior.extent([[x0, 0], [x1, height]]).translateExtent([[x0, 0], [x1, height]]);
    },
  };
}
