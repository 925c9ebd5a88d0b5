/**
 * Bad content fails the build with a message naming the file, the field and the problem.
 * Each case copies a small valid content folder, breaks one thing, and builds it. The
 * chronology's cross-checks are unit-tested in src/lib/validate-chronology.test.ts; the
 * cases here prove the wiring: the schema, body citations, lineage, the corrections log,
 * the Russian edition and the checks of the built pages each fail the build.
 */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, projectRoot } from './support/build-site.ts';

const fixture = join(projectRoot, 'e2e/fixtures/minimal-content');

/**
 * Builds the site from a copy of the fixture after `breakIt` edits it; returns the exit
 * status and output, and the text of each of the `pages` (paths under dist/) it wrote.
 */
function buildWith(breakIt: (dir: string) => void, pages: string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), 'strait-content-'));
  cpSync(fixture, join(dir, 'content'), { recursive: true });
  breakIt(join(dir, 'content'));
  const result = buildSite({ CONTENT_DIR: join(dir, 'content') }, dir);
  const built = existsSync(join(dir, 'dist/index.html'));
  const written = Object.fromEntries(pages.filter((page) => existsSync(join(dir, 'dist', page))).map((page) => [page, readFileSync(join(dir, 'dist', page), 'utf8')]));
  rmSync(dir, { recursive: true, force: true });
  return { status: result.status, output: result.output, built, written };
}

function edit(file: string, from: string | RegExp, to: string) {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  assert.notEqual(next, text, `fixture edit did not apply to ${file}`);
  writeFileSync(file, next);
}

const first = (dir: string) => join(dir, 'events/1890-first.mdx');

/** Asserts the build failed, wrote no site, and said each of `expected`. */
function assertFails(result: ReturnType<typeof buildWith>, expected: (string | RegExp)[]) {
  assert.notEqual(result.status, 0, 'the build should fail');
  assert.equal(result.built, false, 'no half-written site');
  for (const text of expected) {
    if (typeof text === 'string') assert.ok(result.output.includes(text), `output should include ${JSON.stringify(text)}:\n${result.output.slice(-3000)}`);
    else assert.match(result.output, text);
  }
}

describe('bad content fails the build with a clear message', () => {
  before(() => {
    const good = buildWith(() => {});
    assert.equal(good.status, 0, `the unbroken fixture should build:\n${good.output.slice(-3000)}`);
  });

  it('names the file and field of an unparseable date', () => {
    const result = buildWith((dir) => edit(first(dir), 'start: 1890', 'start: 1890-14'));
    assertFails(result, ['1890-first.mdx', 'date.start', '"1890-14" has no month 14']);
  });

  it('names the file and field of a range that ends before it starts', () => {
    const result = buildWith((dir) => edit(first(dir), 'start: 1890', 'start: 1890\n  end: 1889'));
    assertFails(result, ['1890-first.mdx', 'date.end', 'ends (1889) before it starts (1890)']);
  });

  it('names the file and component of a body citation of an unknown source', () => {
    const result = buildWith((dir) => edit(first(dir), '<Cite ids="S01 S02" />', '<Cite ids="S01 S404" />'));
    assertFails(result, ['1890-first.mdx: body <Cite>: unknown source id "S404"']);
  });

  it('names the file of an event with no source', () => {
    const result = buildWith((dir) => edit(first(dir), 'sources: [S01]\n', ''));
    assertFails(result, ['1890-first.mdx', /sources\W+sources: Required/]);
  });

  it('names the file, line and id of a duplicate source id', () => {
    const result = buildWith((dir) => edit(join(dir, 'sources.yaml'), '- id: S02', '- id: S01'));
    assertFails(result, ['sources.yaml: id (line 8): duplicate source id "S01", first used at line 2']);
  });

  it('names the file and field of an unknown thread, listing the known ones', () => {
    const result = buildWith((dir) => edit(first(dir), 'thread: railway', 'thread: ferry'));
    assertFails(result, ['1890-first.mdx', 'thread', 'is not one of the threads in site.yaml (railway, bridge, tunnel, corridor, politics, context)']);
  });

  it('names site.yaml, the field and its line when the story’s identity is wrong', () => {
    const result = buildWith((dir) => edit(join(dir, 'site.yaml'), "- id: bridge", "- id: Bridge"));
    assertFails(result, [/site\.yaml: threads\.1\.id \(line \d+\): is not an id of lower-case letters/]);
  });

  /** Gives the first event a place (in English and in Russian), and the story `map` as its map.yaml. */
  const withPlace = (map?: string) => (dir: string) => {
    edit(first(dir), 'sources: [S01]\n', 'sources: [S01]\nplaces:\n  - name: A harbour\n    lat: 10\n    lon: 20\n    sources: [S01]\n');
    edit(join(dir, 'ru/events/1890-first.mdx'), 'confidenceReason: Фикстура.', 'confidenceReason: Фикстура.\nplaces: [Гавань]');
    if (map) writeFileSync(join(dir, 'map.yaml'), map);
  };

  it('builds the map page only for a story with a map file, and names map.yaml, the field and its line when it is wrong', () => {
    const map = 'region: { west: 15, east: 25, south: 5, north: 15 }\nlabels:\n  - { text: { en: A SEA }, at: top-left }\n';
    const without = buildWith(withPlace(), ['map/index.html', 'ru/map/index.html']);
    assert.equal(without.status, 0, without.output.slice(-3000));
    assert.deepEqual(Object.keys(without.written), [], 'no map page without map.yaml');
    const withMap = buildWith(withPlace(map), ['map/index.html', 'ru/map/index.html']);
    assert.equal(withMap.status, 0, withMap.output.slice(-3000));
    assert.deepEqual(Object.keys(withMap.written), ['map/index.html', 'ru/map/index.html']);
    const wrong = buildWith(withPlace(map.replace('at: top-left', 'at: top')));
    assertFails(wrong, [/map\.yaml: labels\.0\.at \(line 3\): /]);
  });

  it('holds a page’s passage (prose/) to no every-sentence check: the method page’s own words build, in English and marked so in Russian', () => {
    const result = buildWith((dir) => writeFileSync(join(dir, 'prose/en/About.mdx'), '<h1>Method</h1>\n\nThis page says how the fixture works, and cites nothing. It counts {props.events} events.\n'), ['about/index.html', 'ru/about/index.html']);
    assert.equal(result.status, 0, result.output.slice(-3000));
    assert.match(result.written['about/index.html'] ?? '', /<main[^>]*><h1>Method<\/h1>\s*<p>This page says how the fixture works, and cites nothing\. It counts 2 events\.<\/p><\/main>/);
    assert.match(result.written['ru/about/index.html'] ?? '', /<main[^>]*><div lang="en"><h1>Method<\/h1>/);
  });

  it('names the file, line and field of a correction that names an unknown event', () => {
    const result = buildWith((dir) => edit(join(dir, 'corrections.yaml'), 'event: 2007-second', 'event: 2007-missing'));
    assertFails(result, ['corrections.yaml: event (line 1): unknown event "2007-missing"']);
  });

  it('names the file and field of an event with no updated date', () => {
    const result = buildWith((dir) => edit(first(dir), 'updated: 2026-11-24\n', ''));
    assertFails(result, ['1890-first.mdx', 'updated']);
  });

  const second = (dir: string) => join(dir, 'events/2007-second.mdx');
  const link = (target: string, extra = 'how: named it\n    note: A link.\n    sources: [S02]') => `sources: [S02]\ndrewOn:\n  - event: ${target}\n    ${extra}\n`;

  it('names the file and field of a lineage link to a later event', () => {
    const result = buildWith((dir) => edit(first(dir), 'sources: [S01]\n', `sources: [S01]\ndrewOn:\n  - event: 2007-second\n    how: named it\n    note: A link.\n    sources: [S01]\n`));
    assertFails(result, ['1890-first.mdx: drewOn[0].event: "2007-second" comes later than this event']);
  });

  it('names the file and field of a lineage link without a source', () => {
    const result = buildWith((dir) => edit(second(dir), 'sources: [S02]\n', link('1890-first', 'how: named it\n    note: A link.')));
    assertFails(result, ['2007-second.mdx', /drewOn\.0\.sources/]);
  });

  it('names the file and field of a lineage link with an unknown kind of link', () => {
    const result = buildWith((dir) => edit(second(dir), 'sources: [S02]\n', link('1890-first', 'how: copied it\n    note: A link.\n    sources: [S02]')));
    assertFails(result, ['2007-second.mdx', /drewOn\.0\.how/, '"named it"']);
  });

  it('names a Russian list that does not match the English, entry for entry', () => {
    const result = buildWith((dir) => edit(join(dir, 'ru/events/1890-first.mdx'), 'confidenceReason: Фикстура.', 'confidenceReason: Фикстура.\npeople: [Кто-то]'));
    assertFails(result, ['ru/events/1890-first.mdx', 'people', 'has 1 entry; the English entry has 0']);
  });

  it('names the file, line and words of a sentence without a citation in an era', () => {
    const result = buildWith((dir) => edit(join(dir, 'eras/1-all.mdx'), 'with a citation. <Cite ids="S01" />', 'with a citation. <Cite ids="S01" />\nThe railway was never built.'));
    assertFails(result, ['eras/1-all.mdx: body: a sentence has no citation', 'line 7: "The railway was never built."']);
  });

  it('builds an open story with uncited sentences, events without sources or confidence, and says how many sentences cite nothing', () => {
    const result = buildWith((dir) => {
      edit(join(dir, 'site.yaml'), 'sourcing: strict', 'sourcing: open');
      edit(join(dir, 'eras/1-all.mdx'), 'with a citation. <Cite ids="S01" />', 'with a citation. <Cite ids="S01" />\nThe railway was never built.');
      edit(first(dir), /confidence:\n  level: high\n  reason: Fixture.\nsources: \[S01\]\n/, '');
    });
    assert.equal(result.status, 0, result.output.slice(-3000));
    assert.equal(result.built, true);
    assert.match(result.output, /1 sentence in 1 file cites no source; most in [^\n]*eras\/1-all\.mdx \(1\)/);
  });

  it('builds an open story with no bibliography at all', () => {
    const result = buildWith((dir) => {
      edit(join(dir, 'site.yaml'), 'sourcing: strict', 'sourcing: open');
      for (const path of ['sources.yaml', 'ru', 'prose']) rmSync(join(dir, path), { recursive: true });
      for (const file of ['events/1890-first.mdx', 'events/2007-second.mdx', 'eras/1-all.mdx', 'overview.mdx']) {
        const text = readFileSync(join(dir, file), 'utf8');
        writeFileSync(join(dir, file), text.replace(/ ?<Cite ids="[^"]*" \/>/g, '').replace(/<Claim [^>]*>([^<]*)<\/Claim>/g, '$1').replace(/^sources: \[[^\]]*\]\n/m, ''));
      }
    });
    assert.equal(result.status, 0, result.output.slice(-3000));
    assert.equal(result.built, true);
  });

  it('names a Russian body sentence whose only citation belongs to the next sentence', () => {
    const result = buildWith((dir) => edit(join(dir, 'ru/events/1890-first.mdx'), 'Предложение со ссылкой.', 'К ним присоединились и другие. Предложение со ссылкой.'));
    assertFails(result, ['ru/events/1890-first.mdx: body', '"К ним присоединились и другие."']);
  });

  it('names the log, entry and words of a correction the Russian page contradicts', () => {
    const result = buildWith((dir) =>
      writeFileSync(join(dir, 'ru/corrections.yaml'), '- date: 2026-11-24\n  event: 2007-second\n  what: "Исправление."\n  why: "Причина."\n  now: Новые слова\n'),
    );
    assertFails(result, ['ru/corrections.yaml, line 1', 'the entry of 2026-11-24 about 2007-second', 'now: the page does not say "Новые слова"', '/ru/events/2007-second/']);
  });

  it('names the log, entry and words of a retraction the page still carries', () => {
    const result = buildWith((dir) => edit(join(dir, 'corrections.yaml'), 'why: "To show the log."', 'why: "To show the log."\n  was: A claimed figure'));
    assertFails(result, ['corrections.yaml, line 1', 'was: the page still says "A claimed figure"']);
  });
});
