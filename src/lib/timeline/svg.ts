/**
 * The timeline drawn as an SVG string from its layout: what the build puts in the page,
 * and what the snapshot tests compare. The browser script later moves these same
 * elements (found by class and data-id) when the reader zooms or filters.
 */
import type { TimelineLayout, MarkLayout, Crowd } from './layout.ts';
import { METRICS, crowdText } from './layout.ts';
import { escapeMarkup } from '../escape.ts';
import { dotRadius, isCrowded, quietPaths, shapeClasses } from './quiet-marks.ts';
import { px } from './px.ts';
import { plural, type PluralForms } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';

export interface SvgOptions {
  /** The link for an event. */
  href: (id: string) => string;
  /** Accessible name of each mark: title and date label. */
  name: (id: string) => string;
  /** Id of the element that names the whole timeline. */
  labelledBy: string;
  /** Open the event links in a new tab (an embed: the reader stays in the host's page). */
  newTab?: boolean;
  /** How a screen reader names a crowd's control. */
  crowdName: CrowdName;
}

/**
 * The parts of a mark that move on zoom, relative to its left edge. The shape is always
 * a rounded rect: a dot is a rect as round as it is wide, so zooming from a year's dot
 * to a year's bar only changes attributes.
 */
export function markParts(mark: MarkLayout) {
  const r = dotRadius(mark);
  const shape =
    mark.shape === 'bar'
      ? { x: '0', y: '-6', width: px(mark.x1 - mark.x0), height: '12', rx: '4' }
      : { x: px(-r), y: px(-r), width: px(2 * r), height: px(2 * r), rx: px(r) };
  return {
    transform: `translate(${px(mark.x0)} ${px(mark.y)})`,
    shape,
    labelX: px(mark.label.x - mark.x0),
    alternatives: mark.alternatives.map((alt) => px((alt.x0 + alt.x1) / 2 - mark.x0)),
  };
}

/** A small diamond centred on x: the mark of an alternative date. */
export const diamond = (x: string) => `M${x} -5l5 5-5 5-5-5z`;

/** The plot's left and right edges, "136 1084": labels must stay between them (checked by the end-to-end tests). */
export function plotAttribute(layout: TimelineLayout): string {
  return `${px(layout.plot.x0)} ${px(layout.plot.x1)}`;
}

/** The secondary marks of an event's other dates, on a layer behind every mark and label. */
export function renderAlternatives(mark: MarkLayout): string {
  const parts = markParts(mark);
  const shapes = parts.alternatives
    .map((x, i) => `<line class="tl-alt-link" x1="0" x2="${x}" y1="0" y2="0"/><path class="tl-alt${mark.alternatives[i]!.firm ? ' tl-alt-firm' : ''}" d="${diamond(x)}"/>`)
    .join('');
  return `<g class="tl-alts thread-${mark.thread}" data-for="${escapeMarkup(mark.id)}" transform="${parts.transform}">${shapes}</g>`;
}

/** A mark's label, `x` from the mark's left edge. */
export const renderLabel = (x: string, anchor: string, text: string) =>
  `<text class="tl-label" x="${x}" y="4" text-anchor="${anchor}">${escapeMarkup(text)}</text>`;

/** One mark: a link to its event, named by title and date. The browser adds marks the build culled this way. */
export function renderMark(mark: MarkLayout, options: Pick<SvgOptions, 'href' | 'name' | 'newTab'>): string {
  const parts = markParts(mark);
  const classes = `tl-event ${shapeClasses(mark)}`;
  const { x, y, width, height, rx } = parts.shape;
  // A hidden label is left out: a crowded page is lighter, and the script adds it if it shows.
  const label = mark.label.visible ? renderLabel(parts.labelX, mark.label.anchor, mark.label.text) : '';
  return (
    `<a class="${classes}" href="${escapeMarkup(options.href(mark.id))}"${options.newTab ? ' target="_blank" rel="noopener"' : ''} data-id="${escapeMarkup(mark.id)}" aria-label="${escapeMarkup(options.name(mark.id))}" transform="${parts.transform}">` +
    `<rect class="tl-mark" x="${x}" y="${y}" width="${width}" height="${height}" rx="${rx}"/>${label}</a>`
  );
}

export function renderAxis(layout: TimelineLayout): string {
  const { plot } = layout;
  const ticks = layout.ticks
    .map((tick) => `<g class="tl-tick" transform="translate(${px(tick.x)} 0)"><line y1="${plot.y0 - 6}" y2="${px(plot.y1)}"/><text y="${plot.y0 - 12}">${escapeMarkup(tick.label)}</text></g>`)
    .join('');
  const breaks = layout.breaks
    .filter((x) => x > plot.x0 && x < plot.x1)
    .map((x) => `<g class="tl-break" transform="translate(${px(x)} 0)"><rect x="-6" y="${plot.y0 - 30}" width="12" height="${px(plot.y1 - plot.y0 + 30)}"/><path d="M-3 ${plot.y0 - 2} l6 -6 M-3 ${plot.y0 + 6} l6 -6"/></g>`)
    .join('');
  const captions = layout.captions
    .map((caption) => `<text class="tl-caption" x="${px(caption.x)}" y="12">${escapeMarkup(caption.text)}</text>`)
    .join('');
  return ticks + breaks + captions;
}

/** A crowd's control as a screen reader names it. */
export type CrowdName = (crowd: Pick<Crowd, 'count' | 'dates'>) => string;

/** Names crowds in a language, from its plural forms of the sentence ({n}, {dates}). */
export const crowdNamer =
  (locale: Locale, forms: PluralForms): CrowdName =>
  ({ count, dates }) =>
    plural(locale, count, forms).replace('{dates}', dates);

/**
 * The crowds' controls ("+7"), in the row under the lanes. Drawn at build time they only say
 * how many events there have no label (no script, no zoom: the list under the timeline has
 * them all), carrying their name for the script; `asButtons`, the script's drawing makes
 * each a button that zooms to them.
 */
export function renderCrowds(layout: TimelineLayout, name: CrowdName, asButtons: boolean): string {
  return layout.crowds
    .map((crowd) => {
      const text = crowdText(crowd.count);
      const half = crowd.width / 2;
      const control = asButtons ? ` role="button" tabindex="0" aria-label="${escapeMarkup(name(crowd))}"` : ` aria-hidden="true" data-name="${escapeMarkup(name(crowd))}"`;
      return `<g class="tl-crowd"${control} data-span="${px(crowd.span[0])} ${px(crowd.span[1])}" data-first="${escapeMarkup(crowd.firstId)}" transform="translate(${px(crowd.x)} ${px(crowd.y)})"><rect x="${px(-half)}" y="-9" width="${px(2 * half)}" height="18" rx="9"/><text y="4">${text}</text></g>`;
    })
    .join('');
}

export function renderLanes(layout: TimelineLayout): string {
  return layout.lanes
    .map((lane, i) => `<g class="tl-lane thread-${lane.thread}" data-thread="${lane.thread}" transform="translate(0 ${px(lane.y)})"><rect class="tl-lane-bg${i % 2 ? ' tl-lane-odd' : ''}" x="0" y="0" width="${px(layout.width)}" height="${px(lane.height)}"/><circle class="tl-lane-key" cx="12" cy="${px(lane.height / 2)}" r="5"/><text class="tl-lane-label" x="24" y="${px(lane.height / 2 + 4)}">${escapeMarkup(lane.label)}</text></g>`)
    .join('');
}

/** Quiet marks (src/lib/timeline/quiet-marks.ts): a path per style. */
export function renderQuiet(layout: TimelineLayout, loud: (id: string) => boolean): string {
  return quietPaths(layout.marks, loud)
    .map(({ className, d }) => `<path class="${className}" d="${d}"/>`)
    .join('');
}

/**
 * The whole timeline. Culled marks are left out, and on a crowded timeline so are the links
 * of quiet marks, all but the first event's (the keyboard's way in): the browser adds a
 * mark's link when the reader zooms, points or moves to it.
 */
export function renderTimelineSvg(layout: TimelineLayout, options: SvgOptions): string {
  const { plot } = layout;
  const first = layout.marks[0]?.id;
  const loud = isCrowded(layout) ? (id: string) => id === first : () => true;
  const drawn = layout.marks.filter((mark) => !mark.culled);
  const linked = drawn.filter((mark) => mark.label.visible || loud(mark.id));
  return (
    `<svg class="tl-svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${px(layout.width)} ${px(layout.height)}" width="${px(layout.width)}" height="${px(layout.height)}" data-plot="${plotAttribute(layout)}" role="group" aria-labelledby="${escapeMarkup(options.labelledBy)}">` +
    `<defs><clipPath id="tl-clip"><rect class="tl-clip-rect" x="${px(plot.x0 - 8)}" y="0" width="${px(plot.x1 - plot.x0 + 8 + METRICS.right)}" height="${px(layout.height)}"/></clipPath></defs>` +
    `<g class="tl-lanes" aria-hidden="true">${renderLanes(layout)}</g>` +
    `<g class="tl-axis" aria-hidden="true" clip-path="url(#tl-clip)">${renderAxis(layout)}</g>` +
    // Lineage arcs: drawn by the script when an event is selected, behind every mark and label.
    `<g class="tl-lineage" aria-hidden="true" clip-path="url(#tl-clip)"></g>` +
    `<g class="tl-alts-layer" aria-hidden="true" clip-path="url(#tl-clip)">${drawn.filter((m) => m.alternatives.length > 0).map(renderAlternatives).join('')}</g>` +
    `<g class="tl-quiet-layer" aria-hidden="true" clip-path="url(#tl-clip)">${renderQuiet(layout, loud)}</g>` +
    `<g class="tl-marks" clip-path="url(#tl-clip)">${linked.map((mark) => renderMark(mark, options)).join('')}</g>` +
    `<g class="tl-crowds">${renderCrowds(layout, options.crowdName, false)}</g>` +
    `</svg>`
  );
}
