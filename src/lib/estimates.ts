/**
 * Estimates over time: the reported costs and crossing lengths of each proposal, laid out
 * for two small charts drawn at build time. Costs are nominal, in the currency and year
 * the sources give; only US dollar figures share the log axis (pounds and roubles cannot
 * be plotted on it without a conversion the sources do not make).
 */
import { scaleLinear, scaleLog } from 'd3-scale';
import { formatNumber } from '../i18n/format.ts';
import { strings } from '../i18n/index.ts';
import { estimateTextWidth } from './text-estimate.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import type { CostScope, Currency, LengthKind } from './vocabulary.ts';

export interface CostFigure {
  eventId: string;
  eventTitle: string;
  /** The year of the money. */
  year: number;
  amount: number;
  upTo?: number | undefined;
  currency: Currency;
  scope: CostScope;
  label: string;
  claimedBy?: string | undefined;
}

export interface LengthFigure {
  eventId: string;
  eventTitle: string;
  year: number;
  km: number;
  /** A connecting line is not a crossing, and is not charted. */
  of: Exclude<LengthKind, 'line'>;
  label: string;
  claimedBy?: string | undefined;
}

export interface ChartFrame {
  width: number;
  height: number;
  plot: { x0: number; x1: number; y0: number; y1: number };
  /** Where the year axis changes scale, if it does. */
  xBreak?: number | undefined;
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
}

// Left: room for the widest axis label, "1 000 млрд $".
const MARGIN = { left: 88, right: 150, top: 28, bottom: 36 };

/**
 * The short form of a dollar amount, or range, for an axis or a mark: "$8 bn", "$65 m",
 * "$10–12 bn"; in Russian "8 млрд $", "10–12 млрд $".
 */
export function shortDollars(amount: number, locale: Locale = DEFAULT_LOCALE, upTo?: number): string {
  const words = strings(locale).charts;
  const [divisor, unit] = amount >= 1e9 ? [1e9, words.billion] : amount >= 1e6 ? [1e6, words.million] : [1, ''];
  const number = (value: number) => formatNumber(locale, +(value / divisor).toPrecision(3));
  const figure = upTo === undefined ? number(amount) : `${number(amount)}–${number(upTo)}`;
  return words.dollars(unit ? `${figure} ${unit}` : figure);
}

function frame(width: number, height: number): ChartFrame['plot'] {
  return { x0: MARGIN.left, x1: width - MARGIN.right, y0: MARGIN.top, y1: height - MARGIN.bottom };
}

/**
 * Years to pixels. Almost every figure dates from after 1950, so the decades before it
 * (the 1905–06 figures) get a short stretch of their own, marked as a break.
 */
function yearScale(years: number[], plot: ChartFrame['plot']) {
  const lo = Math.floor(Math.min(...years) / 10) * 10;
  const hi = Math.ceil((Math.max(...years) + 1) / 10) * 10;
  if (lo >= 1950 || hi <= 1950) return { scale: scaleLinear().domain([lo, hi]).range([plot.x0, plot.x1]), ticks: scaleLinear().domain([lo, hi]).ticks(6), breakAt: undefined };
  const split = plot.x0 + (plot.x1 - plot.x0) * 0.12;
  const scale = scaleLinear().domain([lo, 1950, hi]).range([plot.x0, split, plot.x1]);
  const ticks = [lo, ...scaleLinear().domain([1950, hi]).ticks(6).filter((t) => t > 1950)];
  return { scale, ticks, breakAt: split };
}

/** Where a mark's text goes: right of it, or left when that would collide. */
export interface PointLabel {
  text: string;
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end';
}

/** The charts' label size (CSS: .chart { font-size: 12px }). */
const LABEL = { fontSize: 12 };

/** Places short labels beside points, top to bottom, moving one aside or down when it would overlap another. */
export function placeLabels<T extends { x: number; y: number; text: string }>(points: readonly T[]): (T & PointLabel)[] {
  // Every mark is an obstacle from the start, so no label covers a mark.
  const boxes: [number, number, number, number][] = points.map((p) => [p.x - 8, p.x + 8, p.y - 8, p.y + 8]);
  const hits = (x0: number, x1: number, y: number) => boxes.some(([a, b, c, d]) => x0 < b && x1 > a && y - 10 < d && y + 4 > c);
  return [...points]
    .sort((a, b) => a.y - b.y || a.x - b.x)
    .map((p) => {
      const width = estimateTextWidth(p.text, LABEL);
      let labelY = p.y + 4;
      let anchor: 'start' | 'end' = 'start';
      for (let tries = 0; tries < 6; tries++) {
        if (!hits(p.x + 9, p.x + 9 + width, labelY)) { anchor = 'start'; break; }
        if (!hits(p.x - 9 - width, p.x - 9, labelY)) { anchor = 'end'; break; }
        labelY += 13;
      }
      const labelX = anchor === 'start' ? p.x + 9 : p.x - 9;
      boxes.push(anchor === 'start' ? [labelX, labelX + width, labelY - 10, labelY + 4] : [labelX - width, labelX, labelY - 10, labelY + 4]);
      return { ...p, labelX, labelY, anchor };
    });
}

export interface CostChart extends ChartFrame {
  points: (CostFigure & { x: number; y: number; y2?: number | undefined } & PointLabel)[];
  /** Dollar figures for the same amount in different years, joined by a line: one person's "$65B+" for a part and an earlier $65 bn for the whole. */
  echoes: { x0: number; x1: number; y: number; amount: number; from: CostFigure; to: CostFigure }[];
}

export function layoutCostChart(figures: readonly CostFigure[], locale: Locale = DEFAULT_LOCALE, width = 860, height = 440): CostChart {
  const plot = frame(width, height);
  const dollars = figures.filter((f) => f.currency === 'USD');
  const years = yearScale(dollars.map((f) => f.year), plot);
  const x = years.scale;
  const amounts = dollars.flatMap((f) => [f.amount, f.upTo ?? f.amount]);
  const y = scaleLog().domain([10 ** Math.floor(Math.log10(Math.min(...amounts))), 10 ** Math.ceil(Math.log10(Math.max(...amounts)))]).range([plot.y1, plot.y0]);
  const points = placeLabels(
    dollars.map((f) => {
      const top = f.upTo === undefined ? y(f.amount) : y(f.upTo);
      const text = shortDollars(f.amount, locale, f.upTo);
      return { ...f, x: x(f.year), y: top, y2: f.upTo === undefined ? undefined : y(f.amount), text };
    }),
  );
  // A claim that repeats an earlier figure for something else: a tunnel's "$65B+" and an earlier corridor's $65 bn.
  const echoes = dollars.flatMap((from) =>
    dollars
      .filter((to) => to.amount === from.amount && to.year > from.year && to.claimedBy !== undefined && to.scope !== from.scope)
      .map((to) => ({ x0: x(from.year), x1: x(to.year), y: y(from.amount), amount: from.amount, from, to })),
  );
  const [lo, hi] = y.domain() as [number, number];
  const yTicks: ChartFrame['yTicks'] = [];
  for (let v = lo; v <= hi; v *= 10) yTicks.push({ y: y(v), label: shortDollars(v, locale) });
  const xTicks = years.ticks.map((year) => ({ x: x(year), label: String(year) }));
  return { width, height, plot, xBreak: years.breakAt, xTicks, yTicks, points, echoes };
}

export interface LengthChart extends ChartFrame {
  points: (LengthFigure & { x: number; y: number })[];
}

export function layoutLengthChart(figures: readonly LengthFigure[], locale: Locale = DEFAULT_LOCALE, width = 860, height = 320): LengthChart {
  const plot = frame(width, height);
  const years = yearScale(figures.map((f) => f.year), plot);
  const x = years.scale;
  const y = scaleLinear().domain([0, Math.max(...figures.map((f) => f.km))]).nice().range([plot.y1, plot.y0]);
  return {
    width,
    height,
    plot,
    xBreak: years.breakAt,
    xTicks: years.ticks.map((year) => ({ x: x(year), label: String(year) })),
    yTicks: y.ticks(5).map((km) => ({ y: y(km), label: `${formatNumber(locale, km)} ${strings(locale).charts.km}` })),
    points: figures.map((f) => ({ ...f, x: x(f.year), y: y(f.km) })),
  };
}
