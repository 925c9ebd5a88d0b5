import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { layoutTimeline, type MarkLayout } from './layout.ts';
import { estimateTextWidth } from '../text-estimate.ts';
import { timelineWords } from '../../i18n/index.ts';
import { renderTimelineSvg } from './svg.ts';
import { quietPaths, markPath, ringPath, markAt, isCrowded } from './quiet-marks.ts';
import { FIXTURE_EVENTS, crowd } from './fixture-events.ts';

const words = timelineWords('en');
const options = { href: (id: string) => `/events/${id}/`, name: (id: string) => id, labelledBy: 'title' };
const layout = layoutTimeline(crowd(2000), { words, measure: estimateTextWidth, width: 1116 });
const drawn = layout.marks.filter((mark) => !mark.culled);
const subpaths = (d: string) => d.split(/[Mm]/).length - 1;

describe('quiet marks', () => {
  it('on a crowded timeline, the build links only the labelled marks and the first, and draws the rest in a path per style', () => {
    assert.ok(isCrowded(layout));
    const svg = renderTimelineSvg(layout, options);
    const linked = [...svg.matchAll(/<a class="tl-event[^"]*"[^>]* data-id="([^"]+)"/g)].map((m) => m[1]);
    const expected = drawn.filter((mark) => mark.label.visible || mark.id === layout.marks[0]!.id).map((mark) => mark.id);
    assert.deepEqual(linked, expected);
    const shapes = [...svg.matchAll(/<path class="tl-quiet thread-[^"]*" d="([^"]*)"/g)].reduce((n, m) => n + subpaths(m[1]!), 0);
    // Every drawn mark once: as a link or as a shape in a quiet path, never both.
    assert.equal(shapes + linked.length, drawn.length);
    assert.ok(linked.length < drawn.length / 4, 'most marks are quiet');
  });

  it('on a timeline with room for every mark, the build links every mark and draws none quietly', () => {
    const roomy = layoutTimeline(FIXTURE_EVENTS.filter((event) => event.thread !== 'politics'), { words, measure: estimateTextWidth, width: 1000 });
    assert.ok(!isCrowded(roomy));
    const svg = renderTimelineSvg(roomy, options);
    assert.equal((svg.match(/<a class="tl-event/g) ?? []).length, roomy.marks.filter((mark) => !mark.culled).length);
    assert.ok(!svg.includes('tl-quiet '));
  });

  it('groups marks by the classes that style them, and leaves out the loud ones', () => {
    const loud = new Set(drawn.slice(0, 10).map((mark) => mark.id));
    const paths = quietPaths(layout.marks, (id) => loud.has(id));
    assert.equal(new Set(paths.map((p) => p.className)).size, paths.length);
    const quiet = drawn.filter((mark) => !mark.label.visible && !loud.has(mark.id));
    const [edges, shapes] = [paths.filter((p) => p.className.includes('tl-quiet-edge')), paths.filter((p) => !p.className.includes('tl-quiet-edge'))];
    assert.equal(shapes.reduce((n, p) => n + subpaths(p.d), 0), quiet.length);
    for (const path of shapes) assert.ok(path.className.startsWith('tl-quiet thread-'));
    // An outline is a ring: two subpaths, its outer and inner edges.
    const outlined = quiet.filter((mark) => mark.core || mark.approximate);
    assert.ok(outlined.length > 0 && outlined.length < quiet.length);
    assert.equal(edges.reduce((n, p) => n + subpaths(p.d), 0), 2 * outlined.length);
  });

  it('outlines a core mark with a 2 px ring and an approximate one with a 1.5 px ring, centred on its edge, and draws an exact one within its paper-coloured outline', () => {
    const dot: MarkLayout = { ...drawn[0]!, id: 'dot', shape: 'dot', core: false, approximate: false, x0: 100, x1: 100, y: 50 };
    const paths = quietPaths([dot, { ...dot, id: 'core', core: true }, { ...dot, id: 'approximate', approximate: true }], () => false);
    const thread = `thread-${dot.thread}`;
    assert.deepEqual(paths, [
      { className: `tl-quiet ${thread}`, d: 'M95.75 50a4.25 4.25 0 1 0 8.5 0a4.25 4.25 0 1 0 -8.5 0z' },
      // The core dot is 6.5 px: a ring from 5.5 to 7.5 over it.
      { className: `tl-quiet ${thread} tl-core`, d: 'M93.5 50a6.5 6.5 0 1 0 13 0a6.5 6.5 0 1 0 -13 0z' },
      { className: `tl-quiet tl-quiet-edge ${thread} tl-core`, d: 'M92.5 50a7.5 7.5 0 1 0 15 0a7.5 7.5 0 1 0 -15 0zm2 0a5.5 5.5 0 1 0 11 0a5.5 5.5 0 1 0 -11 0z' },
      { className: `tl-quiet ${thread} tl-approx`, d: 'M95 50a5 5 0 1 0 10 0a5 5 0 1 0 -10 0z' },
      { className: `tl-quiet tl-quiet-edge ${thread} tl-approx`, d: 'M94.25 50a5.75 5.75 0 1 0 11.5 0a5.75 5.75 0 1 0 -11.5 0zm1.5 0a4.25 4.25 0 1 0 8.5 0a4.25 4.25 0 1 0 -8.5 0z' },
    ]);
  });

  it('draws a dot as a circle and a bar as a rounded bar, where the mark stands', () => {
    const dot: MarkLayout = { ...drawn[0]!, shape: 'dot', core: false, x0: 100, x1: 100, y: 50 };
    assert.equal(markPath(dot), 'M95 50a5 5 0 1 0 10 0a5 5 0 1 0 -10 0z');
    const bar: MarkLayout = { ...dot, shape: 'bar', x0: 100, x1: 130 };
    assert.equal(markPath(bar), 'M104 44h22a4 4 0 0 1 4 4v4a4 4 0 0 1 -4 4h-22a4 4 0 0 1 -4 -4v-4a4 4 0 0 1 4 -4z');
    // Grown by a pixel on every side: a pixel wider each way, taller each way, its corners rounder.
    assert.equal(markPath(bar, 1), 'M104 43h22a5 5 0 0 1 5 5v4a5 5 0 0 1 -5 5h-22a5 5 0 0 1 -5 -5v-4a5 5 0 0 1 5 -5z');
    // A 2 px ring: the bar grown by 1, then 2 px down, shrunk by 1.
    assert.equal(ringPath(bar, 2), 'M104 43h22a5 5 0 0 1 5 5v4a5 5 0 0 1 -5 5h-22a5 5 0 0 1 -5 -5v-4a5 5 0 0 1 5 -5zm0 2h22a3 3 0 0 1 3 3v4a3 3 0 0 1 -3 3h-22a3 3 0 0 1 -3 -3v-4a3 3 0 0 1 3 -3z');
  });

  it('finds the drawn mark under a point, the nearest when two are in reach, and none in empty space or where a mark was culled', () => {
    const dot = (id: string, x: number, culled = false): MarkLayout => ({ ...drawn[0]!, id, shape: 'dot', core: false, x0: x, x1: x, y: 50, culled });
    const marks = [dot('a', 100), dot('b', 112), dot('hidden', 140, true)];
    assert.equal(markAt(marks, 101, 49)?.id, 'a');
    assert.equal(markAt(marks, 107, 50)?.id, 'b');
    assert.equal(markAt(marks, 100, 62), undefined);
    assert.equal(markAt(marks, 125, 50), undefined);
    assert.equal(markAt(marks, 140, 50), undefined);
  });
});
