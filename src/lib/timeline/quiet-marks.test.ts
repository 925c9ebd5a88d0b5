import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { layoutTimeline, type MarkLayout } from './layout.ts';
import { estimateTextWidth } from '../text-estimate.ts';
import { timelineWords } from '../../i18n/index.ts';
import { renderTimelineSvg, crowdNamer } from './svg.ts';
import { quietPaths, markPath, markAt, isCrowded } from './quiet-marks.ts';
import { FIXTURE_EVENTS, crowd } from './fixture-events.ts';

const words = timelineWords('en');
const options = { href: (id: string) => `/events/${id}/`, name: (id: string) => id, labelledBy: 'title', crowdName: crowdNamer('en', timelineWords('en').crowd) };
const layout = layoutTimeline(crowd(2000), { words, measure: estimateTextWidth, width: 1116 });
const drawn = layout.marks.filter((mark) => !mark.culled);
const subpaths = (d: string) => d.split('M').length - 1;

describe('quiet marks', () => {
  it('on a crowded timeline, the build links only the labelled marks and the first, and draws the rest in a path per style', () => {
    assert.ok(isCrowded(layout));
    const svg = renderTimelineSvg(layout, options);
    const linked = [...svg.matchAll(/<a class="tl-event[^"]*"[^>]* data-id="([^"]+)"/g)].map((m) => m[1]);
    const expected = drawn.filter((mark) => mark.label.visible || mark.id === layout.marks[0]!.id).map((mark) => mark.id);
    assert.deepEqual(linked, expected);
    const shapes = [...svg.matchAll(/<path class="tl-quiet [^"]*" d="([^"]*)"/g)].reduce((n, m) => n + subpaths(m[1]!), 0);
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
    assert.equal(paths.reduce((n, p) => n + subpaths(p.d), 0), quiet.length);
    for (const path of paths) assert.ok(path.className.startsWith('tl-quiet thread-'));
  });

  it('draws a dot as a circle and a bar as a rounded bar, where the mark stands', () => {
    const dot: MarkLayout = { ...drawn[0]!, shape: 'dot', core: false, x0: 100, x1: 100, y: 50 };
    assert.equal(markPath(dot), 'M95 50a5 5 0 1 0 10 0a5 5 0 1 0 -10 0z');
    const bar: MarkLayout = { ...dot, shape: 'bar', x0: 100, x1: 130 };
    assert.equal(markPath(bar), 'M104 44h22a4 4 0 0 1 4 4v4a4 4 0 0 1 -4 4h-22a4 4 0 0 1 -4 -4v-4a4 4 0 0 1 4 -4z');
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
