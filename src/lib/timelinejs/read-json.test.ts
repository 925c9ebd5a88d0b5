import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readJson } from './read-json.ts';
import { problemsOf } from './test-helpers.ts';

describe('readJson', () => {
  it('reads the title slide, then the events, then the eras, each with its path', () => {
    const { slides } = readJson(
      JSON.stringify({
        title: { text: { headline: 'Story' } },
        events: [{ start_date: { year: 1900 }, text: { headline: 'One' } }],
        eras: [{ start_date: { year: 1900 }, end_date: { year: 1910 }, text: { headline: 'Era' } }],
      }),
      'story.json',
    );
    assert.deepEqual(
      slides.map((slide) => [slide.kind, slide.at.format === 'json' ? slide.at.path : '']),
      [
        ['title', 'title'],
        ['event', 'events[0]'],
        ['era', 'eras[0]'],
      ],
    );
  });

  it('reads a slide field by field and leaves its background out', () => {
    const [event] = readJson(
      JSON.stringify({
        events: [
          {
            start_date: { year: '1900', month: 2, day: 3, hour: '9', minute: 5, display_date: 'Early Feb' },
            end_date: { year: 1901 },
            display_date: 'Winter',
            text: { headline: 'One', text: '<p>Text</p>' },
            media: { url: 'https://example.org/a.jpg', caption: 'Caption', credit: 'Credit', thumbnail: 't.jpg', alt: 'Alt', title: 'Title' },
            group: 'Fixture group',
            unique_id: 'fixture-one',
            background: { color: '#000' },
          },
        ],
      }),
      'story.json',
    ).slides;
    assert.deepEqual(event, {
      at: { file: 'story.json', format: 'json', path: 'events[0]' },
      kind: 'event',
      start: { year: '1900', month: 2, day: 3, time: '09:05', display: 'Early Feb' },
      end: { year: 1901, month: undefined, day: undefined, time: undefined, display: undefined },
      displayDate: 'Winter',
      headline: 'One',
      text: '<p>Text</p>',
      media: { url: 'https://example.org/a.jpg', caption: 'Caption', credit: 'Credit', thumbnail: 't.jpg', alt: 'Alt', title: 'Title' },
      group: 'Fixture group',
      uniqueId: 'fixture-one',
      problems: [],
    });
  });

  it('ignores a byte order mark', () => {
    assert.equal(readJson('\uFEFF{"events":[]}', 'story.json').slides.length, 0);
  });

  it('stops on a file that is not JSON, or not a TimelineJS story', () => {
    const [notJson] = problemsOf(() => readJson('{"events": [', 'story.json'));
    assert.match(notJson!, /^story\.json: is not valid JSON \(.+\)$/);
    assert.deepEqual(problemsOf(() => readJson('[]', 'story.json')), ['story.json: is not a TimelineJS story (an object with "events")']);
    assert.deepEqual(problemsOf(() => readJson('{"title": {}}', 'story.json')), ['story.json events: is missing; a TimelineJS story lists its slides in "events"']);
    assert.deepEqual(problemsOf(() => readJson('{"events": {}}', 'story.json')), ['story.json events: is not a list; a TimelineJS story lists its slides in "events"']);
  });
});
