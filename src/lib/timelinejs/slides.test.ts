import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, fileOf, importJson, importText, mdx, problemsOf, sheet, slide } from './test-helpers.ts';

/** The one event's date of a story with one slide. */
function dateOf(event: Record<string, unknown>): unknown {
  const [only] = eventsOf(importJson({ events: [event] })).values();
  return only!.data.date;
}

describe('dates at every precision', () => {
  it('keeps a year alone as YYYY', () => {
    assert.deepEqual(dateOf(slide(1850, 'Fixture Town founded')), { start: '1850' });
  });

  it('keeps a year and a month as YYYY-MM', () => {
    assert.deepEqual(dateOf({ ...slide(1862, 'Fixture fair'), start_date: { year: 1862, month: 4 } }), { start: '1862-04' });
  });

  it('keeps a whole day as YYYY-MM-DD', () => {
    assert.deepEqual(dateOf({ ...slide(1901, 'Fixture bridge'), start_date: { year: 1901, month: 2, day: 28 } }), { start: '1901-02-28' });
  });

  it('reads numeric strings as numbers', () => {
    assert.deepEqual(dateOf({ ...slide(1901, 'Fixture bridge'), start_date: { year: '1901', month: '02', day: ' 3 ' } }), { start: '1901-02-03' });
  });

  it('writes years before 1000 with four digits, as the engine reads them', () => {
    assert.deepEqual(dateOf(slide(476, 'Fixture fort abandoned')), { start: '0476' });
  });

  it('writes a range with its end at the end date own precision', () => {
    const event = { ...slide(1902, 'Fixture railway'), end_date: { year: 1907, month: 5 } };
    assert.deepEqual(dateOf(event), { start: '1902', end: '1907-05' });
  });

  it('accepts a range that ends within the year it starts', () => {
    const event = { ...slide(1902, 'Fixture railway'), start_date: { year: 1902 }, end_date: { year: 1902, month: 5 } };
    assert.deepEqual(dateOf(event), { start: '1902', end: '1902-05' });
  });

  it('gives the slide display_date as the date label', () => {
    const event = { ...slide(1902, 'Fixture railway'), display_date: 'About 1902' };
    assert.deepEqual(dateOf(event), { start: '1902', label: 'About 1902' });
  });

  it('leaves out a display_date that is the date as the engine writes it', () => {
    const event = { ...slide(1902, 'Fixture railway'), start_date: { year: 1902, month: 4 }, end_date: { year: 1902, month: 6 }, display_date: 'April–June 1902' };
    assert.deepEqual(dateOf(event), { start: '1902-04', end: '1902-06' });
  });

  it('joins the start and end display_dates when the slide has none of its own', () => {
    const event = { ...slide(1902, 'Fixture railway'), start_date: { year: 1902, display_date: 'Spring 1902' }, end_date: { year: 1907, display_date: 'late 1907' } };
    assert.deepEqual(dateOf(event), { start: '1902', end: '1907', label: 'Spring 1902 – late 1907' });
  });

  it('takes the Display Date column of a sheet', () => {
    const content = importText(sheet([{ Year: '1902', 'End Year': '1907', 'Display Date': '1902 to 1907', Headline: 'Fixture railway' }]), 'story.csv');
    assert.deepEqual([...eventsOf(content).values()][0]!.data.date, { start: '1902', end: '1907', label: '1902 to 1907' });
  });

  it('leaves out a time of day and says so, naming the slide', () => {
    const content = importJson({ events: [{ ...slide(1925, 'Fixture clock'), start_date: { year: 1925, month: 6, day: 15, hour: 14, minute: 30 } }] });
    assert.deepEqual([...eventsOf(content).values()][0]!.data.date, { start: '1925-06-15' });
    assert.ok(content.notes.includes('story.json events[0] start_date: the time of day (14:30) is left out: dates are kept to the day'), content.notes.join('\n'));
  });

  it('leaves out the Time column of a sheet and says so, naming the line', () => {
    const content = importText(sheet([{ Year: '1925', Month: '6', Day: '15', Time: '2:30 PM', Headline: 'Fixture clock' }]), 'story.csv');
    assert.deepEqual([...eventsOf(content).values()][0]!.data.date, { start: '1925-06-15' });
    assert.ok(content.notes.includes('story.csv:2 Time: the time of day (2:30 PM) is left out: dates are kept to the day'), content.notes.join('\n'));
  });

  it('knows 29 February in leap years only', () => {
    assert.deepEqual(dateOf({ ...slide(2000, 'Fixture leap'), start_date: { year: 2000, month: 2, day: 29 } }), { start: '2000-02-29' });
    assert.deepEqual(dateOf({ ...slide(1904, 'Fixture leap'), start_date: { year: 1904, month: 2, day: 29 } }), { start: '1904-02-29' });
    assert.deepEqual(problemsOf(() => importJson({ events: [{ ...slide(1900, 'Fixture leap'), start_date: { year: 1900, month: 2, day: 29 } }] })), [
      'story.json events[0] start_date.day: 29 is not a day of February 1900',
    ]);
  });

  it('writes every date in the front matter as a quoted string', () => {
    const text = fileOf(importJson({ events: [{ ...slide(1902, 'Fixture railway'), end_date: { year: 1907 } }] }), 'events/1902-fixture-railway.mdx');
    assert.match(text, /^ {2}start: '1902'$/m);
    assert.match(text, /^ {2}end: '1907'$/m);
    assert.match(text, /^updated: '2026-12-06'$/m);
  });
});

describe('malformed slides', () => {
  const csvProblems = (rows: Record<string, string>[]) => problemsOf(() => importText(sheet(rows), 'story.csv'));
  const jsonProblems = (document: unknown) => problemsOf(() => importJson(document));

  it('stops on a month outside 1–12, naming the line and the column', () => {
    assert.deepEqual(csvProblems([{ Year: '1901', Month: '13', Headline: 'Fixture' }]), ['story.csv:2 Month: 13 is not a month (1–12)']);
    assert.deepEqual(csvProblems([{ Year: '1901', Month: 'May', Headline: 'Fixture' }]), ['story.csv:2 Month: "May" is not a month (1–12)']);
    assert.deepEqual(jsonProblems({ events: [{ ...slide(1901, 'Fixture'), end_date: { year: 1902, month: 0 } }] }), ['story.json events[0] end_date.month: 0 is not a month (1–12)']);
  });

  it('stops on a day its month does not have', () => {
    assert.deepEqual(csvProblems([{ Year: '1901', Month: '4', Day: '31', Headline: 'Fixture' }]), ['story.csv:2 Day: 31 is not a day of April 1901']);
    assert.deepEqual(csvProblems([{ Year: '1901', Month: '4', Day: '0', Headline: 'Fixture' }]), ['story.csv:2 Day: 0 is not a day of a month (1–31)']);
  });

  it('stops on a day without a month', () => {
    assert.deepEqual(csvProblems([{ Year: '1901', Day: '5', Headline: 'Fixture' }]), ['story.csv:2 Day: is given without a month']);
    assert.deepEqual(jsonProblems({ events: [{ ...slide(1901, 'Fixture'), end_date: { year: 1902, day: 5 } }] }), ['story.json events[0] end_date.day: is given without a month']);
  });

  it('stops on a missing or malformed year', () => {
    assert.deepEqual(csvProblems([{ Headline: 'Fixture' }]), ['story.csv:2 Year: is empty']);
    assert.deepEqual(csvProblems([{ Month: '3', Headline: 'Fixture' }]), ['story.csv:2 Year: is empty, but Month is given']);
    assert.deepEqual(csvProblems([{ Year: '1901', 'End Month': '3', Headline: 'Fixture' }]), ['story.csv:2 End Year: is empty, but End Month is given']);
    assert.deepEqual(csvProblems([{ Year: '1901.5', Headline: 'Fixture' }]), ['story.csv:2 Year: 1901.5 is not a year (a whole number)']);
    assert.deepEqual(csvProblems([{ Year: 'c. 1900', Headline: 'Fixture' }]), ['story.csv:2 Year: "c. 1900" is not a year (a whole number)']);
    assert.deepEqual(jsonProblems({ events: [{ text: { headline: 'Fixture' } }] }), ['story.json events[0] start_date: is missing']);
    assert.deepEqual(jsonProblems({ events: [{ start_date: {}, text: { headline: 'Fixture' } }] }), ['story.json events[0] start_date.year: is missing']);
    assert.deepEqual(jsonProblems({ events: [{ start_date: 1901, text: { headline: 'Fixture' } }] }), ['story.json events[0] start_date: is not a date (an object with a year)']);
  });

  it('takes any year, negative before the common era, but stops on year 0, on a year too far, and on a month in deep time', () => {
    assert.doesNotThrow(() => importText(sheet([{ Year: '-13800000000', Headline: 'Fixture universe' }]), 'story.csv'));
    assert.doesNotThrow(() => importJson({ events: [slide(10000, 'Fixture')] }));
    assert.deepEqual(jsonProblems({ events: [slide(0, 'Fixture')] }), ['story.json events[0] start_date.year: 0: there is no year 0 (years before the common era are negative: -1 is 1 BC)']);
    assert.deepEqual(csvProblems([{ Year: '-90000000000', Headline: 'Fixture' }]), ['story.csv:2 Year: -90000000000: further than 30,000,000,000 years from the common era']);
    assert.deepEqual(csvProblems([{ Year: '-66000000', Month: '3', Headline: 'Fixture' }]), ['story.csv:2 Month: is given, but months and days are kept only for years -9999 to 9999']);
  });

  it('stops on a range that ends before it starts', () => {
    assert.deepEqual(jsonProblems({ events: [{ ...slide(1902, 'Fixture'), end_date: { year: 1901, month: 5 } }] }), ['story.json events[0] end_date: ends (1901-05) before it starts (1902)']);
    assert.deepEqual(csvProblems([{ Year: '1902', Month: '3', Day: '2', 'End Year': '1902', 'End Month': '3', 'End Day': '1', Headline: 'Fixture' }]), [
      'story.csv:2 End Year: ends (1902-03-01) before it starts (1902-03-02)',
    ]);
  });

  it('stops on a missing or empty headline', () => {
    assert.deepEqual(csvProblems([{ Year: '1902', Text: '<p>No headline.</p>' }]), ['story.csv:2 Headline: is empty']);
    assert.deepEqual(csvProblems([{ Year: '1902', Headline: '<b> </b>' }]), ['story.csv:2 Headline: is empty']);
    assert.deepEqual(jsonProblems({ events: [{ start_date: { year: 1902 } }] }), ['story.json events[0] text.headline: is missing']);
    assert.deepEqual(jsonProblems({ events: [{ start_date: { year: 1902 }, text: { headline: '' } }] }), ['story.json events[0] text.headline: is empty']);
    assert.deepEqual(jsonProblems({ events: [{ start_date: { year: 1902 }, text: { headline: { en: 'x' } } }] }), ['story.json events[0] text.headline: is not text']);
  });

  it('stops on a second title slide, naming the first', () => {
    assert.deepEqual(csvProblems([{ Headline: 'Fixture story', Type: 'title' }, { Year: '1902', Headline: 'Fixture' }, { Headline: 'Another', Type: 'TITLE' }]), [
      'story.csv:4 Type: a second title slide (the first is on line 2); a story has one',
    ]);
  });

  it('stops on an unknown slide type', () => {
    assert.deepEqual(csvProblems([{ Year: '1902', Headline: 'Fixture', Type: 'chapter' }]), ['story.csv:2 Type: "chapter" is not a slide type: leave it empty for an event, or write title or era']);
  });

  it('stops on media without a URL', () => {
    assert.deepEqual(csvProblems([{ Year: '1902', Headline: 'Fixture', 'Media Credit': 'Someone' }]), ['story.csv:2 Media: is empty, but Media Credit is given']);
    assert.deepEqual(jsonProblems({ events: [{ ...slide(1902, 'Fixture'), media: { caption: 'A caption' } }] }), ['story.json events[0] media.url: is missing, but media.caption is given']);
    assert.deepEqual(jsonProblems({ events: [{ ...slide(1902, 'Fixture'), media: 'https://example.org/a.jpg' }] }), ['story.json events[0] media: is not an object with a url']);
  });

  it('stops on an era without an end', () => {
    assert.deepEqual(csvProblems([{ Year: '1902', Headline: 'Fixture' }, { Year: '1900', Headline: 'Fixture era', Type: 'era' }]), ['story.csv:3 End Year: is empty: an era needs an end']);
    assert.deepEqual(jsonProblems({ events: [slide(1902, 'Fixture')], eras: [{ start_date: { year: 1900 }, text: { headline: 'Era' } }] }), ['story.json eras[0] end_date: is missing: an era needs an end']);
  });

  it('stops on a story without events', () => {
    assert.deepEqual(csvProblems([{ Headline: 'Fixture story', Type: 'title' }]), ['story.csv: has no events: a story needs at least one']);
    assert.deepEqual(jsonProblems({ events: [] }), ['story.json: has no events: a story needs at least one']);
  });

  it('stops on a slide that is not an object', () => {
    assert.deepEqual(jsonProblems({ events: [slide(1902, 'Fixture'), 'a slide'] }), ['story.json events[1]: is not a slide (an object)']);
  });

  it('reports every problem, one per line, in the order of the file', () => {
    const problems = csvProblems([
      { Year: '1901', Month: '13', Headline: 'Fixture one' },
      { Year: '1902', Headline: 'Fixture two' },
      { Year: '1903', Day: '4', Headline: '' },
      { Year: '1904', Headline: 'Fixture four', Type: 'chapter' },
    ]);
    assert.deepEqual(problems, [
      'story.csv:2 Month: 13 is not a month (1–12)',
      'story.csv:4 Headline: is empty',
      'story.csv:4 Day: is given without a month',
      'story.csv:5 Type: "chapter" is not a slide type: leave it empty for an event, or write title or era',
    ]);
  });

  it('lets the title slide go without a date or a headline', () => {
    const content = importText(sheet([{ Text: '<p>About Fixture Town.</p>', Type: 'title' }, { Year: '1902', Headline: 'Fixture' }]), 'fixture-town.csv');
    assert.equal(mdx(fileOf(content, 'overview.mdx')).data.title, 'fixture-town');
  });
});
