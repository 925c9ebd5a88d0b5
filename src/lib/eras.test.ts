import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eraOf, eraProblems, wordCount, readingMinutes } from './eras.ts';
import { toPartialDate } from './partial-date.ts';

const era = (id: string, start: string, end?: string) => ({ id, start: toPartialDate(start), end: end === undefined ? undefined : toPartialDate(end) });
const ERAS = [era('railways', '1857', '1917'), era('cold-war', '1918', '1990'), era('now', '1991')];

describe('eraOf', () => {
  it('places an event in the era its start falls in, whatever its precision', () => {
    assert.equal(eraOf(ERAS, toPartialDate('1904'))?.id, 'railways');
    assert.equal(eraOf(ERAS, toPartialDate('1917-12-31'))?.id, 'railways', 'the last day of an era is in it');
    assert.equal(eraOf(ERAS, toPartialDate('1918-01'))?.id, 'cold-war');
    assert.equal(eraOf(ERAS, toPartialDate('2026-06'))?.id, 'now', 'an open-ended era runs on');
  });
  it('finds no era for an event before the first', () => {
    assert.equal(eraOf(ERAS, toPartialDate('1850')), undefined);
  });
  it('finds no era in a gap between eras', () => {
    assert.equal(eraOf([era('a', '1857', '1900'), era('b', '1950')], toPartialDate('1920')), undefined);
  });
});

describe('eraProblems', () => {
  it('accepts eras that follow one another', () => {
    assert.deepEqual(eraProblems(ERAS), []);
  });
  it('names an era that overlaps the next, or runs on while another follows', () => {
    assert.deepEqual(eraProblems([era('a', '1857', '1920'), era('b', '1918')]), [['a', 'overlaps "b"']]);
    assert.deepEqual(eraProblems([era('a', '1857'), era('b', '1918')]), [['a', 'overlaps "b"']]);
  });
  it('names an era that ends before it starts', () => {
    assert.deepEqual(eraProblems([era('a', '1900', '1899')]), [['a', 'ends before it starts']]);
  });
});

describe('reading time', () => {
  it('counts words, not markup or citations', () => {
    assert.equal(wordCount('On 16 October 2025 he posted. <Cite ids="S01 S02" /> **Bold** [link](#x)'), 8);
  });
  it('reads 230 words a minute, never less than a minute', () => {
    assert.equal(readingMinutes(100), 1);
    assert.equal(readingMinutes(2300), 10);
  });
});
