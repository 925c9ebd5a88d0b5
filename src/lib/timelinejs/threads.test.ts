import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse as parseYaml } from 'yaml';
import { MAX_THREADS as ENGINE_MAX_THREADS } from '../site-file.ts';
import { MAX_THREADS } from './threads.ts';
import { eventsOf, fileOf, importJson, importText, problemsOf, sheet, slide } from './test-helpers.ts';

const threadsOf = (content: ReturnType<typeof importJson>) => (parseYaml(fileOf(content, 'site.yaml')) as { threads: unknown[] }).threads;

describe('groups as threads', () => {
  it('gives each group a thread, in order of first appearance, its id a slug of its name', () => {
    const content = importJson({
      events: [slide(1900, 'One', { group: 'Fixture Transport' }), slide(1901, 'Two', { group: 'Culture & Arts' }), slide(1902, 'Three', { group: 'Fixture Transport' }), slide(1903, 'Four', { group: '1990s' })],
    });
    assert.deepEqual(threadsOf(content), [
      { id: 'fixture-transport', label: { en: 'Fixture Transport' } },
      { id: 'culture-and-arts', label: { en: 'Culture & Arts' } },
      { id: 'thread-1990s', label: { en: '1990s' } },
    ]);
    assert.deepEqual(
      [...eventsOf(content).values()].map((event) => event.data.thread),
      ['fixture-transport', 'culture-and-arts', 'fixture-transport', 'thread-1990s'],
    );
  });

  it('puts slides without a group in an "events" thread, last, only when there are some', () => {
    const content = importJson({ events: [slide(1900, 'One'), slide(1901, 'Two', { group: 'Fixture' }), slide(1902, 'Three', { group: '  ' })] });
    assert.deepEqual(threadsOf(content), [
      { id: 'fixture', label: { en: 'Fixture' } },
      { id: 'events', label: { en: 'Events' } },
    ]);
    assert.deepEqual(
      [...eventsOf(content).values()].map((event) => event.data.thread),
      ['events', 'fixture', 'events'],
    );
    assert.deepEqual(threadsOf(importJson({ events: [slide(1900, 'One', { group: 'Fixture' })] })), [{ id: 'fixture', label: { en: 'Fixture' } }]);
  });

  it('keeps thread ids apart when two groups or the ungrouped slides would share one', () => {
    const content = importJson({ events: [slide(1900, 'One', { group: 'Events' }), slide(1901, 'Two', { group: 'events!' }), slide(1902, 'Three'), slide(1903, 'Four', { group: '北京' })] });
    assert.deepEqual(threadsOf(content), [
      { id: 'events', label: { en: 'Events' } },
      { id: 'events-2', label: { en: 'events!' } },
      { id: 'thread', label: { en: '北京' } },
      { id: 'events-3', label: { en: 'Other events' } },
    ]);
  });

  it('reads a sheet Group column the same way', () => {
    const content = importText(sheet([{ Year: '1900', Headline: 'One', Group: 'Fixture' }, { Year: '1901', Headline: 'Two' }]), 'story.csv');
    assert.deepEqual(threadsOf(content), [
      { id: 'fixture', label: { en: 'Fixture' } },
      { id: 'events', label: { en: 'Events' } },
    ]);
  });

  it('allows 12 threads and stops on more, naming the limit and the count', () => {
    const events = (groups: number, ungrouped: boolean) => [...Array.from({ length: groups }, (_, i) => slide(1900 + i, `Event ${i}`, { group: `Fixture group ${i + 1}` })), ...(ungrouped ? [slide(1899, 'Loose')] : [])];
    assert.equal(importJson({ events: events(12, false) }).counts.threads, 12);
    assert.deepEqual(problemsOf(() => importJson({ events: events(13, false) })), ['story.json group: 13 threads (13 groups), but the timeline tells at most 12 apart: merge some groups']);
    assert.deepEqual(problemsOf(() => importJson({ events: events(12, true) })), [
      'story.json group: 13 threads (12 groups, and one for the slides without a group), but the timeline tells at most 12 apart: merge some groups',
    ]);
  });

  it('holds the same limit as the engine', () => {
    assert.equal(MAX_THREADS, ENGINE_MAX_THREADS);
  });
});
