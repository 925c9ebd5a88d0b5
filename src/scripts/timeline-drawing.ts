/**
 * The one writer of the enhanced timeline's SVG: given a layout, it moves, relabels, shows
 * and hides the marks the build drew, and redraws the axis and lanes. It writes only the
 * attributes whose values changed (a zoom step mostly moves marks), which keeps a step
 * within a frame. It decides nothing: the layout (src/lib/timeline) does.
 */
import { METRICS, type TimelineLayout } from '../lib/timeline/layout.ts';
import { markParts, renderAxis, renderLanes, diamond, plotAttribute } from '../lib/timeline/svg.ts';

/** Marks more than this far outside the plot are not drawn. */
const OFF_PLOT = 300;

export interface TimelineDrawing {
  /** Draws `layout` at `width`; `keep` (the selected event) is drawn even where it would be culled. Returns the ids drawn. */
  draw(layout: TimelineLayout, width: number, keep: string | undefined): Set<string>;
  /** Every mark's link, by event id. */
  marks: Map<string, SVGAElement>;
}

export function timelineDrawing(svg: SVGSVGElement): TimelineDrawing {
  const marks = new Map([...svg.querySelectorAll<SVGAElement>('a.tl-event')].map((a) => [a.dataset.id!, a]));
  const alternatives = new Map([...svg.querySelectorAll<SVGGElement>('g.tl-alts')].map((g) => [g.dataset.for!, g]));
  // The parts of each mark that move, found once.
  const parts = new Map([...marks].map(([id, a]) => [id, { shape: a.querySelector('.tl-mark')!, label: a.querySelector('.tl-label')! }]));
  const written = new Map<Element, Map<string, string>>();
  const write = (element: Element, name: string, value: string) => {
    let values = written.get(element);
    if (!values) written.set(element, (values = new Map()));
    if (values.get(name) === value) return;
    values.set(name, value);
    element.setAttribute(name, value);
  };

  /** Hides an event's mark and its other dates: left where they were, they would mark the wrong dates. */
  const hide = (id: string) => {
    write(marks.get(id)!, 'display', 'none');
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
    const { x0: left, x1: right } = layout.plot;
    for (const mark of layout.marks) {
      shown.add(mark.id);
      // Off the plot (zoomed past), or lost among others at this zoom: undrawn, unless kept.
      if ((mark.x1 < left - OFF_PLOT || mark.x0 > right + OFF_PLOT || mark.culled) && mark.id !== keep) {
        hide(mark.id);
        continue;
      }
      const element = marks.get(mark.id)!;
      const { shape, label } = parts.get(mark.id)!;
      const next = markParts(mark);
      write(element, 'display', 'inline');
      write(element, 'transform', next.transform);
      for (const [name, value] of Object.entries(next.shape)) write(shape, name, value);
      write(label, 'x', next.labelX);
      write(label, 'text-anchor', mark.label.anchor);
      write(label, 'visibility', mark.label.visible ? 'visible' : 'hidden');
      if (label.textContent !== mark.label.text) label.textContent = mark.label.text;
      const group = alternatives.get(mark.id);
      if (group) {
        write(group, 'display', 'inline');
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
