/** The site's own TimelineJS export (/data/timelinejs.json), imported back. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse as parseYaml } from 'yaml';
import { timelineJs, type OpenEvent } from '../open-data.ts';
import { eventsOf, fileOf, importText, mdx } from './test-helpers.ts';

const event = (id: string, thread: string, date: OpenEvent['date'], title = `Fixture ${id}`): OpenEvent => ({
  id,
  url: `https://example.org/events/${id}/`,
  storyUrl: `https://example.org/story/#${id}`,
  title,
  summary: `A summary of ${title}, with "quotes" & an ampersand.`,
  updated: '2026-12-02',
  date,
  disputedDates: [],
  otherDates: [],
  thread,
  core: false,
  confidence: { level: 'high', reason: 'r' },
  lengths: [],
  costs: [],
  places: [],
  people: [],
  organisations: [],
  sources: ['S01'],
  drewOn: [],
});

describe('importing the site own TimelineJS export', () => {
  const events = [
    event('1902-fixture-railway', 'railway', { start: '1902', end: '1907', label: '1904, as the fixture cites it' }),
    event('2007-04-fixture-bridge', 'bridge', { start: '2007-04', label: 'April 2007' }),
    event('2025-10-16-fixture-tunnel', 'tunnel', { start: '2025-10-16', end: '2025-10-20', label: '16–20 October 2025' }),
    event('2025-11-fixture-railway-again', 'railway', { start: '2025-11', end: '2026', label: 'November 2025 – 2026' }),
  ];
  const exported = timelineJs(events, 'Across the Fixture', 'a fixture documentary');
  const content = importText(JSON.stringify(exported), 'timelinejs.json');
  const imported = eventsOf(content);

  it('gives back the same events, their ids from unique_id', () => {
    assert.deepEqual([...imported.keys()].sort(), events.map((e) => e.id).sort());
    for (const original of events) assert.equal(imported.get(original.id)!.data.title, original.title);
  });

  it('gives back each date at its own precision, its range, and a label that says more than the date', () => {
    const dates = Object.fromEntries(events.map((original) => [original.id, imported.get(original.id)!.data.date]));
    assert.deepEqual(dates, {
      '1902-fixture-railway': { start: '1902', end: '1907', label: '1904, as the fixture cites it' },
      // The export writes every date's label; one that is just the date, formatted, is left to the engine.
      '2007-04-fixture-bridge': { start: '2007-04' },
      '2025-10-16-fixture-tunnel': { start: '2025-10-16', end: '2025-10-20' },
      '2025-11-fixture-railway-again': { start: '2025-11', end: '2026' },
    });
  });

  it('gives back the groups as threads, labelled as the export labels them', () => {
    const groups = [...new Set(exported.events.map((slide) => slide.group))];
    const threads = (parseYaml(fileOf(content, 'site.yaml')) as { threads: { id: string; label: { en: string } }[] }).threads;
    assert.deepEqual(
      threads.map((thread) => thread.label.en),
      groups,
    );
    for (const slide of exported.events) {
      const thread = threads.find((t) => t.id === imported.get(slide.unique_id)!.data.thread)!;
      assert.equal(thread.label.en, slide.group, slide.unique_id);
    }
    // Threads whose label is one word come back with the same id.
    assert.deepEqual(
      threads.map((thread) => thread.id),
      ['railway', 'bridge', 'tunnel'],
    );
  });

  it('gives back the title and each summary', () => {
    assert.equal(mdx(fileOf(content, 'overview.mdx')).data.title, 'Across the Fixture');
    for (const original of events) assert.equal(imported.get(original.id)!.data.summary, original.summary);
  });
});
