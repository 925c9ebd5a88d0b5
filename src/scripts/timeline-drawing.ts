/**
 * The one writer of the enhanced timeline's SVG: given a layout, it moves, relabels, shows
 * and hides the marks the build drew, and redraws the axis and lanes. It writes only the
 * attributes whose values changed (a zoom step mostly moves marks), which keeps a step
 * within a frame. It decides nothing: the layout (src/lib/timeline) does.
 */
import { METRICS, type MarkLayout, type TimelineLayout } from '../lib/timeline/layout.ts';
import { markParts, renderAxis, renderLanes, renderMark, renderAlternatives, diamond, plotAttribute, type SvgOptions } from '../lib/timeline/svg.ts';

export interface TimelineDrawing {
  /** Draws `layout` at `width`; `keep` (the selected event) is drawn even where it would be culled. Returns the ids of the marks laid out. */
  draw(layout: TimelineLayout, width: number, keep: string | undefined): Set<string>;
  /** Every mark's link, by event id. */
  marks: Map<string, SVGAElement>;
}

/**
 * `links` makes the marks the build left out (culled at its width): the drawing adds each
 * the first time the layout draws it, so a page of thousands of events carries only the
 * marks that show.
 */
export function timelineDrawing(svg: SVGSVGElement, links: Pick<SvgOptions, 'href' | 'name' | 'newTab'>): TimelineDrawing {
  const marks = new Map([...svg.querySelectorAll<SVGAElement>('a.tl-event')].map((a) => [a.dataset.id!, a]));
  const alternatives = new Map([...svg.querySelectorAll<SVGGElement>('g.tl-alts')].map((g) => [g.dataset.for!, g]));
  const markLayer = svg.querySelector('.tl-marks')!;
  const alternativeLayer = svg.querySelector('.tl-alts-layer')!;
  // The parts of each mark that move, found once.
  const parts = new Map<string, { shape: Element; label: Element }>();
  const partsOf = (id: string, element: Element) => {
    let found = parts.get(id);
    if (!found) parts.set(id, (found = { shape: element.querySelector('.tl-mark')!, label: element.querySelector('.tl-label')! }));
    return found;
  };
  /** The mark's link, made from the layout if the build did not draw it. */
  const markElement = (mark: MarkLayout, keep: string | undefined) => {
    let element = marks.get(mark.id);
    if (!element) {
      markLayer.insertAdjacentHTML('beforeend', renderMark(mark, links));
      element = markLayer.lastElementChild as SVGAElement;
      // One tab stop for the whole timeline, the kept (selected) mark: the page's script moves it.
      element.setAttribute('tabindex', mark.id === keep ? '0' : '-1');
      marks.set(mark.id, element);
      if (mark.alternatives.length > 0) {
        alternativeLayer.insertAdjacentHTML('beforeend', renderAlternatives(mark));
        alternatives.set(mark.id, alternativeLayer.lastElementChild as SVGGElement);
      }
    }
    return element;
  };
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

  /** Hides an event's mark and its other dates: left where they were, they would mark the wrong dates. */
  const hide = (id: string) => {
    const element = marks.get(id);
    if (element) write(element, 'display', 'none');
    const group = alternatives.get(id);
    if (group) write(group, 'display', 'none');
  };

  function draw(layout: TimelineLayout, width: number, keep: string | undefined): Set<string> {
    svg.setAttribute('viewBox', `0 0 ${width} ${layout.height}`);
    svg.setAttribute('data-plot', plotAttribute(layout));
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(layout.height));
    svg.querySelector('.tl-lanes')!.innerHTML = renderLanes(layout);
    svg.querySelector('.tl-axis')!.innerHTML = renderAxis(layout);
    const clip = svg.querySelector('.tl-clip-rect')!;
    clip.setAttribute('width', String(layout.plot.x1 - layout.plot.x0 + 8 + METRICS.right));
    clip.setAttribute('height', String(layout.height));
    const shown = new Set<string>();
    for (const mark of layout.marks) {
      shown.add(mark.id);
      // Off the plot (zoomed past), or lost among others at this zoom: undrawn, unless kept.
      if (mark.culled && mark.id !== keep) {
        hide(mark.id);
        continue;
      }
      const element = markElement(mark, keep);
      const { shape, label } = partsOf(mark.id, element);
      const next = markParts(mark);
      write(element, 'display', null);
      write(element, 'transform', next.transform);
      for (const [name, value] of Object.entries(next.shape)) write(shape, name, value);
      write(label, 'x', next.labelX);
      write(label, 'text-anchor', mark.label.anchor);
      write(label, 'visibility', mark.label.visible ? 'visible' : 'hidden');
      if (mark.label.visible && label.textContent !== mark.label.text) label.textContent = mark.label.text;
      const group = alternatives.get(mark.id);
      if (group) {
        write(group, 'display', null);
        write(group, 'transform', next.transform);
        const links = group.querySelectorAll('.tl-alt-link');
        group.querySelectorAll('.tl-alt').forEach((alt, i) => {
          write(alt, 'd', diamond(next.alternatives[i]!));
          write(links[i]!, 'x2', next.alternatives[i]!);
        });
      }
    }
    for (const id of marks.keys()) if (!shown.has(id)) hide(id);
    return shown;
  }

  return { draw, marks };
}
