import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { toPartialDate } from './partial-date.ts';
import type { TranslatedWords } from './translations.ts';
import { validateChronology, type ChronologyInput, type EventData, type EventInput, type TranslationInput } from './validate-chronology.ts';

/** An event's frontmatter with nothing but what the schema requires. */
function data(overrides: Partial<EventData> = {}): EventData {
  return {
    title: 'An event',
    summary: 'A summary.',
    updated: '2026-11-24',
    date: {},
    disputedDates: [],
    otherDates: [],
    confidence: { reason: 'Fixture.' },
    lengths: [],
    costs: [],
    places: [],
    people: [],
    organisations: [],
    drewOn: [],
    sources: ['S01'],
    ...overrides,
  };
}

function event(id: string, start: string, overrides: Partial<EventData> = {}, body: EventInput['body'] = [{ component: 'Cite', ids: ['S01'] }]): EventInput {
  return { id, file: `content/events/${id}.mdx`, start: toPartialDate(start), data: data(overrides), body };
}

function translated(overrides: Partial<TranslatedWords> = {}): TranslatedWords {
  return { translatedFrom: '2026-11-24', title: 'Событие', summary: 'Кратко.', disputedDates: [], otherDates: [], confidenceReason: 'Фикстура.', lengths: [], costs: [], places: [], people: [], organisations: [], drewOn: [], ...overrides };
}

const link = (target: string) => ({ event: target, note: 'A link.', sources: ['S02'] });

/** Two events, one era, one correction, a Russian edition of the first event: all valid. */
function valid(): ChronologyInput {
  return {
    today: '2026-12-06',
    sources: ['S01', 'S02'],
    events: [event('1890-first', '1890'), event('2007-second', '2007-04-18', { sources: ['S02'], drewOn: [link('1890-first')] })],
    eras: [{ id: '1-all', start: toPartialDate('1850') }],
    texts: [
      { file: 'content/eras/1-all.mdx', body: [{ component: 'Cite', ids: ['S01'] }] },
      { file: 'content/overview.mdx', body: [] },
    ],
    corrections: [{ file: 'content/corrections.yaml', line: 1, date: '2026-11-24', event: '2007-second' }],
    translations: [russian()],
  };
}

function russian(overrides: Partial<TranslationInput> = {}): TranslationInput {
  return {
    locale: 'ru',
    events: [{ id: '1890-first', file: 'content/ru/events/1890-first.mdx', data: translated(), body: [{ component: 'Cite', ids: ['S01', 'S02'] }] }],
    eras: [],
    corrections: [],
    ...overrides,
  };
}

/** The problems of the valid input after `change`, as `file: field: problem` lines. */
function problems(change: (input: ChronologyInput) => void): string[] {
  const input = valid();
  change(input);
  return validateChronology(input).map((p) => `${p.file}: ${p.field}: ${p.problem}`);
}

const eventAt = (input: ChronologyInput, id: string) => input.events.find((e) => e.id === id)!;

describe('validateChronology', () => {
  it('finds no problem in content that holds together', () => {
    assert.deepEqual(validateChronology(valid()), []);
  });

  it('names the field of a frontmatter citation of an unknown source', () => {
    const found = problems((input) => {
      eventAt(input, '1890-first').data.sources = ['S01', 'S999'];
      eventAt(input, '2007-second').data.drewOn[0]!.sources = ['S998'];
    });
    assert.deepEqual(found, [
      'content/events/1890-first.mdx: sources: unknown source id "S999" (not in sources.yaml)',
      'content/events/2007-second.mdx: drewOn[0].sources: unknown source id "S998" (not in sources.yaml)',
    ]);
  });

  it('names the component of a body citation of an unknown source, in an event, an era and the overview', () => {
    const found = problems((input) => {
      eventAt(input, '1890-first').body = [{ component: 'Cite', ids: ['S01', 'S404', 'S405'] }];
      input.texts[0]!.body = [{ component: 'Cite', ids: ['S7'] }];
      input.texts[1]!.body = [{ component: 'Analysis', ids: ['S8'] }];
    });
    assert.deepEqual(found, [
      'content/events/1890-first.mdx: body <Cite>: unknown source id "S404" (not in sources.yaml)',
      'content/eras/1-all.mdx: body <Cite>: unknown source id "S7" (not in sources.yaml)',
      'content/overview.mdx: body <Analysis>: unknown source id "S8" (not in sources.yaml)',
    ]);
  });

  it('names an updated date in the future', () => {
    assert.deepEqual(
      problems((input) => (eventAt(input, '1890-first').data.updated = '2999-01-01')),
      ['content/events/1890-first.mdx: updated: 2999-01-01 is in the future (today is 2026-12-06)'],
    );
  });

  it('names an updated date before the event itself', () => {
    assert.deepEqual(
      problems((input) => (eventAt(input, '2007-second').data.updated = '2001-01-01')),
      ['content/events/2007-second.mdx: updated: 2001-01-01 is before the event itself (2007-04-18)'],
    );
  });

  it('names a lineage link to an unknown event', () => {
    assert.deepEqual(
      problems((input) => (eventAt(input, '2007-second').data.drewOn = [link('1890-missing')])),
      ['content/events/2007-second.mdx: drewOn[0].event: unknown event "1890-missing" (no content/events/1890-missing.mdx)'],
    );
  });

  it('names a lineage link to a later event', () => {
    assert.deepEqual(
      problems((input) => {
        eventAt(input, '1890-first').data.drewOn = [link('2007-second')];
        input.translations = [];
      }),
      ['content/events/1890-first.mdx: drewOn[0].event: "2007-second" comes later than this event; a link points back in time'],
    );
  });

  it('names a lineage link from an event to itself, and the same link twice', () => {
    const found = problems((input) => {
      eventAt(input, '1890-first').data.drewOn = [link('1890-first')];
      input.translations = [];
      eventAt(input, '2007-second').data.drewOn = [link('1890-first'), link('1890-first')];
    });
    assert.deepEqual(found, [
      'content/events/1890-first.mdx: drewOn[0].event: an event cannot draw on itself',
      'content/events/2007-second.mdx: drewOn[1].event: "1890-first" is linked twice',
    ]);
  });

  it('names a correction that names an unknown event, with its line', () => {
    assert.deepEqual(
      problems((input) => (input.corrections[0]!.event = '2007-missing')),
      ['content/corrections.yaml: event (line 1): unknown event "2007-missing" (no content/events/2007-missing.mdx)'],
    );
  });

  it('names a correction dated in the future, with its line', () => {
    assert.deepEqual(
      problems((input) => (input.corrections[0]!.date = '2026-12-07')),
      ['content/corrections.yaml: date (line 1): 2026-12-07 is in the future (today is 2026-12-06)'],
    );
  });

  it('names an event that falls outside every era', () => {
    assert.deepEqual(
      problems((input) => (input.eras[0]!.start = toPartialDate('1900'))),
      ['content/events/1890-first.mdx: date.start: 1890 falls outside every era in content/eras/'],
    );
  });

  it('names the era that overlaps another', () => {
    assert.deepEqual(
      problems((input) => input.eras.push({ id: '2-later', start: toPartialDate('2000') })),
      ['content/eras/1-all.mdx: start/end: overlaps "2-later"'],
    );
  });

  it('names an era that ends before it starts', () => {
    assert.deepEqual(
      problems((input) => {
        input.eras = [{ id: '1-all', start: toPartialDate('1850'), end: toPartialDate('1849') }, { id: '2-rest', start: toPartialDate('1850') }];
      }),
      ['content/eras/1-all.mdx: start/end: ends before it starts'],
    );
  });

  it('names a translated file whose English event does not exist', () => {
    const found = problems((input) => {
      input.translations![0]!.events.push({ id: '1891-missing', file: 'content/ru/events/1891-missing.mdx', data: translated(), body: [] });
    });
    assert.deepEqual(found, ['content/ru/events/1891-missing.mdx: file name: no English event "1891-missing" (no content/events/1891-missing.mdx)']);
  });

  it('names a translated list that does not match the English, entry for entry', () => {
    assert.deepEqual(
      problems((input) => (input.translations![0]!.events[0]!.data.people = ['Кто-то'])),
      ['content/ru/events/1890-first.mdx: people: has 1 entry; the English entry has 0'],
    );
  });

  it('names a translation made from a later English text than there is', () => {
    assert.deepEqual(
      problems((input) => (input.translations![0]!.events[0]!.data.translatedFrom = '2026-11-25')),
      ["content/ru/events/1890-first.mdx: translatedFrom: 2026-11-25 is later than the English entry's updated date (2026-11-24)"],
    );
  });

  it('names a translated body citation of an unknown source', () => {
    assert.deepEqual(
      problems((input) => (input.translations![0]!.events[0]!.body = [{ component: 'Cite', ids: ['S01', 'S77'] }])),
      ['content/ru/events/1890-first.mdx: body <Cite>: unknown source id "S77" (not in sources.yaml)'],
    );
  });

  it('names a translated chapter with no English era, and its citations of unknown sources', () => {
    const found = problems((input) => {
      input.translations![0]!.eras = [{ id: '9-none', file: 'content/ru/eras/9-none.mdx', body: [{ component: 'Cite', ids: ['S5'] }] }];
      input.translations![0]!.overview = { file: 'content/ru/overview.mdx', body: [{ component: 'Cite', ids: ['S6'] }] };
    });
    assert.deepEqual(found, [
      'content/ru/eras/9-none.mdx: file name: no English chapter "9-none" in content/eras/',
      'content/ru/eras/9-none.mdx: body <Cite>: unknown source id "S5" (not in sources.yaml)',
      'content/ru/overview.mdx: body <Cite>: unknown source id "S6" (not in sources.yaml)',
    ]);
  });

  it('names a translated correction that does not line up with the English log', () => {
    const found = problems((input) => {
      input.translations![0]!.corrections = [{ file: 'content/ru/corrections.yaml', line: 1, date: '2026-11-23', event: '2007-second' }];
    });
    assert.deepEqual(found, ['content/ru/corrections.yaml: entry 1 (line 1): gives 2026-11-23 2007-second where content/corrections.yaml has 2026-11-24 2007-second: entries must follow the English, one for one']);
  });

  it('names a translated corrections log with more entries than the English', () => {
    const entry = { file: 'content/ru/corrections.yaml', date: '2026-11-24', event: '2007-second' };
    const found = problems((input) => (input.translations![0]!.corrections = [{ ...entry, line: 1 }, { ...entry, line: 6 }]));
    assert.deepEqual(found, [
      'content/ru/corrections.yaml: line 6: has more entries (2) than content/corrections.yaml (1)',
    ]);
  });

  it('accepts a translated log that is shorter than the English (entries not yet translated)', () => {
    assert.deepEqual(problems((input) => input.corrections.push({ file: 'content/corrections.yaml', line: 6, date: '2026-11-25' })), []);
  });
});
