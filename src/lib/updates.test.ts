import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { updatedDateProblem, todayUtc, latestDay } from './updates.ts';
import { toPartialDate } from './partial-date.ts';

describe('updatedDateProblem', () => {
  const today = '2026-12-02';
  it('accepts a stamp between the event and today', () => {
    assert.equal(updatedDateProblem('2026-11-24', toPartialDate('1904'), today), undefined);
    assert.equal(updatedDateProblem('2026-12-02', toPartialDate('2026-06'), today), undefined);
  });
  it('refuses a stamp in the future', () => {
    assert.match(updatedDateProblem('2026-12-03', toPartialDate('1904'), today)!, /2026-12-03 is in the future \(today is 2026-12-02\)/);
  });
  it('refuses a stamp before the event itself', () => {
    assert.match(updatedDateProblem('2025-10-15', toPartialDate('2025-10-16'), today)!, /before the event itself \(2025-10-16\)/);
  });
  it('accepts a stamp on the first day of an event known only to the month', () => {
    assert.equal(updatedDateProblem('2026-06-01', toPartialDate('2026-06'), today), undefined);
  });
});

describe('todayUtc', () => {
  it('is the UTC day, whatever the local time zone', () => {
    // 23:30 on 1 December in Los Angeles is already 2 December in UTC.
    assert.equal(todayUtc(new Date('2026-12-02T07:30:00Z')), '2026-12-02');
  });
});

describe('latestDay', () => {
  it('finds the latest of several days, or nothing in an empty list', () => {
    assert.equal(latestDay(['2026-11-24', '2026-12-02', '2025-01-01']), '2026-12-02');
    assert.equal(latestDay([]), undefined);
  });
});
