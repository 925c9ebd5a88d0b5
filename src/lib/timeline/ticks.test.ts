import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { timeTicks } from './ticks.ts';
import { timeScale } from './time-scale.ts';
import { startOf, calendarAt, utc as utcYear } from '../partial-date.ts';

const utc = Date.UTC;

describe('timeTicks', () => {
  it('keeps the same day ticks while the view pans a day at a time', () => {
    const day = 86_400_000;
    const start = Date.UTC(2025, 9, 10);
    // About 3-day steps: 30 days over 560 px.
    const at = (offset: number) => timeTicks(start + offset * day, start + (offset + 30) * day, 560, 'en').map((t) => t.t);
    const a = at(0);
    const b = at(1);
    assert.ok(a[1]! - a[0]! > day, 'steps of more than one day');
    const overlap = a.filter((t) => t >= start + day && t <= start + 30 * day);
    assert.deepEqual(b.filter((t) => t <= start + 30 * day), overlap, 'a tick stays on its day when the view moves');
  });

  it('labels a century and a half by decades or more, on round years', () => {
    const ticks = timeTicks(utc(1857, 0, 1), utc(2025, 11, 31), 800, 'en');
    assert.ok(ticks.length >= 5 && ticks.length <= 14);
    for (const tick of ticks) assert.match(tick.label, /^\d{4}$/);
    assert.ok(ticks.every((t) => Number(t.label) % 10 === 0));
  });
  it('labels a few weeks by day, as "16 Oct"', () => {
    const ticks = timeTicks(utc(2025, 9, 14), utc(2025, 9, 26), 400, 'en');
    assert.ok(ticks.length >= 3);
    for (const tick of ticks) assert.match(tick.label, /^\d{1,2} Oct$/);
  });
  it('labels a few years by month, as "Apr 2007"', () => {
    const ticks = timeTicks(utc(2006, 0, 1), utc(2008, 0, 1), 1200, 'en');
    assert.ok(ticks.some((t) => t.label === 'Apr 2007') || ticks.some((t) => t.label === 'Jul 2007'));
  });
  it('puts ticks at UTC midnight whatever the local time zone', () => {
    for (const tick of timeTicks(utc(2025, 9, 14), utc(2025, 9, 26), 400, 'en')) assert.equal(tick.t % 86_400_000, 0);
  });
  it('gives nothing for an empty span', () => {
    assert.deepEqual(timeTicks(5, 5, 100, 'en'), []);
  });
});

describe('timeScale', () => {
  it('maps instants to pixels piece by piece, and back', () => {
    const scale = timeScale([0, 100, 200, 210], [0, 700, 730, 1000]);
    assert.equal(scale(50), 350);
    assert.equal(scale(205), 865);
    assert.equal(scale.invert(865), 205);
    assert.equal(scale.invert(350), 50);
  });
  it('extends the end pieces beyond the domain, for panning', () => {
    const scale = timeScale([0, 100], [0, 1000]);
    assert.equal(scale(-10), -100);
    assert.equal(scale(110), 1100);
  });
});

describe('timeTicks on any view', () => {
  it('starts at the first round year inside the view, wherever the view starts', () => {
    assert.deepEqual(timeTicks(utc(1900, 6, 1), utc(2000, 0, 1), 900, 'en').map((t) => t.label), ['1910', '1920', '1930', '1940', '1950', '1960', '1970', '1980', '1990', '2000']);
    assert.ok(timeTicks(utc(2020, 3, 1), utc(2026, 0, 1), 300, 'en').length >= 2);
  });
});

describe('timeTicks in deep time', () => {
  it('reads the calendar of deep time to the day: a midnight is on its own day', () => {
    for (const year of [-4_567_000_000, -13_800_000_000, -66_000_123, 250_000]) {
      for (const month of [0, 1, 6, 11]) assert.deepEqual(calendarAt(utcYear(year, month, 1)), { year, month: month + 1, day: 1 }, `${year}-${month + 1}`);
    }
  });
  it('gives neighbouring ticks different labels, however far in', () => {
    const labels = timeTicks(year(-66_000_500), year(-65_999_500), 1000, 'en').map((t) => t.label);
    assert.equal(new Set(labels).size, labels.length, labels.join(' | '));
  });
  const year = (y: number) => startOf({ year: y, precision: 'year' });
  it('labels years before the common era as BC, on round years, with no year 0', () => {
    const ticks = timeTicks(year(-3500), year(2025), 900, 'en');
    assert.ok(ticks.length >= 4 && ticks.length <= 14, ticks.map((t) => t.label).join(', '));
    assert.ok(ticks.some((t) => / BC$/.test(t.label)));
    assert.ok(ticks.every((t) => /^\d+(,\d{3})*( BC)?$/.test(t.label)), ticks.map((t) => t.label).join(', '));
    assert.ok(!ticks.some((t) => t.label === '0'));
  });
  it('labels billions of years as years ago, in round numbers, the words from Intl in each language', () => {
    const en = timeTicks(year(-13_800_000_000), year(-3_000_000_000), 600, 'en').map((t) => t.label);
    assert.ok(en.length >= 2, en.join(', '));
    for (const label of en) assert.match(label, /^\d+(\.\d)?bn years ago$/);
    const ru = timeTicks(year(-13_800_000_000), year(-3_000_000_000), 600, 'ru').map((t) => t.label);
    for (const label of ru) assert.match(label, /^\d+(,\d)? млрд лет назад$/);
  });
  it('keeps long labels apart: each step is wider than its label', () => {
    const ticks = timeTicks(year(-400_000_000), year(-60_000_000), 500, 'en');
    for (let i = 1; i < ticks.length; i++) {
      const pixels = ((ticks[i]!.t - ticks[i - 1]!.t) / (year(-60_000_000) - year(-400_000_000))) * 500;
      assert.ok(pixels > ticks[i]!.label.length * 6, `${ticks[i - 1]!.label} and ${ticks[i]!.label} are ${pixels} px apart`);
    }
  });
  it('counts months before the common era in the right year', () => {
    const ticks = timeTicks(startOf({ year: -44, month: 1, precision: 'month' }), startOf({ year: -43, month: 6, precision: 'month' }), 1200, 'en');
    assert.ok(ticks.length > 2);
    assert.ok(ticks.every((t, i) => i === 0 || t.t > ticks[i - 1]!.t));
  });
});
