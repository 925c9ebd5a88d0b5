import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readCsv } from './read-csv.ts';
import { problemsOf, sheet, TEMPLATE } from './test-helpers.ts';

/** The line each slide of a sheet starts on. */
const lines = (text: string) => readCsv(text, 'story.csv').slides.map((slide) => (slide.at.format === 'csv' ? slide.at.line : undefined));

describe('readCsv', () => {
  it('counts the header as line 1 and each row from the line it starts on', () => {
    const text = sheet([
      { Year: '1900', Headline: 'One', Text: '<p>Two\nlines</p>' },
      { Year: '1901', Headline: 'Two', Text: 'Three\nlines\nhere' },
      { Year: '1902', Headline: 'Three' },
    ]);
    assert.deepEqual(lines(text), [2, 4, 7]);
  });

  it('counts lines the same with Windows line ends, and line breaks inside quotes', () => {
    const text = sheet([{ Year: '1900', Headline: 'One', Text: 'a\r\nb\r\nc' }, { Year: '1901', Headline: 'Two' }], TEMPLATE, '\r\n');
    assert.deepEqual(lines(text), [2, 5]);
  });

  it('counts lines the same with old Mac line ends', () => {
    const text = sheet([{ Year: '1900', Headline: 'One', Text: 'a\rb' }, { Year: '1901', Headline: 'Two' }], TEMPLATE, '\r');
    assert.deepEqual(lines(text), [2, 4]);
  });

  it('skips empty lines and rows of empty cells, still counting their lines', () => {
    const text = `Year,Headline\n\n1900,One\n,\n   \n\n1901,"Two\nlines"\n\n1902,Three\n`;
    assert.deepEqual(lines(text), [3, 7, 10]);
  });

  it('ignores a byte order mark', () => {
    const { slides } = readCsv('\uFEFFYear,Headline\n1900,One\n', 'story.csv');
    assert.equal(slides[0]!.headline, 'One');
  });

  it('matches column names in any case and order, and ignores unknown ones', () => {
    const { slides } = readCsv('HEADLINE,notes,year,  end   year ,Group\nOne,ignored,1900,1902,Fixture group\n', 'story.csv');
    assert.equal(slides[0]!.headline, 'One');
    assert.deepEqual(slides[0]!.start, { year: '1900', month: undefined, day: undefined, time: undefined });
    assert.equal(slides[0]!.end?.year, '1902');
    assert.equal(slides[0]!.group, 'Fixture group');
  });

  it('reads title and era rows by their Type, in any case', () => {
    const { slides } = readCsv('Year,End Year,Headline,Type\n,,Story,Title\n1900,1910,Era,ERA\n1905,,Event,\n', 'story.csv');
    assert.deepEqual(
      slides.map((slide) => slide.kind),
      ['title', 'era', 'event'],
    );
  });

  it('reads a media entry from its columns', () => {
    const { slides } = readCsv(sheet([{ Year: '1900', Headline: 'One', Media: 'https://example.org/a.jpg', 'Media Credit': 'Credit', 'Media Caption': 'Caption', 'Media Thumbnail': 'https://example.org/t.jpg' }]), 'story.csv');
    assert.deepEqual(slides[0]!.media, { url: 'https://example.org/a.jpg', caption: 'Caption', credit: 'Credit', thumbnail: 'https://example.org/t.jpg', alt: undefined, title: undefined });
  });

  it('stops on a sheet without a Year or Headline column', () => {
    assert.deepEqual(
      problemsOf(() => readCsv('Date,Title\n1900,One\n', 'story.csv')),
      ['story.csv:1 Year: no such column: the header row needs the columns of the TimelineJS template', 'story.csv:1 Headline: no such column: the header row needs the columns of the TimelineJS template'],
    );
  });

  it('stops on a file that is not CSV, or is empty', () => {
    const [unclosed] = problemsOf(() => readCsv('Year,Headline\n1900,"One\n', 'story.csv'));
    assert.match(unclosed!, /^story\.csv: is not valid CSV \(.*quote.*\)$/i);
    assert.deepEqual(problemsOf(() => readCsv('', 'story.csv')), ['story.csv: is empty: it needs the TimelineJS header row and a row per slide']);
  });
});
