import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { timelineJs, eventsCsv, csvField, type OpenEvent } from './open-data.ts';

const event = (id: string, start: string, extra: Partial<OpenEvent> = {}): OpenEvent => ({
  id,
  url: `https://example.org/events/${id}/`,
  storyUrl: `https://example.org/story/#${id}`,
  title: `Title ${id}`,
  summary: 'A summary, with "quotes".',
  updated: '2026-12-02',
  date: { start, label: start },
  disputedDates: [],
  otherDates: [],
  thread: 'railway',
  core: false,
  confidence: { level: 'high', reason: 'r' },
  lengths: [],
  costs: [],
  places: [],
  people: [],
  organisations: [],
  sources: ['S01', 'S02'],
  drewOn: [],
  ...extra,
});

describe('timelineJs', () => {
  it('gives each event a TimelineJS date with only the parts that are known', () => {
    const { events } = timelineJs([event('a', '1904', { date: { start: '1902', end: '1907', label: '1904, as Dmitriev cites it' } }), event('b', '2025-10-16')], 'T', 'D');
    assert.deepEqual(events[0]!.start_date, { year: 1902 });
    assert.deepEqual(events[0]!.end_date, { year: 1907 });
    assert.equal(events[0]!.display_date, '1904, as Dmitriev cites it');
    assert.deepEqual(events[1]!.start_date, { year: 2025, month: 10, day: 16 });
    assert.equal(events[1]!.group, 'Railway');
  });
  it('escapes text it puts into HTML', () => {
    const { events } = timelineJs([event('a', '1890', { summary: '<b>&' })], 'T', 'D');
    assert.match(events[0]!.text.text, /<p>&lt;b&gt;&amp;<\/p>/);
  });
});

describe('eventsCsv', () => {
  it('writes a header and one row per event, quoting fields with commas and quotes', () => {
    const csv = eventsCsv([event('a', '1890')]);
    const [header, row] = csv.split('\r\n');
    assert.equal(header, 'id,title,start,end,date_label,thread,core,confidence,summary,url,sources,updated,drew_on');
    assert.equal(row, 'a,Title a,1890,,1890,railway,false,high,"A summary, with ""quotes"".",https://example.org/events/a/,S01 S02,2026-12-02,');
    assert.ok(csv.endsWith('\r\n'));
  });
  it('leaves plain fields unquoted', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('line\nbreak'), '"line\nbreak"');
  });
});
