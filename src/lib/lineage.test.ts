import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lineageProblems, lineageEdges, type LineageLink } from './lineage.ts';
import { toPartialDate } from './partial-date.ts';

const event = (id: string, start: string) => ({ id, start: toPartialDate(start) });
const byId = new Map([event('railway', '1904'), event('plan', '2007-04-18'), event('tunnel', '2025-10-16')].map((e) => [e.id, e]));
const link = (target: string): LineageLink => ({ event: target, how: 'named it', note: 'n', sources: ['S01'], analysis: false });

describe('lineageProblems', () => {
  it('accepts links back in time to events that exist', () => {
    assert.deepEqual(lineageProblems(byId.get('tunnel')!, [link('railway'), link('plan')], byId), []);
  });
  it('names the field of a link to an unknown event', () => {
    assert.deepEqual(lineageProblems(byId.get('tunnel')!, [link('railway'), link('nowhere')], byId), [['drewOn[1].event', 'unknown event "nowhere" (no content/events/nowhere.mdx)']]);
  });
  it('refuses a link to a later event', () => {
    const [[field, problem]] = lineageProblems(byId.get('plan')!, [link('tunnel')], byId) as [[string, string]];
    assert.equal(field, 'drewOn[0].event');
    assert.match(problem, /comes later than this event/);
  });
  it('refuses a link to itself and the same link twice', () => {
    assert.match(lineageProblems(byId.get('plan')!, [link('plan')], byId)[0]![1], /cannot draw on itself/);
    assert.match(lineageProblems(byId.get('tunnel')!, [link('plan'), link('plan')], byId)[0]![1], /linked twice/);
  });
});

describe('lineageEdges', () => {
  it('lists every link and, for each earlier event, the events that drew on it', () => {
    const { edges, drawnOnBy } = lineageEdges([
      { id: 'plan', drewOn: [link('railway')] },
      { id: 'tunnel', drewOn: [link('railway'), link('plan')] },
    ]);
    assert.equal(edges.length, 3);
    assert.deepEqual(drawnOnBy.get('railway')!.map((e) => e.from), ['plan', 'tunnel']);
    assert.deepEqual(drawnOnBy.get('plan')!.map((e) => e.from), ['tunnel']);
    assert.equal(drawnOnBy.get('tunnel'), undefined);
  });
});
