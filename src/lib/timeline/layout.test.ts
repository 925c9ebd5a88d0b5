import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { layoutTimeline, axisSegments, axisBreaks, focusSegment, labelStyle, METRICS, type MarkLayout } from './layout.ts';
import { estimateTextWidth } from '../text-estimate.ts';
import type { MeasureText } from '../text-width.ts';
import { timelineWords } from '../../i18n/index.ts';
import { toTimelineEvent } from './events.ts';
import { startOf } from '../partial-date.ts';
import { renderTimelineSvg, crowdNamer } from './svg.ts';
import { FIXTURE_EVENTS, FIXTURE_DATA, DEEP_TIME_EVENTS, crowd } from './fixture-events.ts';

const words = timelineWords('en');
/** The build's estimate, for snapshots and everything that is not about widths. */
const measure = estimateTextWidth;
/**
 * For the overlap tests: a width function unlike the estimate (a flat width per character,
 * wider in bold). The layout is given it and checked against it, so a test passes because
 * the layout keeps labels apart by whatever widths it is told, not because of one guess.
 */
const wide: MeasureText = (text, style) => text.length * style.fontSize * (style.bold ? 0.7 : 0.62);

const svgOptions = {
  href: (id: string) => `/events/${id}/`,
  name: (id: string) => `${FIXTURE_DATA.find((d) => d.id === id)!.title}, ${FIXTURE_DATA.find((d) => d.id === id)!.dateLabel}`,
  labelledBy: 'timeline-title',
  crowdName: crowdNamer('en', words.crowd),
};

/** The horizontal extent of a mark and of its label, if shown. */
function extents(mark: MarkLayout, by: MeasureText): [number, number][] {
  const reach = mark.shape === 'dot' ? METRICS.dotRadius : 0;
  const spans: [number, number][] = [[mark.x0 - reach, mark.x1 + reach]];
  if (mark.label.visible) {
    const width = by(mark.label.text, labelStyle(mark.core));
    spans.push(mark.label.anchor === 'start' ? [mark.label.x, mark.label.x + width] : [mark.label.x - width, mark.label.x]);
  }
  return spans;
}

function assertNoLabelOverlaps(marks: MarkLayout[], by: MeasureText) {
  for (const a of marks) {
    for (const b of marks) {
      if (a === b || a.y !== b.y || !a.label.visible || a.culled || b.culled) continue;
      const [labelStart, labelEnd] = extents(a, by)[1]!;
      for (const [start, end] of extents(b, by)) {
        assert.ok(labelEnd <= start || labelStart >= end, `label of ${a.id} overlaps ${b.id}`);
      }
    }
  }
}

describe('layoutTimeline', () => {
  it('gives the same SVG for the same events (snapshot)', (t) => {
    const layout = layoutTimeline(FIXTURE_EVENTS, { words, measure, width: 1000 });
    const svg = renderTimelineSvg(layout, svgOptions);
    assert.equal(renderTimelineSvg(layoutTimeline(FIXTURE_EVENTS, { words, measure, width: 1000 }), svgOptions), svg);
    t.assert.fileSnapshot(svg, new URL('./__snapshots__/fixture-1000.svg', import.meta.url).pathname, { serializers: [(v) => v] });
  });

  it('gives the same SVG zoomed into the dense cluster (snapshot)', (t) => {
    const layout = layoutTimeline(FIXTURE_EVENTS, { words, measure, width: 640, transform: { k: 3, x: -1200 } });
    t.assert.fileSnapshot(renderTimelineSvg(layout, svgOptions), new URL('./__snapshots__/fixture-640-zoomed.svg', import.meta.url).pathname, { serializers: [(v) => v] });
  });

  it('places no label over another label or a mark in its row, at any width or zoom', () => {
    for (const width of [640, 800, 1100, 1600]) {
      for (const transform of [{ k: 1, x: 0 }, { k: 4, x: -2000 }, { k: 40, x: -30000 }]) {
        assertNoLabelOverlaps(layoutTimeline(FIXTURE_EVENTS, { words, measure: wide, width, transform }).marks, wide);
      }
    }
  });

  it('lists the marks in date order, one per visible event', () => {
    const layout = layoutTimeline(FIXTURE_EVENTS, { words, measure, width: 1000 });
    assert.deepEqual(layout.marks.map((m) => m.id), FIXTURE_EVENTS.map((e) => e.id));
  });

  it('puts each thread in its own lane, in the order given', () => {
    const layout = layoutTimeline(FIXTURE_EVENTS, { words, measure, width: 1000 });
    assert.deepEqual(layout.lanes.map((l) => l.thread), Object.keys(words.lanes), 'the lanes in the order the story names its threads');
    for (const mark of layout.marks) {
      const lane = layout.lanes.find((l) => l.thread === mark.thread)!;
      assert.ok(mark.y > lane.y && mark.y < lane.y + lane.height, `${mark.id} sits in the ${mark.thread} lane`);
    }
  });

  it('hides lanes and non-core events when filtered, without moving the axis', () => {
    const all = layoutTimeline(FIXTURE_EVENTS, { words, measure, width: 1000 });
    const filtered = layoutTimeline(FIXTURE_EVENTS, { words, measure, width: 1000, threads: ['politics', 'tunnel'], coreOnly: true });
    assert.deepEqual(filtered.lanes.map((l) => l.thread), ['politics', 'tunnel']);
    assert.deepEqual(filtered.marks.map((m) => m.id), ['post', 'exchange']);
    assert.deepEqual(filtered.ticks, all.ticks);
  });

  it('draws ranges as bars and exact days as dots', () => {
    const marks = layoutTimeline(FIXTURE_EVENTS, { words, measure, width: 1000 }).marks;
    const mark = (id: string) => marks.find((m) => m.id === id)!;
    assert.equal(mark('scheme').shape, 'bar');
    assert.ok(mark('scheme').x1 - mark('scheme').x0 > 20, 'five years is a visible bar');
    assert.equal(mark('post').shape, 'dot');
    assert.equal(mark('post').approximate, false);
  });

  it('draws a date known only to the year as approximate, a bar across the year once zoomed in', () => {
    const far = layoutTimeline(FIXTURE_EVENTS, { words, measure, width: 1000 }).marks.find((m) => m.id === 'gilpin')!;
    assert.equal(far.approximate, true);
    const near = layoutTimeline(FIXTURE_EVENTS, { words, measure, width: 1000, transform: { k: 20, x: -3000 } }).marks.find((m) => m.id === 'gilpin')!;
    assert.equal(near.shape, 'bar');
    assert.equal(near.approximate, true);
  });

  it('ties disputed dates to their event as secondary marks', () => {
    const scheme = layoutTimeline(FIXTURE_EVENTS, { words, measure, width: 1000 }).marks.find((m) => m.id === 'scheme')!;
    assert.equal(scheme.alternatives.length, 3);
    for (const alt of scheme.alternatives) assert.ok(alt.x0 >= scheme.x0 && alt.x0 <= scheme.x1, 'inside the 1902–1907 range');
  });

  it('gives the October 2025 cluster its own stretch of axis after a break', () => {
    const layout = layoutTimeline(FIXTURE_EVENTS, { words, measure, width: 1000 });
    assert.equal(layout.breaks.length, 1);
    const post = layout.marks.find((m) => m.id === 'post')!;
    const exchange = layout.marks.find((m) => m.id === 'exchange')!;
    assert.ok(exchange.x0 - post.x0 >= 15, 'one day apart reads as more than a pixel');
    assert.ok(post.x0 > layout.breaks[0]!);
    assert.match(layout.captions[0]!.text, /^October 2025, by day$/);
    assert.ok(layout.ticks.some((t) => /^\d+ Oct$/.test(t.label)), 'the detail is labelled by day');
    assert.ok(layout.ticks.some((t) => t.label === '1900'), 'the history is labelled by year');
  });

  it('gives a dense cluster followed by months of later events a stretch each', () => {
    const later = [
      ...FIXTURE_DATA,
      { ...FIXTURE_DATA[0]!, end: undefined, id: 'november', start: '2025-11-04', title: 'A November interview' },
      { ...FIXTURE_DATA[0]!, end: undefined, id: 'february', start: '2026-02-18', title: 'A February report' },
      { ...FIXTURE_DATA[0]!, end: undefined, id: 'june', start: '2026-06', title: 'A June forum' },
    ].map(toTimelineEvent);
    const layout = layoutTimeline(later, { words, measure, width: 1000 });
    assert.equal(layout.breaks.length, 2);
    const x = (id: string) => layout.marks.find((m) => m.id === id)!.x0;
    assert.ok(x('exchange') - x('post') >= 15, 'the crowded days are still read by day');
    assert.ok(x('post') > layout.breaks[0]! && x('post') < layout.breaks[1]!, 'the cluster sits between the breaks');
    assert.ok(x('november') > layout.breaks[1]! && x('june') > x('february') + 20, 'the later months have room of their own');
    assert.deepEqual(layout.captions.map((c) => c.text), ['October 2025, by day', '2025–2026']);
    assert.deepEqual(layoutTimeline(later, { words, measure, width: 1600 }).captions.map((c) => c.text), ['October 2025, by day', 'November 2025 – June 2026']);
    const focus = focusSegment(axisSegments(later, 136, 984), words);
    assert.equal(focus?.label, 'October 2025');
  });

  it('labels everything after the last year of a chronology that ends in 1999', () => {
    const old = FIXTURE_DATA.filter((d) => d.start < '1999').map(toTimelineEvent);
    const layout = layoutTimeline(old, { words, measure, width: 1000 });
    assert.equal(layout.breaks.length, 0);
    assert.equal(focusSegment(axisSegments(old, 136, 984), words), undefined, 'no view to jump to a crowded stretch');
    assert.ok(layout.ticks.every((t) => !/20[1-9]\d|2025/.test(t.label)), 'no tick after the chronology');
  });

  it('runs no label through a date line or diamond in its row, its own or another event’s', () => {
    const dated = [
      ...FIXTURE_DATA,
      { ...FIXTURE_DATA[0]!, end: undefined, id: 'sketch', start: '1963', thread: 'bridge' as const, title: 'A sketch made public much later', alternatives: [{ start: '2025-10-16', firm: true }] },
    ].map(toTimelineEvent);
    for (const w of [640, 1000, 1600]) {
      for (const transform of [{ k: 1, x: 0 }, { k: 3, x: -w * 1.2 }]) {
        const { marks } = layoutTimeline(dated, { words, measure: wide, width: w, transform });
        const width = (mark: MarkLayout) => wide(mark.label.text, labelStyle(mark.core));
        for (const owner of marks) {
          if (owner.alternatives.length === 0) continue;
          const xs = owner.alternatives.map((a) => a.x0);
          // The dotted line runs from the mark's start to each diamond (svg.ts draws it so).
          const line: [number, number] = [Math.min(owner.x0, ...xs) - 5, Math.max(owner.x0, ...xs) + 5];
          for (const other of marks.filter((m) => m.y === owner.y && m.label.visible)) {
            const span = other.label.anchor === 'start' ? [other.label.x, other.label.x + width(other)] : [other.label.x - width(other), other.label.x];
            const crosses = span[0]! < line[1] && span[1]! > line[0];
            assert.ok(!crosses, `"${other.label.text}" crosses the date line of ${owner.id} at ${w} px, k=${transform.k}`);
          }
        }
      }
    }
  });

  it('shortens or hides a label that a later event’s date line reaches back over, when the rows are full', () => {
    // A later event whose other date lies before it: its dotted line runs back left, over
    // whatever labels the full rows already hold (Errol Musk spoke on 17 and 29 October).
    const reaching = [
      ...FIXTURE_DATA,
      { ...FIXTURE_DATA[0]!, end: undefined, id: 'echo', start: '2025-10-29', thread: 'politics' as const, title: 'A later echo of the first reply', alternatives: [{ start: '2025-10-17', firm: true }] },
    ].map(toTimelineEvent);
    let drawn = 0;
    for (const w of [640, 1000, 1280]) {
      for (const transform of [{ k: 1, x: 0 }, { k: 4, x: -w * 3 }]) {
        const { marks } = layoutTimeline(reaching, { words, measure: wide, width: w, transform });
        const echo = marks.find((m) => m.id === 'echo')!;
        // Culled (lost among the others at this zoom), it draws no line to run over.
        if (echo.culled) continue;
        drawn++;
        const line: [number, number] = [Math.min(echo.x0, ...echo.alternatives.map((a) => a.x0)) - 6, echo.x1 + 6];
        for (const other of marks.filter((m) => m.y === echo.y && m.id !== 'echo' && m.label.visible)) {
          const [start, end] = extents(other, wide)[1]!;
          assert.ok(end <= line[0] || start >= line[1], `"${other.label.text}" runs over the echo's date line at ${w} px, k=${transform.k}`);
        }
      }
    }
    assert.ok(drawn >= 3, 'the echo is drawn in most of these states');
  });

  it('never prints one tick label over another, where the stretches meet or anywhere else', () => {
    const later = [...FIXTURE_DATA, { ...FIXTURE_DATA[0]!, end: undefined, id: 'june', start: '2026-06', title: 'A June forum' }].map(toTimelineEvent);
    const half = (label: string) => wide(label, labelStyle(false)) / 2;
    for (const width of [640, 760, 1000, 1280, 1920]) {
      for (const transform of [{ k: 1, x: 0 }, { k: 2, x: -width * 0.6 }, { k: 6, x: -width * 4.2 }]) {
        const ticks = layoutTimeline(later, { words, measure: wide, width, transform }).ticks;
        for (let i = 1; i < ticks.length; i++) {
          const [a, b] = [ticks[i - 1]!, ticks[i]!];
          assert.ok(b.x - half(b.label) >= a.x + half(a.label), `"${a.label}" and "${b.label}" overlap at ${width} px, k=${transform.k}`);
        }
      }
    }
  });

  it('keeps one linear axis when the events are not crowded at the end', () => {
    const spread = FIXTURE_EVENTS.filter((e) => e.start.year < 2025);
    assert.equal(axisSegments(spread, 0, 1000).length, 1);
  });

  it('stacks a dense cluster into rows and shortens or hides labels rather than overlap them', () => {
    const layout = layoutTimeline(FIXTURE_EVENTS, { words, measure, width: 640 });
    const politics = layout.marks.filter((m) => m.thread === 'politics');
    const rows = new Set(politics.map((m) => m.y)).size;
    // Every row, and one more only where a core event's label holds room a mark needs.
    assert.ok(rows >= METRICS.maxRows && rows <= METRICS.maxRows + 1, `uses every row (${rows})`);
    assert.ok(politics.some((m) => !m.label.visible || m.label.text.endsWith('…')));
  });

  /** A core event among lesser ones a day apart, all in one lane: the core label competes with theirs. */
  const cluster = (coreAt: number) =>
    Array.from({ length: 9 }, (_, i) =>
      toTimelineEvent({
        id: `2025-10-${String(10 + i).padStart(2, '0')}-e`,
        title: i === coreAt ? 'A core event whose headline is long enough to compete for room' : `A lesser event on day ${10 + i} with a headline of its own`,
        dateLabel: '',
        start: `2025-10-${String(10 + i).padStart(2, '0')}`,
        thread: 'politics',
        core: i === coreAt,
        alternatives: [],
        url: '',
      }),
    );

  for (const coreAt of [0, 4, 8]) {
    it(`names a core event at fit though lesser events crowd it (core event ${coreAt + 1} of 9), and draws every mark`, () => {
      for (const width of [640, 1024, 1920]) {
        const events = [...FIXTURE_EVENTS.filter((e) => e.start.year < 2000), ...cluster(coreAt)];
        const { marks } = layoutTimeline(events, { words, measure: wide, width });
        const core = marks.find((m) => m.core && m.id.endsWith('-e'))!;
        assert.ok(core.label.visible, `${width} px: the core label is drawn`);
        assert.ok(core.label.text.replace('…', '').length >= 12, `${width} px: the core label keeps its first words ("${core.label.text}")`);
        assert.deepEqual(marks.filter((m) => m.culled).map((m) => m.id), [], `${width} px: no mark lost`);
        assertNoLabelOverlaps(marks.filter((m) => m.thread === 'politics'), wide);
      }
    });
  }
});

describe('a crowded timeline', () => {
  const events = crowd(2000);
  const reach = (m: MarkLayout) => (m.shape === 'dot' ? METRICS.dotRadius : 0);
  const shapeEnd = (m: MarkLayout) => Math.max(m.x1 + reach(m), ...m.alternatives.map((a) => a.x0 + 6));

  it('draws no mark over another in its row, and leaves out only the marks that would be', () => {
    for (const transform of [{ k: 1, x: 0 }, { k: 8, x: -4000 }]) {
      const { marks, plot } = layoutTimeline(events, { words, measure: wide, width: 1280, transform });
      const drawn = marks.filter((m) => !m.culled);
      const rows = Map.groupBy(drawn, (m) => m.y);
      for (const row of rows.values()) {
        for (let i = 1; i < row.length; i++) {
          assert.ok(row[i]!.x0 - reach(row[i]!) >= row[i - 1]!.x1 + reach(row[i - 1]!), `${row[i - 1]!.id} and ${row[i]!.id} are drawn one over the other`);
        }
      }
      const inPlot = marks.filter((m) => m.culled && m.x1 >= plot.x0 && m.x0 <= plot.x1);
      assert.ok(inPlot.length > 0, 'the crowd is dense enough to leave some out');
      for (const left of inPlot) {
        const lane = [...rows.values()].filter((row) => row[0]!.thread === left.thread);
        // In every row of its lane, a drawn mark is there already.
        for (const row of lane) assert.ok(row.some((m) => m.x0 - reach(m) <= left.x0 && shapeEnd(m) + 1 > left.x0 - reach(left)), `${left.id} is left out though its row had room`);
      }
    }
  });

  it('leaves out the marks off the plot but keeps every event, in date order, for the keyboard', () => {
    const { marks, plot } = layoutTimeline(events, { words, measure: wide, width: 1280, transform: { k: 20, x: -15000 } });
    assert.equal(marks.length, events.length);
    assert.deepEqual(marks.map((m) => m.id), events.map((e) => e.id));
    for (const mark of marks) {
      if (mark.x1 < plot.x0 - 16 || mark.x0 > plot.x1 + 16) assert.ok(mark.culled && !mark.label.visible, `${mark.id} is off the plot but drawn`);
    }
  });
});


describe('labels at the plot’s edges', () => {
  it('are never cut by the plot: each visible label lies within it, shortened at a word or hidden', () => {
    for (const width of [640, 760, 1000, 1280]) {
      for (const transform of [{ k: 1, x: 0 }, { k: 3, x: -width * 1.2 }, { k: 8, x: -width * 6.5 }, { k: 20, x: -width * 17 }]) {
        const { marks, plot } = layoutTimeline(FIXTURE_EVENTS, { words, measure: wide, width, transform });
        for (const mark of marks.filter((m) => m.label.visible)) {
          const w = wide(mark.label.text, labelStyle(mark.core));
          const [start, end] = mark.label.anchor === 'start' ? [mark.label.x, mark.label.x + w] : [mark.label.x - w, mark.label.x];
          assert.ok(start >= plot.x0 - 0.5 && end <= plot.x1 + 0.5, `"${mark.label.text}" runs past the plot at ${width} px, k=${transform.k}`);
          const full = FIXTURE_EVENTS.find((e) => e.id === mark.id)!;
          const text = full.label ?? full.title;
          const shown = mark.label.text.replace(/…$/, '');
          const next = text[shown.length];
          assert.ok(text.startsWith(shown) && (next === undefined || /[\s,;:–—-]/.test(next)), `"${mark.label.text}" is whole words of "${text}"`);
        }
      }
    }
  });
});

describe('a timeline in deep time', () => {
  const layout = layoutTimeline(DEEP_TIME_EVENTS, { words, measure, width: 1000 });
  it('breaks the axis by orders of magnitude, each stretch read at its own scale', () => {
    const segments = axisSegments(DEEP_TIME_EVENTS, 0, 1000);
    assert.ok(segments.length >= 4 && segments.length <= 7, `${segments.length} stretches`);
    segments.forEach((s, i) => {
      assert.ok(s.x1 - s.x0 > 60, `stretch ${i} is ${s.x1 - s.x0} px`);
      if (i > 0) assert.ok(s.start >= segments[i - 1]!.end && s.x0 > segments[i - 1]!.x1, 'in order, with a break between');
    });
  });
  it('names every event at fit, in date order from left to right', () => {
    for (const mark of layout.marks) assert.ok(mark.label.visible && !mark.culled, `${mark.id} is named`);
    const xs = DEEP_TIME_EVENTS.map((e) => layout.marks.find((m) => m.id === e.id)!.x0);
    assert.deepEqual([...xs].sort((a, b) => a - b), xs);
    assertNoLabelOverlaps(layout.marks, measure);
  });
  it('labels its ticks in years ago, BC and plain years, and never "0"', () => {
    const labels = layout.ticks.map((t) => t.label);
    assert.ok(labels.some((l) => /bn years ago$/.test(l)), labels.join(', '));
    assert.ok(labels.some((l) => / BC$/.test(l)), labels.join(', '));
    assert.ok(labels.some((l) => /^\d{4}$/.test(l)), labels.join(', '));
    assert.ok(!labels.includes('0'));
  });
  it('tells the page how its axis breaks: around crowded weeks, between ages, or not at all', () => {
    assert.equal(axisBreaks(FIXTURE_EVENTS), 'days');
    assert.equal(axisBreaks(DEEP_TIME_EVENTS), 'ages');
    assert.equal(axisBreaks(FIXTURE_EVENTS.slice(0, 4)), undefined);
  });
  it('keeps to years, months and days when the span is under ten thousand years', () => {
    assert.ok(axisSegments(FIXTURE_EVENTS, 0, 1000).every((s) => s.end - s.start < 10_000 * 365.25 * 86_400_000));
  });
});

describe('a deep-time axis, in the cases a review found', () => {
  const event = (id: string, start: string) => toTimelineEvent({ ...FIXTURE_DATA[0]!, id, start, end: undefined, alternatives: [] });
  const span = (segments: { x0: number; x1: number; start: number; end: number }[]) =>
    segments.every((s, i) => s.x1 > s.x0 && s.end > s.start && (i === 0 || (s.x0 > segments[i - 1]!.x1 && s.start >= segments[i - 1]!.end)));

  it('gives every zoomed view of an ordinary story its year ticks', () => {
    const layout = layoutTimeline(FIXTURE_EVENTS, { words, measure, width: 1000, transform: { k: 3, x: -1000 } });
    assert.ok(layout.ticks.length >= 3, layout.ticks.map((t) => t.label).join(', '));
  });
  it('labels neighbouring ticks zoomed far into deep time differently', () => {
    const layout = layoutTimeline(DEEP_TIME_EVENTS, { words, measure, width: 1000, transform: { k: 100, x: -20000 } });
    const labels = layout.ticks.map((t) => t.label);
    assert.equal(new Set(labels).size, labels.length, labels.join(' | '));
  });
  it('keeps its ages apart when one age holds two far-apart events', () => {
    const events = [...DEEP_TIME_EVENTS, event('extra', '-30000000')].sort((a, b) => startOf(a.start) - startOf(b.start));
    const layout = layoutTimeline(events, { words, measure, width: 1000 });
    const x = (id: string) => layout.marks.find((m) => m.id === id)!.x0;
    assert.ok(x('moon') - x('humans') > 200, `the last 300,000 years have ${x('moon') - x('humans')} px`);
  });
  it('still gives crowded weeks at the end of deep time a stretch read by day', () => {
    const events = [event('ice-age', '-10000'), ...FIXTURE_EVENTS];
    assert.equal(axisBreaks(events), 'days');
    assert.ok(focusSegment(axisSegments(events, 136, 984), words));
  });
  it('captions crowded weeks before the common era with their own year', () => {
    const events = ['-509', '-264', '-0044-03-13', '-0044-03-15', '-0044-03-17', '-0044-03-20', '-0027-01-16'].map((start, i) => event(`e${i}`, start));
    assert.equal(focusSegment(axisSegments(events, 136, 984), words)?.label, 'March 44 BC');
  });
  it('never gives an age a negative or backward stretch, even at 320 px', () => {
    const ages = ['-9000000000', '-900000000', '-90000000', '-9000000', '-900000', '-90000', '-9000', '-900', '1990'].map((start, i) => event(`a${i}`, start));
    for (const width of [320, 640, 1000]) assert.ok(span(axisSegments(ages, 136, width - 16)), `at ${width} px`);
  });
});
