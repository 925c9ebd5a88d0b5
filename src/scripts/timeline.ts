/**
 * Enhances the static timeline: keeps the build's drawing where it fits the page (or lays it
 * out again at the real width), and adds thread filters, keyboard travel, a details card,
 * lineage arcs and deep links; zoom and pan (d3-zoom) load on demand. Everything it draws
 * comes from the same pure layout the build used (src/lib/timeline). Its parts: the state
 * (timeline-state.ts), the layout (timeline-layouts.ts), the view (timeline-view.ts), the
 * drawing (timeline-drawing.ts, the one writer of the SVG), the card (timeline-card.ts) and
 * the warm-up (timeline-warmup.ts); this module wires them to the reader's events.
 */
import { isShown } from '../lib/timeline/layout.ts';
import { accessibleName } from '../lib/timeline/events.ts';
import { lineageArcs } from '../lib/timeline/lineage-arcs.ts';
import { parseTimelineState } from '../lib/timeline/url-state.ts';
import type { ThreadId } from '../lib/threads.ts';
import type { TimelineWords } from '../i18n/index.ts';
import { rememberDateWords } from '../lib/partial-date.ts';
import { timelineDrawing, type TimelineDrawing } from './timeline-drawing.ts';
import { attachCrowds } from './timeline-crowds.ts';
import { crowdNamer } from '../lib/timeline/svg.ts';
import { timelineModelReader, type TimelineModel } from './timeline-data.ts';
import { summariesLoader } from './timeline-summaries.ts';
import { keyTarget } from '../lib/timeline/keys.ts';
import { markAt } from '../lib/timeline/quiet-marks.ts';
import { textElement } from './card-text.ts';
import { initialState, readForm, writeForm, writeUrl, type ReaderState } from './timeline-state.ts';
import { timelineLayouts, type TimelineLayouts } from './timeline-layouts.ts';
import { timelineView } from './timeline-view.ts';
import { warmUp } from './timeline-warmup.ts';
import { detailsCard } from './timeline-card.ts';

export interface TimelineOptions {
  /** Where to start when the URL fragment says nothing: an embed's query options. */
  initial?: { event?: string | undefined; threads?: ThreadId[] | undefined; span?: [number, number] | undefined };
  /** Show the filter and zoom controls (default true). */
  controls?: boolean;
  /** Called when the reader selects an event, e.g. to tell the page embedding this one. */
  onSelect?: (id: string) => void;
  /**
   * Called instead of following an event's link when the reader chooses it (click, tap,
   * Enter): an embed shows the event's card rather than leave. `byKeyboard` when Enter did it.
   */
  onChoose?: (id: string, byKeyboard: boolean) => void;
}

/** What a page can do with an enhanced timeline. */
export interface TimelineController {
  /** Selects an event, bringing it into view, as if the reader had. */
  select(id: string): void;
  /** Moves keyboard focus to an event's mark (or its list item on a narrow screen). */
  focusMark(id: string): void;
  /** The ids of the events shown under the current filters, in date order. */
  order(): string[];
}

/** The timeline's parts, for the functions that wire them to the reader's events. */
interface Parts {
  root: HTMLElement;
  frame: HTMLElement;
  svg: SVGSVGElement;
  form: HTMLElement;
  options: TimelineOptions;
  read: () => TimelineModel;
  state: ReaderState;
  layouts: TimelineLayouts;
  drawing: TimelineDrawing;
  view: ReturnType<typeof timelineView>;
  card: ReturnType<typeof detailsCard>;
  /** Lays out and draws (unless `drawn`: the page shows it already). */
  render: (drawn?: boolean) => void;
  selectEvent: (id: string, focus: boolean) => void;
}

export function enhanceTimeline(root: HTMLElement, options: TimelineOptions = {}): TimelineController {
  const words: TimelineWords = JSON.parse(root.querySelector('[data-timeline-words]')!.textContent!);
  rememberDateWords(words.locale, words.dates);
  /**
   * The events, read from the page the first time something needs them: where the page
   * shows the build's drawing as it is, nothing does until the reader acts or the page is
   * idle, and reading thousands of events would only delay the timeline's first response.
   */
  const readEvents = timelineModelReader(root);
  const read = () => readEvents()!;
  const frame = root.querySelector<HTMLElement>('[data-frame]')!;
  const svg = frame.querySelector<SVGSVGElement>('svg')!;
  const announce = root.querySelector<HTMLElement>('[data-announce]')!;
  const form = root.querySelector<HTMLElement>('[data-controls]')!;
  const newTab = frame.dataset.newTab;
  const drawing = drawingOf(root, svg, words, read, newTab);
  const summaries = summariesLoader(root.dataset.summaries!);
  const card = detailsCard(frame, words, read, summaries, (id) => drawing.marks.get(id)!, !options.onChoose);
  const state = initialState(root, options.initial, () => new Set(read().byId.keys()), Object.keys(words.lanes));
  const layouts = timelineLayouts(svg, frame, words, () => read().events, state);
  let frameRequest = 0;

  function render(drawn = false) {
    frameRequest = 0;
    performance.mark('timeline-render-start');
    layouts.forget();
    if (!drawn) drawing.draw(layouts.now(), layouts.width(), state.current, state.pointed);
    drawLineage();
    // A filter may have hidden the current event (the build's drawing shows them all).
    if (!state.current || (!drawn && !shownByFilters(state.current))) state.current = layouts.now().marks[0]?.id;
    drawing.tabStop(state.current);
    // User Timing, for the benchmark (npm run bench) and the browser's performance panel.
    performance.measure('timeline-render', 'timeline-render-start');
  }
  const shownByFilters = (id: string) => {
    const datum = read().byId.get(id);
    return datum !== undefined && isShown(datum, state.url);
  };
  const schedule = () => {
    if (!frameRequest) frameRequest = requestAnimationFrame(() => render());
  };
  const view = timelineView({ svg, root, words, state, layouts, read, render, onStep: () => (drawing.moving(), schedule()) });

  /** Arcs from the selected event to what it drew on and what drew on it; every arc when asked. */
  function drawLineage() {
    const { everyLink, url } = state;
    drawing.drawLineage(everyLink || url.event ? lineageArcs(layouts.now(), read().edges, everyLink ? undefined : url.event) : []);
  }

  function selectEvent(id: string, focus: boolean) {
    state.current = id;
    state.url = { ...state.url, event: id };
    // Bring it into view first: it may be off the plot, or culled (its mark not yet made).
    const mark = layouts.now().marks.find((m) => m.id === id);
    const { plot } = layouts.now();
    if (mark && ((mark.x0 + mark.x1) / 2 < plot.x0 || (mark.x0 + mark.x1) / 2 > plot.x1)) view.centre(id, false);
    // Culled or quiet: draw it as a link (the layout stays as it is).
    if (!drawing.isLinked(id)) drawing.draw(layouts.now(), layouts.width(), id, state.pointed);
    drawing.tabStop(id);
    drawing.select(id);
    drawLineage();
    options.onSelect?.(id);
    const datum = read().byId.get(id)!;
    announce.replaceChildren(textElement('span', datum.title, '', datum.lang), `, ${datum.dateLabel}`);
    if (focus) drawing.marks.get(id)!.focus();
    card.show(id);
    writeUrl(state);
  }

  // Start: controls, behaviours, then the deep link if any.
  root.classList.add('tl-enhanced');
  form.hidden = options.controls === false;
  form.dataset.ready = '';
  writeForm(form, state);
  // The build drew every thread, unfiltered and unzoomed, at its width: then there is nothing
  // to redraw, unless the frame turns out to be another width (the resize observer's first call).
  render(!state.url.coreOnly && state.url.threads.length === state.allThreads.length);
  view.constrain();
  warmUp(readEvents, layouts, () => {
    void view.load();
    // An embed's reading mode has cards of its own.
    if (!options.onChoose) void summaries.load();
  });
  for (const type of ['pointerdown', 'wheel', 'touchstart'] as const) frame.addEventListener(type, () => void view.load(), { once: true, passive: true });
  const parts: Parts = { root, frame, svg, form, options, read, state, layouts, drawing, view, card, render, selectEvent };
  listenToControls(parts);
  listenToPointer(parts, newTab);
  const span = options.initial?.span;
  if (span && !location.hash) view.showYears(span);
  if (state.url.event) {
    view.centre(state.url.event, false);
    render();
    selectEvent(state.url.event, false);
  }
  performance.mark('timeline-interactive');
  return {
    select: (id) => selectEvent(id, false),
    focusMark(id) {
      const inList = root.querySelector<HTMLElement>(`.tl-list a[data-id="${CSS.escape(id)}"]`);
      if (inList && inList.offsetParent !== null) inList.focus();
      else selectEvent(id, true);
    },
    order: () => layouts.now().marks.map((mark) => mark.id),
  };
}

/** The drawing, its marks' links made from the events. */
function drawingOf(root: HTMLElement, svg: SVGSVGElement, words: TimelineWords, read: () => TimelineModel, newTab: string | undefined) {
  return timelineDrawing(svg, {
    href: (id) => read().byId.get(id)!.url,
    name: (id) => `${accessibleName(read().byId.get(id)!)}${newTab ?? ''}`,
    newTab: newTab !== undefined,
    crowdName: crowdNamer(words.locale, words.crowd),
  }, root.dataset.partial !== undefined);
}

/** The filters, zoom buttons, keys, crowds, the frame's width and the URL fragment. */
function listenToControls({ root, frame, svg, form, state, layouts, view, card, read, render, selectEvent }: Parts) {
  form.addEventListener('change', () => {
    readForm(form, state);
    render();
    view.constrain();
    writeUrl(state);
  });
  form.addEventListener('click', (event) => {
    view.zoomButton((event.target as HTMLElement).closest<HTMLButtonElement>('button[data-zoom]')?.dataset.zoom);
  });
  svg.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      card.hide();
      return;
    }
    const { handled, target } = keyTarget(event.key, layouts.now().marks.map((m) => m.id), state.current);
    if (!handled) return;
    event.preventDefault();
    if (target) selectEvent(target, true);
  });
  attachCrowds(svg, (span, firstId) => void view.zoomToSpan(span).then(() => selectEvent(firstId, true)));
  svg.addEventListener('focusin', (event) => {
    const id = (event.target as Element).closest<SVGAElement>('a.tl-event')?.dataset.id;
    if (id) selectEvent(id, false);
  });
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') card.hide();
  });
  new ResizeObserver(() => {
    if (layouts.resized(frame.clientWidth)) {
      render();
      view.constrain();
    }
  }).observe(frame);
  window.addEventListener('hashchange', () => {
    state.url = parseTimelineState(location.hash, new Set(read().byId.keys()), state.allThreads);
    writeForm(form, state);
    render();
    if (state.url.event) selectEvent(state.url.event, false);
  });
}

/** Pointing, hovering and clicking: the card, quiet marks made links, and an embed's own reading. */
function listenToPointer({ root, svg, state, layouts, drawing, card, read, options }: Parts, newTab: string | undefined) {
  /** The drawn mark under a pointer event, found in the layout. */
  const markUnder = (event: MouseEvent) => {
    const box = svg.getBoundingClientRect();
    const scale = layouts.width() / box.width;
    return markAt(layouts.now().marks, (event.clientX - box.left) * scale, (event.clientY - box.top) * scale);
  };
  // A quiet mark has no link of its own until the pointer finds it: then it gets one, under the pointer.
  svg.addEventListener('pointermove', (event) => {
    // Not while dragging: the reader is panning, not pointing.
    if (event.buttons !== 0 || !(event.target as Element).classList.contains('tl-quiet')) return;
    const mark = markUnder(event);
    if (!mark || mark.id === state.pointed) return;
    state.pointed = mark.id;
    drawing.draw(layouts.now(), layouts.width(), state.current, state.pointed);
    card.keep();
    card.show(mark.id);
  });
  svg.addEventListener('pointerover', (event) => {
    const id = (event.target as Element).closest<SVGAElement>('a.tl-event')?.dataset.id;
    if (id) {
      card.keep();
      card.show(id);
    }
  });
  svg.addEventListener('pointerout', () => card.hideSoon(svg));
  card.card.addEventListener('pointerleave', () => card.hideSoon(svg));
  // A page that reads events in place (an embed) takes the click instead of the link.
  root.addEventListener('click', (event) => {
    // A tap on a quiet mark (no pointer moved over it first): what a click on its link does.
    if ((event.target as Element).classList.contains('tl-quiet')) {
      const mark = markUnder(event);
      if (!mark) return;
      if (options.onChoose) return options.onChoose(mark.id, false);
      const { url } = read().byId.get(mark.id)!;
      if (newTab !== undefined || event.ctrlKey || event.metaKey || event.shiftKey) window.open(url, '_blank', 'noopener');
      else location.assign(url);
      return;
    }
    const link = (event.target as Element).closest<HTMLElement>('a.tl-event, .tl-list a');
    if (!link || !options.onChoose || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    // A click the keyboard made (Enter) has no pointer behind it: detail is 0.
    options.onChoose(link.dataset.id!, (event as MouseEvent).detail === 0);
  });
}
