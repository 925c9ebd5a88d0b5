import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { slug, UniqueIds } from './slug.ts';
import { eventsOf, importJson, slide } from './timelinejs/test-helpers.ts';

describe('slug', () => {
  it('writes lower-case ASCII letters, digits and hyphens', () => {
    assert.equal(slug('Fixture Town founded!'), 'fixture-town-founded');
    assert.equal(slug("Fixture's  bridge -- opens (again)"), 'fixtures-bridge-opens-again');
  });

  it('transliterates other letters, or drops them', () => {
    assert.equal(slug('Über Straße café'), 'ueber-strasse-cafe');
    assert.equal(slug('Через пролив'), 'cherez-proliv');
    assert.equal(slug('北京'), '');
  });

  it('cuts at 60 characters, at a hyphen where it can', () => {
    const long = slug('Fixture '.repeat(20));
    assert.ok(long.length <= 60, long);
    assert.match(long, /^fixture(-fixture)*$/);
    assert.equal(slug('x'.repeat(80)).length, 60);
  });
});

describe('UniqueIds', () => {
  it('gives a repeated id -2, -3 in the order asked, even when the suffix makes it collide', () => {
    const ids = new UniqueIds();
    assert.deepEqual(['a', 'a', 'a-2', 'a'].map((id) => ids.take(id)), ['a', 'a-2', 'a-2-2', 'a-3']);
  });

  it('keeps an id with its suffix within 60 characters', () => {
    const ids = new UniqueIds();
    const long = 'x'.repeat(60);
    ids.take(long);
    const second = ids.take(long);
    assert.equal(second.length, 60);
    assert.ok(second.endsWith('-2'));
  });
});

describe('event ids', () => {
  const ids = (events: unknown[]) => [...eventsOf(importJson({ events })).keys()].sort();

  it('is the slug of unique_id when there is one', () => {
    assert.deepEqual(ids([slide(1850, 'Fixture Town founded', { unique_id: 'Fixture_Founding 1850' })]), ['fixture-founding-1850']);
  });

  it('is the start year and the slug of the headline otherwise', () => {
    assert.deepEqual(ids([slide(1850, 'Fixture <i>Town</i> &amp; river')]), ['1850-fixture-town-and-river']);
  });

  it('falls back to event-<n> when neither gives a slug', () => {
    assert.deepEqual(ids([slide(1850, 'Fixture'), slide(1851, '北京', { unique_id: '東京' })]), ['1850-fixture', 'event-2']);
  });

  it('numbers duplicates -2, -3 in slide order', () => {
    const content = importJson({ events: [slide(1970, 'Fixture fair'), slide(1970, 'Fixture fair', { start_date: { year: 1970, month: 8 } }), slide(1970, 'Fixture fair', { start_date: { year: 1970, month: 9 } })] });
    const events = eventsOf(content);
    assert.deepEqual([...events.keys()], ['1970-fixture-fair', '1970-fixture-fair-2', '1970-fixture-fair-3']);
    assert.deepEqual((events.get('1970-fixture-fair-3')!.data.date as { start: string }).start, '1970-09');
  });

  it('keeps ids made from long headlines within 60 characters', () => {
    const [id] = ids([slide(1850, 'Fixture '.repeat(20))]);
    assert.ok(id!.length <= 60 && id!.startsWith('1850-fixture-'), id!);
  });
});
