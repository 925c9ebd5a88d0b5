/**
 * The timeline's view: pan and zoom in pixel space (the layout applies the view to its own
 * scale). d3-zoom (timeline-zoom.ts) arrives on demand; until then a view is applied directly.
 */
import { IDENTITY, clampView, fitRange as fitView, scaledAboutMiddle, centredOn, invertX, type View } from '../lib/timeline/zoom-math.ts';
import { axisSegments, focusSegment, baseScale } from '../lib/timeline/layout.ts';
import { utc, astronomicalYear } from '../lib/partial-date.ts';
import type { TimelineWords } from '../i18n/index.ts';
import type { ZoomController } from './timeline-zoom.ts';
import type { TimelineModel } from './timeline-data.ts';
import type { TimelineLayouts } from './timeline-layouts.ts';
import type { ReaderState } from './timeline-state.ts';

const MAX_ZOOM = 5000;

export interface ViewParts {
  svg: SVGSVGElement;
  root: HTMLElement;
  words: TimelineWords;
  state: ReaderState;
  layouts: TimelineLayouts;
  read: () => TimelineModel;
  /** Draws the current view at once. */
  render: () => void;
  /** Called at each step d3-zoom reports, the new view already in `state.view`. */
  onStep: () => void;
}

export function timelineView({ svg, root, words, state, layouts, read, render, onStep }: ViewParts) {
  const plot = () => layouts.now().plot;
  let zoomer: ZoomController | undefined;
  let zoomLoading: Promise<ZoomController> | undefined;

  function load(): Promise<ZoomController> {
    zoomLoading ??= import('./timeline-zoom.ts').then(({ attachZoom }) => {
      zoomer = attachZoom(svg, state.view, MAX_ZOOM, (view) => {
        state.view = view;
        onStep();
      });
      constrain();
      root.dataset.zoom = 'ready';
      return zoomer;
    });
    return zoomLoading;
  }

  /** Bounds panning by the plot. */
  function constrain() {
    zoomer?.extent(plot().x0, plot().x1, layouts.now().height);
  }

  /** Moves to a view at once, with or without d3-zoom loaded. */
  function setView(next: View) {
    const view = clampView(next, plot(), MAX_ZOOM);
    if (zoomer) zoomer.set(view, false);
    else {
      state.view = view;
      render();
    }
  }

  /** Moves to a view, animated unless the reader prefers reduced motion. */
  async function zoomTo(next: View) {
    (await load()).set(clampView(next, plot(), MAX_ZOOM), !matchMedia('(prefers-reduced-motion: reduce)').matches);
  }

  const fitRange = (x0: number, x1: number) => fitView(x0, x1, plot(), MAX_ZOOM);
  const focus = () => focusSegment(axisSegments(read().events, plot().x0, plot().x1), words);

  /** The crowded weeks, or without them the last twentieth of the axis. */
  function latestView(): View {
    const segments = axisSegments(read().events, plot().x0, plot().x1);
    const crowded = focusSegment(segments, words);
    if (crowded) return fitRange(crowded.x0 - 4, crowded.x1 + 4);
    const last = segments.at(-1)!;
    return fitRange(last.x1 - (last.x1 - last.x0) / 20, last.x1);
  }

  /** Pans (and if needed zooms) so the event is in the middle of the plot. */
  function centre(id: string, animate: boolean) {
    const base = layouts.of(read().events, IDENTITY);
    const mark = base.marks.find((m) => m.id === id);
    if (!mark) return;
    const inLatest = latestView();
    const markX = (mark.x0 + mark.x1) / 2;
    const k = invertX(inLatest, plot().x0) <= markX ? inLatest.k : Math.max(state.view.k, 4);
    const next = centredOn(markX, k, plot(), MAX_ZOOM);
    if (animate) void zoomTo(next);
    else setView(next);
  }

  /** A crowd's span: the crowded weeks' own view when it lies in them; else the span, with room either side. */
  function zoomToSpan(span: [number, number]) {
    const crowded = focus();
    const inFocus = crowded !== undefined && span[0] >= crowded.x0 && span[1] <= crowded.x1;
    return zoomTo(inFocus ? latestView() : fitRange(span[0] - 24, span[1] + 24));
  }

  /** The zoom buttons: in, out, fit all, the crowded weeks. */
  function zoomButton(action: string | undefined) {
    if (action === 'in') void zoomTo(scaledAboutMiddle(state.view, 2, plot(), MAX_ZOOM));
    if (action === 'out') void zoomTo(scaledAboutMiddle(state.view, 0.5, plot(), MAX_ZOOM));
    if (action === 'fit') void zoomTo(IDENTITY);
    if (action === 'latest') void zoomTo(latestView());
  }

  /** An embed's span of years, from 1 January of the first to the end of the last. */
  function showYears(span: [number, number]) {
    const base = baseScale(axisSegments(read().events, plot().x0, plot().x1));
    setView(fitRange(base(utc(astronomicalYear(span[0]), 0, 1)), base(utc(astronomicalYear(span[1]) + 1, 0, 1))));
  }

  return { load, constrain, setView, centre, zoomToSpan, zoomButton, showYears };
}
