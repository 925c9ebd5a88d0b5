import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sortChronologically, neighbours, compareSourceIds } from './chronology.ts';
import { toPartialDate as d } from './partial-date.ts';

const event = (id: string, start: string, end?: string) => ({ id, start: d(start), end: end ? d(end) : undefined });

describe('sortChronologically', () => {
  it('puts events in date order whatever order they come in', () => {
    const sorted = sortChronologically([
      event('dmitriev', '2025-10-16'),
      event('gilpin', '1890'),
      event('zelensky', '2025-10-17'),
      event('tkm', '2007-04-18'),
    ]);
    assert.deepEqual(sorted.map((e) => e.id), ['gilpin', 'tkm', 'dmitriev', 'zelensky']);
  });
  it('puts a range that starts earlier first, even if it ends later', () => {
    const sorted = sortChronologically([event('gilpin', '1890'), event('telegraph', '1857', '1867'), event('transfer', '1867-10-18')]);
    assert.deepEqual(sorted.map((e) => e.id), ['telegraph', 'transfer', 'gilpin']);
  });
  it('breaks ties by the shorter span, then by id, so the order is stable', () => {
    const sorted = sortChronologically([event('b', '2025-10'), event('long', '2025-10', '2025-12'), event('a', '2025-10')]);
    assert.deepEqual(sorted.map((e) => e.id), ['a', 'b', 'long']);
  });
  it('does not change the list it is given', () => {
    const list = [event('b', '1900'), event('a', '1800')];
    sortChronologically(list);
    assert.deepEqual(list.map((e) => e.id), ['b', 'a']);
  });
});

describe('neighbours', () => {
  it('gives the previous and next items, and nothing past the ends', () => {
    assert.deepEqual(neighbours(['a', 'b', 'c'], 1), { previous: 'a', next: 'c' });
    assert.deepEqual(neighbours(['a', 'b', 'c'], 0), { previous: undefined, next: 'b' });
    assert.deepEqual(neighbours(['a', 'b', 'c'], 2), { previous: 'b', next: undefined });
  });
});

describe('compareSourceIds', () => {
  it('orders research ids by number, S before G, with lettered ids after their number', () => {
    const ids = ['G01', 'S118', 'S19b', 'S02', 'G12b', 'S19', 'S20', 'G12'];
    assert.deepEqual([...ids].sort(compareSourceIds), ['S02', 'S19', 'S19b', 'S20', 'S118', 'G01', 'G12', 'G12b']);
  });
});
