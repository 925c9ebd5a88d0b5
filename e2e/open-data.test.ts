/** The open data files in the build: valid against their schema, in the shapes their readers expect. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { distDir, builtPages } from './built-pages.ts';

const read = (path: string) => readFileSync(join(distDir, path), 'utf8');
const eventPages = builtPages().filter((p) => p.startsWith('/events/'));

/** Splits RFC 4180 CSV into records of fields. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') record.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') record.push(field), records.push(record), (record = []), (field = ''), i++;
    else field += c;
  }
  return records;
}

describe('/data/events.json', () => {
  const data = JSON.parse(read('data/events.json'));
  it('validates against its JSON Schema', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    ajv.addFormat('uri', (value: string) => URL.canParse(value));
    const validate = ajv.compile(JSON.parse(read('data/events.schema.json')));
    assert.ok(validate(data), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  });
  it('has every event, with absolute URLs to its page and a versioned format', () => {
    assert.equal(data.events.length, eventPages.length);
    assert.match(data.version, /^1\.\d+\.\d+$/);
    for (const event of data.events) assert.match(event.url, /^https?:\/\/[^/]+\/.*events\/[^/]+\/$/);
    assert.ok(data.sources.length > 100);
  });
});

describe('/data/timelinejs.json', () => {
  const data = JSON.parse(read('data/timelinejs.json'));
  it('has the shape TimelineJS3 reads: a title slide and events with numeric start dates and headlines', () => {
    assert.equal(typeof data.title.text.headline, 'string');
    assert.equal(data.events.length, eventPages.length);
    for (const event of data.events) {
      assert.equal(typeof event.start_date.year, 'number');
      for (const part of ['month', 'day'] as const) if (part in event.start_date) assert.equal(typeof event.start_date[part], 'number');
      if (event.end_date) assert.equal(typeof event.end_date.year, 'number');
      assert.equal(typeof event.text.headline, 'string');
      assert.equal(typeof event.unique_id, 'string');
      assert.equal(typeof event.group, 'string');
    }
  });
  it('keeps a date known only to the year as a year, with the site’s label as the display date', () => {
    const gilpin = data.events.find((e: { unique_id: string }) => e.unique_id === '1890-gilpin-cosmopolitan-railway');
    assert.deepEqual(gilpin.start_date, { year: 1890 });
  });
});

describe('/data/events.csv', () => {
  it('has a header and one row per event, each with every column', () => {
    const [header, ...rows] = parseCsv(read('data/events.csv'));
    assert.deepEqual(header, ['id', 'title', 'start', 'end', 'date_label', 'thread', 'core', 'confidence', 'summary', 'url', 'sources', 'updated', 'drew_on']);
    assert.equal(rows.length, eventPages.length);
    for (const row of rows) assert.equal(row.length, header!.length);
  });
});
