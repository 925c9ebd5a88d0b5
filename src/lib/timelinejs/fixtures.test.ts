/** The import fixtures in e2e/fixtures/timelinejs/, imported by the pure code. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { importStory } from './import-story.ts';
import { eventsOf, fileOf, mdx, problemsOf, TODAY } from './test-helpers.ts';

const FIXTURES = fileURLToPath(new URL('../../../e2e/fixtures/timelinejs/', import.meta.url));

function importFixture(name: string) {
  return importStory(readFileSync(`${FIXTURES}${name}`, 'utf8'), {
    file: name,
    today: TODAY,
    mediaExists: (path) => existsSync(`${FIXTURES}${path}`) && statSync(`${FIXTURES}${path}`).isFile(),
  });
}

describe('the story fixtures', () => {
  const json = importFixture('story.json');
  const csv = importFixture('story.csv');

  it('import the same story from JSON and from a sheet', () => {
    const differences = (a: typeof json, b: typeof csv) => a.files.filter((file) => b.files.find((other) => other.path === file.path)?.text !== file.text).map((file) => file.path);
    // JSON has alt texts and a unique_id, which the sheet template has no column for; the YAML files name their source.
    assert.deepEqual(differences(json, csv), ['site.yaml', 'events/1850-fixture-town-founded.mdx', 'events/1950-fixture-museum-opens.mdx', 'events/fixture-centenary.mdx', 'sources.yaml']);
    assert.deepEqual(json.counts, { events: 9, eras: 3, addedEras: 1, threads: 4, sources: 7 });
    assert.deepEqual(csv.counts, json.counts);
    assert.deepEqual(csv.copies, json.copies);
  });

  it('keep every date precision, the range and the display date', () => {
    const dates = Object.fromEntries([...eventsOf(csv)].map(([id, event]) => [id, event.data.date]));
    assert.deepEqual(dates, {
      '1850-fixture-town-founded': { start: '1850' },
      '1862-first-fixture-fair': { start: '1862-04' },
      '1901-fixture-bridge-opens': { start: '1901-02-28' },
      '1902-fixture-railway-built': { start: '1902', end: '1907', label: "1902 to 1907, by the town's own count" },
      '1925-fixture-clock-struck-thirteen': { start: '1925-06-15' },
      '1950-fixture-museum-opens': { start: '1950' },
      '1950-fixture-town-turns-one-hundred': { start: '1950-07-01' },
      '1970-fixture-fair': { start: '1970' },
      '1970-fixture-fair-2': { start: '1970-08' },
    });
  });

  it('say the time of day is left out, at the line it is on', () => {
    assert.deepEqual(csv.notes, ['story.csv:14 Time: the time of day (14:30) is left out: dates are kept to the day', 'story.csv: added the era "1950–1970" for events outside the story\'s eras']);
    assert.equal(json.notes[0], 'story.json events[4] start_date: the time of day (14:30) is left out: dates are kept to the day');
  });

  it('turn three groups and the ungrouped slides into four threads', () => {
    assert.deepEqual((parseYaml(fileOf(csv, 'site.yaml')) as { threads: unknown }).threads, [
      { id: 'settlement', label: { en: 'Settlement' } },
      { id: 'culture', label: { en: 'Culture' } },
      { id: 'transport', label: { en: 'Transport' } },
      { id: 'events', label: { en: 'Events' } },
    ]);
  });

  it('keep each kind of media', () => {
    const media = Object.fromEntries([...eventsOf(json)].flatMap(([id, event]) => (event.data.media ? [[id, event.data.media]] : [])));
    assert.deepEqual(media, {
      '1850-fixture-town-founded': { url: 'https://example.org/images/founding.jpg', alt: 'A drawing of tents by a river', credit: 'Fixture Archive & Friends', caption: 'The founding, as drawn later' },
      '1862-first-fixture-fair': { url: 'https://www.youtube.com/watch?v=Fixture00001', caption: 'A film about fairs' },
      '1901-fixture-bridge-opens': { url: 'https://en.wikipedia.org/wiki/Bridge', credit: 'Wikipedia' },
      '1950-fixture-museum-opens': { url: '../media/fixture-museum.svg', alt: 'A small drawing of a museum', caption: 'The museum, drawn for the tests' },
    });
    assert.deepEqual(json.copies, [{ from: 'images/fixture-town-map.svg', to: 'media/fixture-town-map.svg' }, { from: 'images/fixture-museum.svg', to: 'media/fixture-museum.svg' }]);
  });

  it('make the HTML safe and keep its links, cited', () => {
    const events = eventsOf(json);
    assert.equal(
      events.get('1850-fixture-town-founded')!.body,
      'Settlers **founded** Fixture Town on the _Fixture River_, says [the founding record](https://example.org/founding). A later survey agrees: [the 1851 survey](https://www.example.com/survey). <Cite ids="S02 S03" />\n\nNothing else is known. <Cite ids="S04" />',
    );
    assert.equal(events.get('1862-first-fixture-fair')!.body, 'The first fair was held in April. \\{Braces\\} stay as text, and so does 3 \\< 4. <Cite ids="S05" />');
    assert.equal(events.get('1925-fixture-clock-struck-thirteen')!.body, 'The clock struck thirteen at half past two.\n\nA bad link keeps its words; a value like \\{x\\} or \\<tag> stays text.');
    for (const file of json.files) assert.doesNotMatch(file.text, /<script|onclick|<iframe|javascript:|alert\(/i, file.path);
  });

  it('cover the events outside the story eras with an era of their own', () => {
    const eras = json.files.filter((file) => file.path.startsWith('eras/')).map((file) => [file.path, mdx(file.text).data]);
    assert.deepEqual(eras, [
      ['eras/1-founding-years.mdx', { title: 'Founding years', start: '1850', end: '1899' }],
      ['eras/2-the-modern-town.mdx', { title: 'The modern town', start: '1900', end: '1949' }],
      ['eras/3-1950-1970.mdx', { title: '1950–1970', start: '1950', end: '1970' }],
    ]);
  });
});

describe('the deep-time fixture', () => {
  const story = importFixture('deep-time.csv');
  it('keeps years before the common era, however far, with their sign; ids name them BC and never begin with a minus', () => {
    const dates = Object.fromEntries([...eventsOf(story)].map(([id, event]) => [id, event.data.date]));
    assert.deepEqual(dates, {
      '13800000000-bc-fixture-universe-begins': { start: '-13800000000' },
      '4540000000-bc-fixture-earth-forms': { start: '-4540000000' },
      '3700000000-bc-fixture-first-life': { start: '-3700000000' },
      '66000000-bc-fixture-dinosaurs-end': { start: '-66000000' },
      '300000-bc-fixture-first-people': { start: '-300000' },
      '3400-bc-fixture-writing': { start: '-3400', end: '-3100' },
      '44-bc-fixture-ides-of-march': { start: '-0044-03-15' },
      '1450-fixture-printing-press': { start: '1450' },
      '1969-fixture-moon-landing': { start: '1969-07-20' },
    });
  });
  it('names an era it adds for events outside the sheet’s eras in words', () => {
    const eras = story.files.filter((file) => file.path.startsWith('eras/')).map((file) => mdx(file.text).data.title);
    assert.deepEqual(eras, ['Before people', '66 million years ago', 'With people']);
  });
});

describe('the malformed fixtures', () => {
  const cases: [string, string[]][] = [
    ['month-13.csv', ['month-13.csv:5 Month: 13 is not a month (1–12)']],
    ['end-before-start.json', ['end-before-start.json events[2] end_date: ends (1901-05) before it starts (1902)']],
    ['missing-headline.csv', ['missing-headline.csv:4 Headline: is empty']],
    ['two-titles.csv', ['two-titles.csv:4 Type: a second title slide (the first is on line 2); a story has one']],
    ['too-many-groups.csv', ['too-many-groups.csv Group: 13 threads (13 groups), but the timeline tells at most 12 apart: merge some groups']],
    ['overlapping-eras.json', ['overlapping-eras.json eras[1] start_date: "Fixture war years" (1910–1950) overlaps "Fixture mill years" (eras[0], 1880–1920): eras may not overlap']],
    ['media-without-url.json', ['media-without-url.json events[0] media.url: is missing, but media.caption is given']],
    ['missing-media.json', ['missing-media.json events[0] media.url: "images/no-such-mill.png" is not a file next to missing-media.json (the slide "Fixture mill built")']],
    [
      'many-problems.csv',
      [
        'many-problems.csv:3 Day: is given without a month',
        'many-problems.csv:4 Day: 29 is not a day of February 1900',
        'many-problems.csv:6 Year: 1902.5 is not a year (a whole number)',
        'many-problems.csv:7 Headline: is empty',
        'many-problems.csv:9 Type: "chapter" is not a slide type: leave it empty for an event, or write title or era',
        'many-problems.csv:10 Media: is empty, but Media Caption is given',
        'many-problems.csv:11 Year: is empty, but Month is given',
      ],
    ],
  ];
  for (const [name, expected] of cases) {
    it(`${name} stops the import with ${expected.length === 1 ? 'its message' : 'every message, in line order'}`, () => {
      assert.deepEqual(problemsOf(() => importFixture(name)), expected);
    });
  }
});
