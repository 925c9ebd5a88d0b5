/**
 * Enhances the static timeline: keeps the build's drawing where it fits the page (or lays it
 * out again at the real width), and adds thread filters,
 * keyboard travel, a details card, lineage arcs and deep links; zoom and pan (d3-zoom) load
 * on demand from timeline-zoom.ts. Everything it draws comes from the same pure layout the
 * build used (src/lib/timeline).
 */
import { IDENTITY, clampView, fitRange as fitView, scaledAboutMiddle, centredOn, invertX, type View } from '../lib/timeline/zoom-math.ts';
import type { ZoomController } from './timeline-zoom.ts';
import { layoutTimeline, axisSegments, focusSegment, baseScale, isShown, type TimelineLayout, type TimelineEvent } from '../lib/timeline/layout.ts';
import { accessibleName } from '../lib/timeline/events.ts';
import { lineageArcs } from '../lib/timeline/lineage-arcs.ts';
import { parseTimelineState, serializeTimelineState, type TimelineState } from '../lib/timeline/url-state.ts';
import { THREAD_IDS, type ThreadId } from '../lib/threads.ts';
import type { TimelineWords } from '../i18n/index.ts';
import { canvasMeasure } from './text-measure.ts';
import { estimateTextWidth } from '../lib/text-estimate.ts';
import { rememberDateWords } from '../lib/partial-date.ts';
import { rememberWidths, type MeasureText } from '../lib/text-width.ts';
import { timelineDrawing } from './timeline-drawing.ts';
import { attachCrowds } from './timeline-crowds.ts';
import { crowdNamer } from '../lib/timeline/svg.ts';
import { timelineModelReader } from './timeline-data.ts';
import { summariesLoader } from './timeline-summaries.ts';
import { keyTarget } from '../lib/timeline/keys.ts';
import { placeCard } from '../lib/timeline/card-placement.ts';
import { markAt } from '../lib/timeline/quiet-marks.ts';

const MAX_ZOOM = 5000;

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
  const card = frame.querySelector<HTMLElement>('[data-card]')!;
  const announce = root.querySelector<HTMLElement>('[data-announce]')!;
  /**
   * At the width the build drew, the build's own estimate lays out the labels: the page
   * shows that layout already, so the first view needs no measuring or redrawing, and it
   * stays the same whether or not the script runs. At any other width, labels are laid
   * out by their real width in this browser's font (measured once each).
   */
  const buildWidth = Number(svg.getAttribute('width'));
  /**
   * The width the timeline is laid out at. Reading the frame's width at once would make the
   * browser lay the page out inside this script's task, so it is read when a layout first
   * needs it, or when the resize observer first reports (after the browser's own layout);
   * until then the build's drawing stands as it is.
   */
  let width = buildWidth;
  let widthRead = false;
  const readWidth = () => {
    if (!widthRead) width = frame.clientWidth || buildWidth;
    widthRead = true;
  };
  let measured: MeasureText | undefined;
  const estimated = rememberWidths(estimateTextWidth);
  const measureAt = (at: number) => (at === buildWidth ? estimated : (measured ??= canvasMeasure(svg.querySelector('.tl-label') ?? svg)));
  const form = root.querySelector<HTMLElement>('[data-controls]')!;
  const newTab = frame.dataset.newTab;
  const drawing = timelineDrawing(svg, {
    href: (id) => read().byId.get(id)!.url,
    name: (id) => `${accessibleName(read().byId.get(id)!)}${newTab ?? ''}`,
    newTab: newTab !== undefined,
    crowdName: crowdNamer(words.locale, words.crowd),
  }, root.dataset.partial !== undefined);
  const { marks } = drawing;
  let focusable: string | undefined;
  const motion = () => !matchMedia('(prefers-reduced-motion: reduce)').matches;
  const lineageLayer = svg.querySelector<SVGGElement>('.tl-lineage')!;
  const summaries = summariesLoader(root.dataset.summaries!);
  /** The event the details card shows. */
  let cardFor: string | undefined;
  let showEveryLink = false;

  // Only a fragment needs the ids, to check the event it names.
  let state: TimelineState = parseTimelineState(location.hash, location.hash ? new Set(read().byId.keys()) : new Set());
  if (!location.hash && options.initial) {
    state = { ...state, event: options.initial.event, threads: options.initial.threads ?? state.threads };
  }
  let transform: View = IDENTITY;
  /** The layout on the page; undefined while that is the build's, which is laid out again only when something asks. */
  let laidOut: TimelineLayout | undefined;
  /** `events` laid out at the current width and filters, in `view` (the current one by default). */
  const layOut = (events: readonly TimelineEvent[], view: View = transform) => {
    readWidth();
    return layoutTimeline(events, { width, words, measure: measureAt(width), threads: state.threads, coreOnly: state.coreOnly, transform: view });
  };
  const layout = () => (laidOut ??= layOut(read().events));
  // The first event in date order: the list's first link.
  let current: string | undefined = state.event ?? root.querySelector<HTMLElement>('.tl-list a[data-id]')?.dataset.id;
  let frameRequest = 0;
  /** The quiet mark the pointer last found, drawn as a link so that it can be pointed at, clicked or opened in a new tab. */
  let pointed: string | undefined;

  const shownByFilters = (id: string) => {
    const datum = read().byId.get(id);
    return datum !== undefined && isShown(datum, state);
  };

  /** Lays the timeline out for the current width, filters and view, and draws it (unless `drawn`: the page shows it already, every event in it). */
  function render(drawn = false) {
    frameRequest = 0;
    performance.mark('timeline-render-start');
    laidOut = undefined;
    if (!drawn) drawing.draw(layout(), width, current, pointed);
    drawLineage();
    // A filter may have hidden the event that was current (the build's drawing shows them all).
    if (!current || (!drawn && !shownByFilters(current))) current = layout().marks[0]?.id;
    if (current !== focusable) {
      for (const [id, element] of marks) element.setAttribute('tabindex', id === current ? '0' : '-1');
      focusable = current;
    }
    // User Timing, for the benchmark (npm run bench) and the browser's performance panel.
    performance.measure('timeline-render', 'timeline-render-start');
  }

  /** Arcs from the selected event to what it drew on and what drew on it; every arc when asked. */
  function drawLineage() {
    const arcs = showEveryLink || state.event ? lineageArcs(layout(), read().edges, showEveryLink ? undefined : state.event) : [];
    const markup = arcs.map((arc) => `<path class="lineage-arc" d="${arc.d}" data-from="${arc.from}" data-to="${arc.to}"/>`).join('');
    if (lineageLayer.innerHTML !== markup) lineageLayer.innerHTML = markup;
  }

  const schedule = () => {
    if (!frameRequest) frameRequest = requestAnimationFrame(() => render());
  };

  /**
   * While the view moves, and for a moment after, quiet marks are drawn without their
   * outlines: stroking thousands of them on every step made about one frame in twelve miss
   * its vsync at 5,000 events. They come back once the view rests.
   */
  let restTimer = 0;
  const moving = () => {
    svg.classList.add('tl-moving');
    clearTimeout(restTimer);
    restTimer = window.setTimeout(() => svg.classList.remove('tl-moving'), 200);
  };

  // Zoom and pan in pixel space: the layout applies the view to its own scale. d3-zoom
  // arrives on demand; until then a view is applied directly.
  let zoomer: ZoomController | undefined;
  let zoomLoading: Promise<ZoomController> | undefined;
  function loadZoom(): Promise<ZoomController> {
    zoomLoading ??= import('./timeline-zoom.ts').then(({ attachZoom }) => {
      zoomer = attachZoom(svg, transform, MAX_ZOOM, (view) => {
        transform = view;
        moving();
        schedule();
      });
      constrain();
      root.dataset.zoom = 'ready';
      return zoomer;
    });
    return zoomLoading;
  }

  function constrain() {
    zoomer?.extent(layout().plot.x0, layout().plot.x1, layout().height);
  }

  /** Moves to a view at once, with or without d3-zoom loaded. */
  function setView(next: View) {
    const view = clampView(next, layout().plot, MAX_ZOOM);
    if (zoomer) zoomer.set(view, false);
    else {
      transform = view;
      render();
    }
  }

  /** Moves to a view, animated unless the reader prefers reduced motion. */
  async function zoomTo(next: View) {
    (await loadZoom()).set(clampView(next, layout().plot, MAX_ZOOM), motion());
  }

  const fitRange = (x0: number, x1: number) => fitView(x0, x1, layout().plot, MAX_ZOOM);

  function latestView(): View {
    const segments = axisSegments(read().events, layout().plot.x0, layout().plot.x1);
    const focus = focusSegment(segments, words);
    if (focus) return fitRange(focus.x0 - 4, focus.x1 + 4);
    const last = segments.at(-1)!;
    return fitRange(last.x1 - (last.x1 - last.x0) / 20, last.x1);
  }

  /** Pans (and if needed zooms) so the event is in the middle of the plot. */
  function centre(id: string, animate: boolean) {
    const base = layOut(read().events, IDENTITY);
    const mark = base.marks.find((m) => m.id === id);
    if (!mark) return;
    const inLatest = latestView();
    const markX = (mark.x0 + mark.x1) / 2;
    const k = invertX(inLatest, layout().plot.x0) <= markX ? inLatest.k : Math.max(transform.k, 4);
    const next = centredOn(markX, k, layout().plot, MAX_ZOOM);
    if (animate) void zoomTo(next);
    else setView(next);
  }

  function writeUrl() {
    history.replaceState(history.state, '', serializeTimelineState(state) || location.pathname + location.search);
  }

  function showCard(id: string) {
    // Where the page reads events in place (an embed's reading mode), its card is the details card.
    if (options.onChoose) return;
    const { data, byId } = read();
    const datum = byId.get(id)!;
    const element = marks.get(id)!;
    cardFor = id;
    card.replaceChildren();
    const add = (tag: string, className: string, text: string, lang?: string) => {
      const node = document.createElement(tag);
      node.className = className;
      node.textContent = text;
      if (lang) node.lang = lang;
      card.append(node);
      return node;
    };
    add('p', 'tl-card-date', datum.dateLabel);
    // An event not yet translated is written in its own language, title and summary alike.
    add('p', 'tl-card-title', datum.title, datum.lang);
    const text = summaries.get()?.[id];
    if (text) {
      add('p', 'tl-card-summary', text.summary, datum.lang);
      add('p', 'tl-card-confidence', words.confidence[text.confidence]);
    } else {
      // Not here yet: the card is drawn again when they are, if it still shows this event.
      void summaries.load().then((all) => {
        if (all[id] && cardFor === id && !card.hidden) showCard(id);
      });
    }
    // The lineage, one line each way, the events named by their short labels.
    const lineage = [
      [words.drewOn, datum.drewOn ?? []],
      [words.drawnOnBy, data.filter((d) => d.drewOn?.includes(id)).map((d) => d.id)],
    ] as const;
    for (const [relation, others] of lineage) {
      if (others.length === 0) continue;
      const line = add('p', 'tl-card-lineage', `${relation}: `);
      others.forEach((other, i) => {
        const to = document.createElement('a');
        const { url, label, title, lang } = byId.get(other)!;
        to.href = url;
        to.textContent = label ?? title;
        if (lang) to.lang = lang;
        to.tabIndex = -1;
        line.append(...(i > 0 ? [', ', to] : [to]));
      });
    }
    const link = add('a', 'tl-card-link', words.openEvent) as HTMLAnchorElement;
    link.href = datum.url;
    link.tabIndex = -1;
    card.hidden = false;
    const { left, top } = placeCard(
      element.getBoundingClientRect(),
      frame.getBoundingClientRect(),
      { width: card.offsetWidth, height: card.offsetHeight },
      { width: frame.clientWidth, height: frame.clientHeight },
    );
    card.style.transform = `translate(${left}px, ${top}px)`;
  }

  function hideCard() {
    card.hidden = true;
  }

  function selectEvent(id: string, focus: boolean) {
    current = id;
    state = { ...state, event: id };
    // Bring it into view first: it may be off the plot, or culled (its mark not yet made).
    const mark = layout().marks.find((m) => m.id === id);
    if (mark && ((mark.x0 + mark.x1) / 2 < layout().plot.x0 || (mark.x0 + mark.x1) / 2 > layout().plot.x1)) centre(id, false);
    // Culled or quiet: draw it as a link (the layout stays as it is).
    if (!drawing.isLinked(id)) drawing.draw(layout(), width, id, pointed);
    if (focusable !== id) {
      marks.get(focusable ?? '')?.setAttribute('tabindex', '-1');
      marks.get(id)!.setAttribute('tabindex', '0');
      focusable = id;
    }
    svg.querySelector('.tl-selected')?.classList.remove('tl-selected');
    marks.get(id)!.classList.add('tl-selected');
    drawLineage();
    options.onSelect?.(id);
    const datum = read().byId.get(id)!;
    const title = document.createElement('span');
    title.textContent = datum.title;
    if (datum.lang) title.lang = datum.lang;
    announce.replaceChildren(title, `, ${datum.dateLabel}`);
    if (focus) marks.get(id)!.focus();
    showCard(id);
    writeUrl();
  }

  function onKey(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      hideCard();
      return;
    }
    const { handled, target } = keyTarget(event.key, layout().marks.map((m) => m.id), current);
    if (!handled) return;
    event.preventDefault();
    if (target) selectEvent(target, true);
  }

  function readForm() {
    const threads = [...form.querySelectorAll<HTMLInputElement>('input[name="thread"]:checked')].map((i) => i.value as ThreadId);
    const coreOnly = form.querySelector<HTMLInputElement>('input[name="core"]')!.checked;
    showEveryLink = form.querySelector<HTMLInputElement>('input[name="lineage"]')?.checked ?? false;
    state = { ...state, threads, coreOnly };
    render();
    constrain();
    writeUrl();
  }

  function writeForm() {
    for (const input of form.querySelectorAll<HTMLInputElement>('input[name="thread"]')) {
      input.checked = state.threads.includes(input.value as ThreadId);
    }
    form.querySelector<HTMLInputElement>('input[name="core"]')!.checked = state.coreOnly;
  }

  // Start: controls, behaviours, then the deep link if any.
  root.classList.add('tl-enhanced');
  // Chromium makes a zoomable SVG a tab stop of its own; the marks are the one tab stop.
  svg.setAttribute('tabindex', '-1');
  form.hidden = options.controls === false;
  form.dataset.ready = '';
  writeForm();
  // The build drew every thread, unfiltered and unzoomed, at its width: then there is nothing
  // to redraw, unless the frame turns out to be another width (the resize observer's first call).
  const asBuilt = !state.coreOnly && state.threads.length === THREAD_IDS.length;
  render(asBuilt);
  constrain();
  // When the page is idle, one piece at a time so that none keeps a reader waiting: the
  // events, their layout, then d3-zoom and the card summaries. Each comes at once instead if
  // the reader needs it first.
  const whenIdle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200));
  const prepare = () => {
    // A few hundred events at a time: each slice takes a few milliseconds.
    if (!readEvents(500)) {
      whenIdle(prepare);
      return;
    }
    // Most of the first layout of thousands of events is the browser compiling the layout's
    // code and meeting each event for the first time (its dates read, its label measured):
    // a sixteenth of them, then every event once, a thousand or so at a time, laid out first
    // in slices of their own, take that cost in pieces.
    const { events } = read();
    const parts = Math.max(2, Math.ceil(events.length / 1000));
    const samples =
      events.length >= 1000 ? [events.filter((_, i) => i % 16 === 0), ...Array.from({ length: parts }, (_, part) => events.filter((_, i) => i % parts === part))] : [];
    const next = () => {
      const sample = samples.shift();
      if (sample) layOut(sample);
      else {
        layout();
        whenIdle(() => {
          void loadZoom();
          // An embed's reading mode has cards of its own.
          if (!options.onChoose) void summaries.load();
        });
        return;
      }
      whenIdle(next);
    };
    whenIdle(next);
  };
  whenIdle(prepare);
  for (const type of ['pointerdown', 'wheel', 'touchstart'] as const) frame.addEventListener(type, () => void loadZoom(), { once: true, passive: true });

  form.addEventListener('change', readForm);
  form.addEventListener('click', (event) => {
    const action = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-zoom]')?.dataset.zoom;
    if (action === 'in') void zoomTo(scaledAboutMiddle(transform, 2, layout().plot, MAX_ZOOM));
    if (action === 'out') void zoomTo(scaledAboutMiddle(transform, 0.5, layout().plot, MAX_ZOOM));
    if (action === 'fit') void zoomTo(IDENTITY);
    if (action === 'latest') void zoomTo(latestView());
  });

  svg.addEventListener('keydown', onKey);
  attachCrowds(svg, (span, firstId) => {
    // The crowded weeks' own view when the crowd lies in them; else the crowd, with room either side.
    const focus = focusSegment(axisSegments(read().events, layout().plot.x0, layout().plot.x1), words);
    const inFocus = focus !== undefined && span[0] >= focus.x0 && span[1] <= focus.x1;
    void zoomTo(inFocus ? latestView() : fitRange(span[0] - 24, span[1] + 24)).then(() => selectEvent(firstId, true));
  });
  svg.addEventListener('focusin', (event) => {
    const id = (event.target as Element).closest<SVGAElement>('a.tl-event')?.dataset.id;
    if (id) selectEvent(id, false);
  });
  let hideTimer = 0;
  /** The drawn mark under a pointer event, found in the layout. */
  const markUnder = (event: MouseEvent) => {
    const box = svg.getBoundingClientRect();
    const scale = width / box.width;
    return markAt(layout().marks, (event.clientX - box.left) * scale, (event.clientY - box.top) * scale);
  };
  // A quiet mark has no link of its own until the pointer finds it: then it gets one, under the pointer.
  svg.addEventListener('pointermove', (event) => {
    // Not while dragging: the reader is panning, not pointing.
    if (event.buttons !== 0 || !(event.target as Element).classList.contains('tl-quiet')) return;
    const mark = markUnder(event);
    if (!mark || mark.id === pointed) return;
    pointed = mark.id;
    drawing.draw(layout(), width, current, pointed);
    clearTimeout(hideTimer);
    showCard(mark.id);
  });
  svg.addEventListener('pointerover', (event) => {
    const id = (event.target as Element).closest<SVGAElement>('a.tl-event')?.dataset.id;
    if (id) {
      clearTimeout(hideTimer);
      showCard(id);
    }
  });
  const hideSoon = () => {
    hideTimer = window.setTimeout(() => {
      if (!card.matches(':hover') && !svg.querySelector('a.tl-event:focus')) hideCard();
    }, 300);
  };
  svg.addEventListener('pointerout', hideSoon);
  card.addEventListener('pointerleave', hideSoon);
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hideCard();
  });

  new ResizeObserver(() => {
    const next = frame.clientWidth;
    widthRead = true;
    if (next > 0 && next !== width) {
      width = next;
      render();
      constrain();
    }
  }).observe(frame);

  window.addEventListener('hashchange', () => {
    state = parseTimelineState(location.hash, new Set(read().byId.keys()));
    writeForm();
    render();
    if (state.event) selectEvent(state.event, false);
  });

  const span = options.initial?.span;
  if (span && !location.hash) {
    const { x0, x1 } = layout().plot;
    const base = baseScale(axisSegments(read().events, x0, x1));
    setView(fitRange(base(Date.UTC(span[0], 0, 1)), base(Date.UTC(span[1] + 1, 0, 1))));
  }
  if (state.event) {
    centre(state.event, false);
    render();
    selectEvent(state.event, false);
  }
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

  performance.mark('timeline-interactive');
  return {
    select: (id) => selectEvent(id, false),
    focusMark(id) {
      const inList = root.querySelector<HTMLElement>(`.tl-list a[data-id="${CSS.escape(id)}"]`);
      if (inList && inList.offsetParent !== null) inList.focus();
      else selectEvent(id, true);
    },
    order: () => layout().marks.map((mark) => mark.id),
  };
}
