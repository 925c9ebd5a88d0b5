import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { yearSpan } from './site.ts';
import { toPartialDate } from './partial-date.ts';

const item = (start: string, end?: string) => ({ start: toPartialDate(start), end: end === undefined ? undefined : toPartialDate(end) });

describe('yearSpan', () => {
  it('runs from the first start to the last end', () => {
    assert.equal(yearSpan([item('1857', '1867'), item('2025-10-16'), item('2026-06')]), '1857–2026');
  });
  it('says 1999 for a chronology that ends in 1999', () => {
    assert.equal(yearSpan([item('1890'), item('1998-03', '1999-02')]), '1890–1999');
  });
  it('gives one year when everything falls in it', () => {
    assert.equal(yearSpan([item('2007-04-18'), item('2007-04-24')]), '2007');
  });
});

describe('yearSpan in deep time', () => {
  it('counts billions of years ago and years BC in the language’s words', () => {
    assert.equal(yearSpan([item('-13800000000'), item('1969-07-20')]), '13.8 billion years ago – 1969');
    assert.equal(yearSpan([item('-3500'), item('-3000')], 'ru'), '3500–3000 г. до н. э.');
    assert.equal(yearSpan([item('-300'), item('1450')]), '300 BC – 1450 AD');
  });
});
