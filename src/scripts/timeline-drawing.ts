/**
 * The one writer of the enhanced timeline's SVG: given a layout, it moves, relabels, shows
 * and hides the marks the build drew, redraws the quiet marks of a crowded timeline
 * (src/lib/timeline/quiet-marks.ts), the axis and the lanes; it also moves the tab stop,
 * marks the selection and the moving view, and draws the lineage arcs. It writes only the attributes
 * whose values changed (a zoom step mostly moves marks), which keeps a step within a
 * frame. It decides nothing: the layout (src/lib/timeline) does.
 */
import { METRICS, type MarkLayout, type TimelineLayout } from '../lib/timeline/layout.ts';
import { isQuiet, quietPaths } from '../lib/timeline/quiet-marks.ts';
import { markParts, renderAxis, renderCrowds, renderLanes, renderMark, renderLabel, renderAlternatives, diamond, plotAttribute, type SvgOptions } from '../lib/timeline/svg.ts';

export interface TimelineDrawing {
  /**
   * Draws `layout` at `width`. `keep` (the selected event) is drawn as a link even where it
   * would be culled or quiet, and `pointed` (the mark under the pointer) as a link where it
   * would be quiet.
   */
  draw(layout: TimelineLayout, width: number, keep: string | undefined, pointed?: string): void;
  /** Whether the event's mark is on show as a link. */
  isLinked(id: string): boolean;
  /** Every mark's link made so far, by event id. */
  marks: Map<string, SVGAElement>;
  /** Makes the event's mark the timeline's one tab stop. */
  tabStop(id: string | undefined): void;
  /** Marks the selected event. */
  select(id: string): void;
  /** Drops quiet marks' outlines while the view moves, until it has rested for 200 ms. */
  moving(): void;
  /** Draws the lineage arcs (behind marks and labels). */
  drawLineage(arcs: readonly { d: string; from: string; to: string }[]): void;
}

/**
 * `links` makes the marks the build left out (culled at its width, or quiet): the drawing
 * adds each link the first time it is drawn, so a page of thousands of events carries only
 * the links that show. `crowded`: the build drew this timeline crowded, its unlabelled
 * marks quiet, and so does the browser. A crowd's control, which the build drew as a count
 * only, the drawing makes a button (named by `crowdName`).
 */
export function timelineDrawing(svg: SVGSVGElement, links: Pick<SvgOptions, 'href' | 'name' | 'newTab' | 'crowdName'>, crowded: boolean): TimelineDrawing {
  const marks = new Map([...svg.querySelectorAll<SVGAElement>('a.tl-event')].map((a) => [a.dataset.id!, a]));
  const alternatives = new Map([...svg.querySelectorAll<SVGGElement>('g.tl-alts')].map((g) => [g.dataset.for!, g]));
  const markLayer = svg.querySelector('.tl-marks')!;
  const alternativeLayer = svg.querySelector('.tl-alts-layer')!;
  const quietLayer = svg.querySelector('.tl-quiet-layer')!;
  const crowdLayer = svg.querySelector('.tl-crowds')!;
  crowdButtons(crowdLayer);
  // Chromium makes a zoomable SVG a tab stop of its own; the marks are the one tab stop.
  svg.setAttribute('tabindex', '-1');
  /** The marks on show as links: at first, every link the build drew. */
  let linked = new Set(marks.keys());
  // The parts of each mark that move, found once. A mark whose label was hidden has none yet.
  const parts = new Map<string, { shape: Element; label: Element | null }>();
  const partsOf = (id: string, element: Element) => {
    let found = parts.get(id);
    if (!found) parts.set(id, (found = { shape: element.querySelector('.tl-mark')!, label: element.querySelector('.tl-label') }));
    return found;
  };

  /**
   * Makes what the build did not draw, from the layout, all in one parse: a zoom that
   * uncovers hundreds of marks then costs one insertion, not hundreds.
   */
  const makeLinks = (missing: MarkLayout[], keep: string | undefined) => {
    if (missing.length === 0) return;
    markLayer.insertAdjacentHTML('beforeend', missing.map((mark) => renderMark(mark, links)).join(''));
    const made = [...markLayer.children].slice(-missing.length) as SVGAElement[];
    missing.forEach((mark, i) => {
      // One tab stop for the whole timeline, the kept (selected) mark: the page's script moves it.
      made[i]!.setAttribute('tabindex', mark.id === keep ? '0' : '-1');
      marks.set(mark.id, made[i]!);
    });
  };
  const makeAlternatives = (missing: MarkLayout[]) => {
    if (missing.length === 0) return;
    alternativeLayer.insertAdjacentHTML('beforeend', missing.map(renderAlternatives).join(''));
    const made = [...alternativeLayer.children].slice(-missing.length) as SVGGElement[];
    missing.forEach((mark, i) => alternatives.set(mark.id, made[i]!));
  };

  const { write, replaceMarkup } = attributeWriter();

  /** Moves and relabels a mark's link. */
  const drawLink = (mark: MarkLayout, next: ReturnType<typeof markParts>) => {
    const element = marks.get(mark.id)!;
    const found = partsOf(mark.id, element);
    write(element, 'display', null);
    write(element, 'transform', next.transform);
    for (const [name, value] of Object.entries(next.shape)) write(found.shape, name, value);
    if (mark.label.visible && !found.label) {
      element.insertAdjacentHTML('beforeend', renderLabel(next.labelX, mark.label.anchor, mark.label.text));
      found.label = element.lastElementChild!;
    } else if (found.label) {
      const { label } = found;
      write(label, 'x', next.labelX);
      write(label, 'text-anchor', mark.label.anchor);
      write(label, 'visibility', mark.label.visible ? null : 'hidden');
      if (mark.label.visible && label.textContent !== mark.label.text) label.textContent = mark.label.text;
    }
  };

  const drawAlternatives = alternativesDrawer(write);
  const drawQuiet = quietDrawer(quietLayer, write);

  function draw(layout: TimelineLayout, width: number, keep: string | undefined, pointed?: string): void {
    svg.setAttribute('viewBox', `0 0 ${width} ${layout.height}`);
    svg.setAttribute('data-plot', plotAttribute(layout));
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(layout.height));
    // Rewritten only when they change: the lanes stay put through a zoom.
    replaceMarkup(svg.querySelector('.tl-lanes')!, renderLanes(layout));
    replaceMarkup(svg.querySelector('.tl-axis')!, renderAxis(layout));
    replaceMarkup(crowdLayer, renderCrowds(layout, links.crowdName, true));
    const clip = svg.querySelector('.tl-clip-rect')!;
    clip.setAttribute('width', String(layout.plot.x1 - layout.plot.x0 + 8 + METRICS.right));
    clip.setAttribute('height', String(layout.height));

    const loud = (id: string) => !crowded || id === keep || id === pointed;
    // Off the plot (zoomed past), or lost among others at this zoom: undrawn, unless kept.
    const drawn = layout.marks.filter((mark) => !mark.culled || mark.id === keep);
    const asLinks = drawn.filter((mark) => !isQuiet(mark, loud) || mark.id === keep);
    const withDates = drawn.filter((mark) => mark.alternatives.length > 0);
    makeLinks(asLinks.filter((mark) => !marks.has(mark.id)), keep);
    makeAlternatives(withDates.filter((mark) => !alternatives.has(mark.id)));

    const nowLinked = new Set<string>();
    for (const mark of asLinks) {
      drawLink(mark, markParts(mark));
      nowLinked.add(mark.id);
    }
    for (const mark of withDates) drawAlternatives(alternatives.get(mark.id)!, markParts(mark));
    // Hidden where they were, they would mark the wrong dates.
    for (const [id, element] of marks) if (!nowLinked.has(id)) write(element, 'display', 'none');
    const dated = new Set(withDates.map((mark) => mark.id));
    for (const [id, group] of alternatives) if (!dated.has(id)) write(group, 'display', 'none');
    drawQuiet(quietPaths(layout.marks, (id) => loud(id) || nowLinked.has(id)));
    linked = nowLinked;
  }

  return { draw, marks, isLinked: (id) => linked.has(id), ...markings(svg, marks) };
}

/** The build's crowd controls, drawn as counts only, made buttons now (there may be no redraw). */
function crowdButtons(crowdLayer: Element) {
  for (const crowd of crowdLayer.querySelectorAll<SVGGElement>('.tl-crowd[data-name]')) {
    crowd.removeAttribute('aria-hidden');
    Object.entries({ role: 'button', tabindex: '0', 'aria-label': crowd.dataset.name! }).forEach(([name, value]) => crowd.setAttribute(name, value));
    crowd.removeAttribute('data-name');
  }
}

/** Writes attributes and markup only where they change: an unchanged attribute costs no restyle. */
function attributeWriter() {
  const written = new Map<Element, Map<string, string | null>>();
  /** Sets an attribute (or removes it, for null) unless it already has that value. */
  const write = (element: Element, name: string, value: string | null) => {
    let values = written.get(element);
    if (!values) written.set(element, (values = new Map()));
    // Not written yet: the build may have drawn it so already, and an unchanged attribute costs no restyle.
    const now = values.has(name) ? values.get(name) : element.getAttribute(name);
    values.set(name, value);
    if (now === value) return;
    if (value === null) element.removeAttribute(name);
    else element.setAttribute(name, value);
  };
  const markup = new Map<Element, string>();
  /** Replaces an element's content with `next` unless it is what was written there last. */
  const replaceMarkup = (element: Element, next: string) => {
    if (markup.get(element) === next) return;
    element.innerHTML = next;
    markup.set(element, next);
  };
  return { write, replaceMarkup };
}

/** Draws a crowded timeline's quiet marks as one path per class. */
function quietDrawer(quietLayer: Element, write: ReturnType<typeof attributeWriter>['write']) {
  /** The quiet paths by their classes: each kept, its shapes rewritten, rather than the layer parsed again each step. */
  const quietByClass = new Map([...quietLayer.querySelectorAll<SVGPathElement>('.tl-quiet')].map((path) => [path.getAttribute('class')!, path]));
  return (paths: { className: string; d: string }[]) => {
    const drawnClasses = new Set<string>();
    for (const { className, d } of paths) {
      let path = quietByClass.get(className);
      if (!path) {
        path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
        path.setAttribute('class', className);
        quietLayer.append(path);
        quietByClass.set(className, path);
      }
      write(path, 'd', d);
      write(path, 'display', null);
      drawnClasses.add(className);
    }
    for (const [name, path] of quietByClass) if (!drawnClasses.has(name)) write(path, 'display', 'none');
  };
}

/** The tab stop, the selection's outline, the moving view's style and the lineage arcs. */
function markings(svg: SVGSVGElement, marks: Map<string, SVGAElement>) {
  /** The mark whose tabindex is 0; undefined until the first call, which sets every mark's. */
  let tabStopId: string | undefined;
  let tabStopSet = false;
  function tabStop(id: string | undefined) {
    if (tabStopSet && id === tabStopId) return;
    // The build's links are tab stops each: the first call makes every other mark -1.
    if (!tabStopSet) for (const [other, element] of marks) element.setAttribute('tabindex', other === id ? '0' : '-1');
    else {
      marks.get(tabStopId ?? '')?.setAttribute('tabindex', '-1');
      if (id !== undefined) marks.get(id)?.setAttribute('tabindex', '0');
    }
    tabStopId = id;
    tabStopSet = true;
  }

  function select(id: string) {
    svg.querySelector('.tl-selected')?.classList.remove('tl-selected');
    marks.get(id)!.classList.add('tl-selected');
  }

  /**
   * Stroking thousands of quiet marks on every step made about one frame in twelve miss its
   * vsync at 5,000 events; they get their outlines back once the view rests.
   */
  let restTimer = 0;
  function moving() {
    svg.classList.add('tl-moving');
    clearTimeout(restTimer);
    restTimer = window.setTimeout(() => svg.classList.remove('tl-moving'), 200);
  }

  const lineageLayer = svg.querySelector<SVGGElement>('.tl-lineage')!;
  function drawLineage(arcs: readonly { d: string; from: string; to: string }[]) {
    const next = arcs.map((arc) => `<path class="lineage-arc" d="${arc.d}" data-from="${arc.from}" data-to="${arc.to}"/>`).join('');
    if (lineageLayer.innerHTML !== next) lineageLayer.innerHTML = next;
  }
  return { tabStop, select, moving, drawLineage };
}

/** Moves the diamonds of a mark's other dates, and their dotted lines, with the mark. */
function alternativesDrawer(write: ReturnType<typeof attributeWriter>['write']) {
  /** Each group's diamonds and dotted lines, found once. */
  const datesOf = new Map<SVGGElement, { diamonds: NodeListOf<Element>; lines: NodeListOf<Element> }>();
  /** Moves the diamonds of a mark's other dates with it. */
  return (group: SVGGElement, next: ReturnType<typeof markParts>) => {
    write(group, 'display', null);
    write(group, 'transform', next.transform);
    let dates = datesOf.get(group);
    if (!dates) datesOf.set(group, (dates = { diamonds: group.querySelectorAll('.tl-alt'), lines: group.querySelectorAll('.tl-alt-link') }));
    dates.diamonds.forEach((alt, i) => {
      write(alt, 'd', diamond(next.alternatives[i]!));
      write(dates.lines[i]!, 'x2', next.alternatives[i]!);
    });
  };
}
