import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { layoutCostChart, layoutLengthChart, placeLabels, shortDollars, type CostFigure } from './estimates.ts';

const cost = (eventId: string, year: number, amount: number, scope: CostFigure['scope'], extra: Partial<CostFigure> = {}): CostFigure => ({
  eventId, eventTitle: eventId, year, amount, currency: 'USD', scope, label: shortDollars(amount), ...extra,
});

const FIGURES = [
  cost('plan-2007', 2007, 65e9, 'corridor'),
  cost('plan-2007', 2007, 10e9, 'tunnel', { upTo: 12e9 }),
  cost('post-2025', 2025, 65e9, 'tunnel', { claimedBy: 'Kirill Dmitriev' }),
  cost('post-2025', 2025, 8e9, 'tunnel', { claimedBy: 'Kirill Dmitriev' }),
  cost('telegraph', 1905, 65e6, 'tunnel'),
  cost('times', 2011, 60e9, 'project', { currency: 'GBP' }),
];

describe('layoutCostChart', () => {
  it('plots only dollar figures, on a log axis where each power of ten is the same height', () => {
    const chart = layoutCostChart(FIGURES);
    assert.equal(chart.points.length, 5);
    assert.ok(chart.points.every((p) => p.currency === 'USD'));
    const gaps = chart.yTicks.slice(1).map((t, i) => Math.round(chart.yTicks[i]!.y - t.y));
    assert.ok(gaps.every((g) => g === gaps[0]), 'equal decades');
  });
  it('joins the same amount given in different years: the 2007 corridor and Dmitriev’s “traditional” cost', () => {
    const [echo] = layoutCostChart(FIGURES).echoes;
    assert.equal(echo!.from.scope, 'corridor');
    assert.equal(echo!.to.claimedBy, 'Kirill Dmitriev');
    assert.equal(echo!.amount, 65e9);
  });
  it('draws a range as a bar from its low to its high end', () => {
    const range = layoutCostChart(FIGURES).points.find((p) => p.upTo)!;
    assert.ok(range.y < range.y2!, 'the high end is higher on the page');
    assert.equal(range.text, '$10–12 bn');
  });
});

describe('placeLabels', () => {
  it('moves a label aside or down rather than overlap another', () => {
    const placed = placeLabels([{ x: 100, y: 100, text: '$65 bn' }, { x: 102, y: 101, text: '$60 bn' }]);
    const [a, b] = placed;
    assert.ok(a!.anchor !== b!.anchor || Math.abs(a!.labelY - b!.labelY) >= 13);
  });
});

describe('layoutLengthChart', () => {
  it('puts longer crossings higher, from zero', () => {
    const chart = layoutLengthChart([
      { eventId: 'a', eventTitle: 'a', year: 1906, km: 61, of: 'tunnel', label: '38 miles' },
      { eventId: 'b', eventTitle: 'b', year: 2025, km: 112, of: 'tunnel', label: '70 miles' },
    ]);
    assert.ok(chart.points[1]!.y < chart.points[0]!.y);
    assert.equal(chart.yTicks[0]!.label, '0 km');
  });
});

describe('shortDollars', () => {
  it('writes millions and billions briefly', () => {
    assert.equal(shortDollars(65e6), '$65 m');
    assert.equal(shortDollars(8e9), '$8 bn');
    assert.equal(shortDollars(1e9), '$1 bn');
  });
  it('writes a range once, with one unit', () => {
    assert.equal(shortDollars(10e9, 'en', 12e9), '$10–12 bn');
  });
  it('writes Russian amounts the Russian way', () => {
    assert.equal(shortDollars(8e9, 'ru'), '8 млрд $');
    assert.equal(shortDollars(65e6, 'ru'), '65 млн $');
    assert.equal(shortDollars(10e9, 'ru', 12e9), '10–12 млрд $');
    assert.equal(shortDollars(1.5e9, 'ru'), '1,5 млрд $');
  });
});
