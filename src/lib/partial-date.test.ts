import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  parsePartialDate, toPartialDate, formatDate, formatRange, formatSpan, compareDates, endsBefore, startOf, endOf, isoString, shortMonth, shortDay,
} from './partial-date.ts';

const d = toPartialDate;

describe('parsePartialDate', () => {
  it('keeps the precision of a year, a month and a day', () => {
    assert.deepEqual(parsePartialDate('1904'), { year: 1904, precision: 'year' });
    assert.deepEqual(parsePartialDate('2007-04'), { year: 2007, month: 4, precision: 'month' });
    assert.deepEqual(parsePartialDate('2025-10-16'), { year: 2025, month: 10, day: 16, precision: 'day' });
  });

  it('rejects text that is not a partial ISO date, saying what to write', () => {
    for (const bad of ['04/2007', '1904-4', '12.5', 'circa 1904', '']) {
      const result = parsePartialDate(bad);
      assert.ok('error' in result, bad);
      assert.match(result.error, /YYYY, YYYY-MM or YYYY-MM-DD/);
    }
  });

  it('rejects months and days that do not exist', () => {
    assert.deepEqual(parsePartialDate('2007-13'), { error: '"2007-13" has no month 13' });
    assert.deepEqual(parsePartialDate('2025-02-29'), { error: '"2025-02-29" is not a day of February 2025' });
    assert.ok(!('error' in parsePartialDate('2024-02-29')), 'a leap day is a day');
  });
});

describe('formatDate', () => {
  it('shows a year as the year alone, never as 1 January', () => {
    assert.equal(formatDate(d('1904')), '1904');
  });
  it('shows a month as month and year', () => {
    assert.equal(formatDate(d('2007-04')), 'April 2007');
  });
  it('shows a day as day, month and year', () => {
    assert.equal(formatDate(d('2025-10-16')), '16 October 2025');
  });
  it('does not shift a date across midnight in a time zone west of UTC', () => {
    assert.notEqual(process.env.TZ, 'UTC', 'run the unit tests under a non-UTC TZ');
    assert.equal(formatDate(d('2025-01-01')), '1 January 2025');
    assert.equal(formatDate(d('1867-10-18')), '18 October 1867');
  });
});

describe('formatRange', () => {
  it('writes a range of years with an en dash', () => {
    assert.equal(formatRange(d('1902'), d('1907')), '1902–1907');
  });
  it('shares the year of a range of months within one year', () => {
    assert.equal(formatRange(d('1899-05'), d('1899-08')), 'May–August 1899');
  });
  it('shares month and year of a range of days within one month', () => {
    assert.equal(formatRange(d('2025-10-18'), d('2025-10-23')), '18–23 October 2025');
  });
  it('shares only the year of days in different months', () => {
    assert.equal(formatRange(d('2008-03-27'), d('2008-04-02')), '27 March – 2 April 2008');
  });
  it('spells out both ends when the precisions differ', () => {
    assert.equal(formatRange(d('1991-11'), d('2001')), 'November 1991 – 2001');
  });
  it('formatSpan is a single date when there is no end', () => {
    assert.equal(formatSpan(d('1890')), '1890');
    assert.equal(formatSpan(d('1857'), d('1867')), '1857–1867');
  });
});

describe('ordering', () => {
  it('orders by the instant a date starts', () => {
    assert.ok(compareDates(d('1904'), d('1905')) < 0);
    assert.ok(compareDates(d('2025-10-17'), d('2025-10-16')) > 0);
    assert.ok(compareDates(d('2007-04'), d('2007-04-18')) < 0);
  });
  it('puts a coarser date before a finer one that starts at the same instant', () => {
    assert.ok(compareDates(d('1904'), d('1904-01-01')) < 0);
    assert.ok(compareDates(d('1904-01'), d('1904-01-01')) < 0);
    assert.equal(compareDates(d('1904'), d('1904')), 0);
  });
  it('covers the whole year, month or day a partial date names', () => {
    assert.equal(endOf(d('1904')) - startOf(d('1904')), 366 * 86_400_000);
    assert.equal(endOf(d('2007-04')) - startOf(d('2007-04')), 30 * 86_400_000);
    assert.equal(endOf(d('2025-10-16')) - startOf(d('2025-10-16')), 86_400_000);
  });
  it('a range ends before its start only when its end is wholly earlier', () => {
    assert.equal(endsBefore(d('1906'), d('1907')), true);
    assert.equal(endsBefore(d('1907'), d('1907-03-20')), false, 'the year 1907 contains 20 March 1907');
    assert.equal(endsBefore(d('2025-10-16'), d('2025-10-16')), false);
  });
  it('writes a date back in the ISO form it was given', () => {
    for (const text of ['1904', '2007-04', '2025-10-16', '0900']) assert.equal(isoString(d(text)), text);
  });
});

describe('dates in Russian', () => {
  it('keep their precision: a year alone, a month with "г.", a day in the genitive', () => {
    assert.equal(formatDate(d('1904'), 'ru'), '1904');
    assert.equal(formatDate(d('2007-04'), 'ru'), 'апрель 2007 г.');
    assert.equal(formatDate(d('2025-10-16'), 'ru'), '16 октября 2025 г.');
  });
  it('write ranges as briefly as their precision allows', () => {
    assert.equal(formatRange(d('2025-10-18'), d('2025-10-23'), 'ru'), '18–23 октября 2025 г.');
    assert.equal(formatRange(d('2008-03-27'), d('2008-04-02'), 'ru'), '27 марта – 2 апреля 2008 г.');
    assert.equal(formatRange(d('1899-05'), d('1899-08'), 'ru'), 'май–август 1899 г.');
    assert.equal(formatRange(d('1902'), d('1907'), 'ru'), '1902–1907');
    assert.equal(formatRange(d('2007-12-27'), d('2008-01-02'), 'ru'), '27 декабря 2007 г. – 2 января 2008 г.');
  });
  it('give short month names for axis ticks from Intl, not by cutting names', () => {
    assert.equal(shortMonth(10, 'ru'), 'окт.');
    assert.equal(shortMonth(5, 'ru'), 'май');
    assert.equal(shortDay(14, 10, 'ru'), '14 окт.');
    assert.equal(shortDay(14, 5, 'ru'), '14 мая');
    assert.equal(shortDay(14, 10, 'en'), '14 Oct');
  });
  it('do not depend on the machine time zone', () => {
    assert.notEqual(process.env.TZ, 'UTC', 'the unit tests run under a non-UTC zone');
    assert.equal(formatDate(d('2025-01-01'), 'ru'), '1 января 2025 г.');
    assert.equal(formatDate(d('2025-12-31'), 'en'), '31 December 2025');
  });
});

describe('dates in the first century', () => {
  it('are not read as 1900–1999: the year 79 starts and ends in 79, and its leap days hold', () => {
    assert.equal(new Date(startOf(toPartialDate('0079'))).getUTCFullYear(), 79);
    assert.equal(new Date(endOf(toPartialDate('0079-08-24'))).toISOString().slice(0, 10), '0079-08-25');
    assert.ok(startOf(toPartialDate('0079')) < startOf(toPartialDate('0100')));
    assert.ok(!('error' in parsePartialDate('0004-02-29')), '4 CE was a leap year (proleptic Gregorian)');
    assert.ok('error' in parsePartialDate('0100-02-29'), '100 CE was not');
  });
});

describe('dates in deep time', () => {
  it('number years before the common era with a minus, and have no year 0', () => {
    assert.deepEqual(parsePartialDate('-3500'), { year: -3500, precision: 'year' });
    assert.deepEqual(parsePartialDate('-13800000000'), { year: -13_800_000_000, precision: 'year' });
    assert.deepEqual(parsePartialDate('-0044-03-15'), { year: -44, month: 3, day: 15, precision: 'day' });
    assert.match((parsePartialDate('0') as { error: string }).error, /no year 0/);
    assert.match((parsePartialDate('-66000000-01') as { error: string }).error, /only for years -9999 to 9999/);
    assert.equal(isoString(d('-44')), '-0044');
  });
  it('are ordered on one line: billions of years ago, BC, then AD, with 1 BC just before AD 1', () => {
    const order = ['-13800000000', '-66000000', '-3500', '-44-03-15', '-1', '0001', '1969-07-20'].map((t) => startOf(d(t)));
    assert.deepEqual([...order].sort((a, b) => a - b), order);
    assert.equal(endOf(d('-1')), startOf(d('0001')), '1 BC ends where AD 1 begins');
    assert.equal(endOf(d('-45')), startOf(d('-44')));
  });
  it('are written as a reader counts them, with Intl’s words in each language', () => {
    assert.equal(formatDate(d('-3500')), '3500 BC');
    assert.equal(formatDate(d('-12000')), '12,000 BC');
    assert.equal(formatDate(d('-44-03-15')), '15 March 44 BC');
    assert.equal(formatDate(d('-66000000')), '66 million years ago');
    assert.equal(formatDate(d('-13800000000')), '13.8 billion years ago');
    assert.equal(formatDate(d('-3500'), 'ru'), '3500 г. до н. э.');
    assert.equal(formatDate(d('-13800000000'), 'ru'), '13,8 миллиарда лет назад');
    assert.equal(formatDate(d('-44-03-15'), 'ru'), '15 марта 44 г. до н. э.');
    assert.equal(formatRange(d('-3500'), d('-3000')), '3500–3000 BC');
    assert.equal(formatRange(d('-100'), d('0050')), '100 BC – 50 AD');
  });
});
