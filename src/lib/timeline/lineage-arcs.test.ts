import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { arcPath, lineageArcs } from './lineage-arcs.ts';
import { timelineWords } from '../../i18n/index.ts';
import { estimateTextWidth } from '../text-estimate.ts';
import { layoutTimeline } from './layout.ts';
import { FIXTURE_EVENTS } from './fixture-events.ts';

const words = timelineWords('en');

/** The highest point (smallest y) of a quadratic "M x0 y0 Q cx cy x1 y1". */
function apex(d: string): number {
  const [, y0, , cy, , y1] = d.match(/-?[\d.]+/g)!.map(Number) as [number, number, number, number, number, number];
  const t = (y0 - cy) / (y0 - 2 * cy + y1);
  const at = (u: number) => (1 - u) ** 2 * y0 + 2 * (1 - u) * u * cy + u ** 2 * y1;
  return Math.min(y0, y1, t > 0 && t < 1 ? at(t) : Infinity);
}

describe('arcPath', () => {
  it('starts and ends on the two marks', () => {
    assert.match(arcPath({ x: 500, y: 120 }, { x: 200, y: 80 }, 44), /^M500 120Q350 -?[\d.]+ 200 80$/);
  });
  it('rises higher the further apart the marks are, but never above the plot', () => {
    const near = apex(arcPath({ x: 500, y: 200 }, { x: 440, y: 200 }, 44));
    const far = apex(arcPath({ x: 900, y: 200 }, { x: 300, y: 200 }, 44));
    assert.ok(far < near, 'the longer link arcs higher');
    assert.ok(Math.abs(near - (200 - 16)) < 0.5, 'a short link still rises 16 px');
    assert.ok(apex(arcPath({ x: 1000, y: 60 }, { x: 100, y: 60 }, 44)) >= 44 - 0.5, 'capped at the plot top');
  });
});

describe('lineageArcs', () => {
  const layout = layoutTimeline(FIXTURE_EVENTS, { words, measure: estimateTextWidth, width: 1000 });
  const edges = [
    { from: 'post', to: 'scheme' },
    { from: 'post', to: 'telegraph' },
    { from: 'exchange', to: 'telegraph' },
  ];
  it('draws every link when none is in focus', () => {
    assert.equal(lineageArcs(layout, edges).length, 3);
  });
  it('draws only the links of the event in focus, both ways', () => {
    assert.deepEqual(lineageArcs(layout, edges, 'telegraph').map((a) => a.from), ['post', 'exchange']);
    assert.deepEqual(lineageArcs(layout, edges, 'post').map((a) => a.to), ['scheme', 'telegraph']);
  });
  it('leaves out a link to an event a filter hides', () => {
    const railwayOnly = layoutTimeline(FIXTURE_EVENTS, { words, measure: estimateTextWidth, width: 1000, threads: ['railway', 'tunnel'] });
    assert.deepEqual(lineageArcs(railwayOnly, edges).map((a) => `${a.from}>${a.to}`), ['post>scheme']);
  });
});
