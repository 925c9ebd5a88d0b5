import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse as parseYaml } from 'yaml';
import { mdxToJs } from 'satteri';
import { parsePartialDate } from '../partial-date.ts';
import { parseSiteFile } from '../site-file.ts';
import { parseSourceList } from '../source-list-file.ts';
import { SOURCE_ID_PATTERN } from '../sources.ts';
import { sourceId } from './source-list.ts';
import { eventsOf, fileOf, importJson, importText, mdx, problemsOf, sheet, slide } from './test-helpers.ts';

const sourcesOf = (content: ReturnType<typeof importJson>) => parseYaml(fileOf(content, 'sources.yaml')) as Record<string, string>[];
const onlyEvent = (content: ReturnType<typeof importJson>) => [...eventsOf(content).values()][0]!;

describe('the content folder', () => {
  const story = {
    title: { text: { headline: 'The <i>Fixture</i> Town story', text: '<p>A made-up history of Fixture Town. Nothing in it happened.</p><p>See <a href="https://example.org/about">about</a>.</p>' } },
    events: [slide(1850, 'Fixture Town founded', { group: 'Settlement' })],
  };

  it('writes site.yaml, overview.mdx, the events, the eras and sources.yaml, and nothing else', () => {
    assert.deepEqual(
      importJson(story).files.map((file) => file.path),
      ['site.yaml', 'overview.mdx', 'events/1850-fixture-town-founded.mdx', 'eras/1-1850.mdx', 'sources.yaml'],
    );
  });

  it('names the site from the title slide, its subject from the title text first sentence', () => {
    assert.deepEqual(parseYaml(fileOf(importJson(story), 'site.yaml')), {
      name: { en: 'The Fixture Town story' },
      subject: { en: 'A made-up history of Fixture Town' },
      tagline: { en: 'A timeline' },
      description: { en: 'a timeline' },
      footer: { en: '{site}. {subject}. See {method} and {sources}.' },
      languages: ['en'],
      sourcing: 'open',
      threads: [{ id: 'settlement', label: { en: 'Settlement' } }],
    });
  });

  it('names a site without a title slide after its file, and leaves its overview empty', () => {
    const content = importText(JSON.stringify({ events: story.events }), 'fixture-town.json');
    const site = parseYaml(fileOf(content, 'site.yaml')) as Record<string, unknown>;
    assert.deepEqual([site.name, site.subject], [{ en: 'fixture-town' }, { en: 'fixture-town' }]);
    assert.equal(fileOf(content, 'overview.mdx'), '---\ntitle: fixture-town\n---\n');
  });

  it('writes the title slide text as the overview, citing its links', () => {
    assert.equal(
      fileOf(importJson(story), 'overview.mdx'),
      '---\ntitle: The Fixture Town story\n---\n\nA made-up history of Fixture Town. Nothing in it happened.\n\nSee [about](https://example.org/about). <Cite ids="S01" />\n',
    );
  });

  it('writes an event front matter field by field, and its body', () => {
    const content = importJson({
      events: [
        slide(1902, 'Fixture railway', {
          end_date: { year: 1907, month: 5 },
          display_date: 'From 1902',
          group: 'Transport',
          text: { headline: 'Fixture <b>railway</b> built', text: '<p>Work began in 1902, says <a href="https://example.org/rail">the record</a>. It ended in 1907.</p>' },
        }),
      ],
    });
    assert.equal(
      fileOf(content, 'events/1902-fixture-railway-built.mdx'),
      [
        '---',
        'title: Fixture railway built',
        'summary: Work began in 1902, says the record.',
        "updated: '2026-12-06'",
        'date:',
        "  start: '1902'",
        "  end: '1907-05'",
        '  label: From 1902',
        'thread: transport',
        'sources: [S01]',
        '---',
        '',
        'Work began in 1902, says [the record](https://example.org/rail). It ended in 1907. <Cite ids="S01" />',
        '',
      ].join('\n'),
    );
  });

  it('stamps every event with the day it is given as today', () => {
    const content = importText(JSON.stringify(story), 'story.json', { today: '2030-01-02' });
    assert.equal(onlyEvent(content).data.updated, '2030-01-02');
  });

  it('gives the headline as the summary of a slide without text, and no body', () => {
    const event = onlyEvent(importJson({ events: [{ start_date: { year: 1900 }, text: { headline: 'Fixture mill built' } }] }));
    assert.equal(event.data.summary, 'Fixture mill built');
    assert.equal(event.body, '');
  });

  it('shortens a headline longer than the engine allows, and says so', () => {
    const headline = `Fixture ${'long '.repeat(20)}headline`;
    const content = importJson({ events: [slide(1900, headline)] });
    const title = String(onlyEvent(content).data.title);
    assert.ok(title.length <= 70 && title.endsWith('…'), title);
    assert.ok(content.notes.includes("story.json events[0] text.headline: shortened to 70 characters for the title (the engine's limit)"), content.notes.join('\n'));
  });

  it('writes what the engine reads: its site file, its bibliography, its dates and MDX it compiles', () => {
    const content = importText(
      sheet([
        { Headline: 'Fixture story', Text: '<p>About {this} <a href="https://example.org/a">A</a>.</p>', Type: 'title' },
        { Year: '1850', Month: '2', Headline: 'One', Text: '<p>import x from "y"</p><p>3 < 4 <a href="https://example.org/b">B</a></p>', Media: 'https://example.org/one.jpg', Group: 'G' },
        { Year: '1851', 'End Year': '1852', Headline: 'Two' },
        { Year: '1840', 'End Year': '1860', Headline: 'An era', Text: '<p>Era <a href="https://example.org/c">C</a></p>', Type: 'era' },
      ]),
      'story.csv',
    );
    const site = parseSiteFile(fileOf(content, 'site.yaml'), 'site.yaml');
    assert.deepEqual(
      site.threads.map((thread) => thread.id),
      ['g', 'events'],
    );
    const sources = parseSourceList(fileOf(content, 'sources.yaml'), 'sources.yaml');
    assert.deepEqual(
      sources.map((source) => source.id),
      ['S01', 'S02', 'S03', 'S04'],
    );
    for (const file of content.files.filter((f) => f.path.endsWith('.mdx'))) {
      const { data, body } = mdx(file.text);
      assert.doesNotThrow(() => mdxToJs(body), file.path);
      const date = (data.date ?? data) as { start?: string; end?: string };
      for (const value of [date.start, date.end].filter((v) => v !== undefined)) assert.ok(!('error' in parsePartialDate(value!)), `${file.path}: ${value}`);
      for (const id of (data.sources as string[] | undefined) ?? []) assert.ok(sources.some((source) => source.id === id), `${file.path} cites ${id}`);
      const cited = [...body.matchAll(/<Cite ids="([^"]*)" \/>/g)].flatMap((match) => match[1]!.split(' '));
      for (const id of cited) {
        assert.ok(sources.some((source) => source.id === id), `${file.path} cites ${id}`);
        if (file.path.startsWith('events/')) assert.ok((data.sources as string[]).includes(id), `${file.path} lists ${id} among its sources`);
      }
    }
  });
});

describe('problems with the story as a whole', () => {
  it('are found once every slide is sound, and reported together', () => {
    const events = Array.from({ length: 13 }, (_, i) => slide(1900 + i, `Event ${i}`, { group: `Group ${i}`, ...(i === 2 && { media: { url: 'missing.jpg' } }) }));
    const eras = [1880, 1900].map((year) => ({ start_date: { year }, end_date: { year: year + 30 }, text: { headline: `Era ${year}` } }));
    assert.deepEqual(problemsOf(() => importJson({ events, eras }, { mediaExists: () => false })), [
      'story.json group: 13 threads (13 groups), but the timeline tells at most 12 apart: merge some groups',
      'story.json eras[1] start_date: "Era 1900" (1900–1930) overlaps "Era 1880" (eras[0], 1880–1910): eras may not overlap',
      'story.json events[2] media.url: "missing.jpg" is not a file next to story.json (the slide "Event 2")',
    ]);
  });
});

describe('media', () => {
  const withMedia = (media: Record<string, unknown>, text = '') => ({ events: [slide(1900, 'Fixture mill built', { media, text: { headline: 'Fixture mill built', text } })] });

  it('keeps a remote image as a URL with its words as plain text, and lists it as a source cited by the slide', () => {
    const content = importJson(withMedia({ url: 'https://www.example.org/mill.jpg', caption: 'The <b>mill</b>', credit: 'Fixture Archive &amp; Friends', alt: 'A mill', thumbnail: 'https://example.org/mill-small.jpg' }, '<p>A mill.</p>'));
    const event = onlyEvent(content);
    assert.deepEqual(event.data.media, { url: 'https://www.example.org/mill.jpg', alt: 'A mill', credit: 'Fixture Archive & Friends', caption: 'The mill', thumbnail: 'https://example.org/mill-small.jpg' });
    assert.deepEqual(event.data.sources, ['S01']);
    assert.equal(event.body, 'A mill. <Cite ids="S01" />');
    assert.deepEqual(sourcesOf(content), [{ id: 'S01', title: 'The mill', publisher: 'example.org', url: 'https://www.example.org/mill.jpg', kind: 'blog' }]);
    assert.deepEqual(content.copies, []);
  });

  it('keeps a YouTube video as its URL, a source published by youtube.com, cited as the body when there is no text', () => {
    const content = importJson(withMedia({ url: 'https://www.youtube.com/watch?v=Fixture00001' }));
    assert.deepEqual(onlyEvent(content).data.media, { url: 'https://www.youtube.com/watch?v=Fixture00001' });
    assert.equal(onlyEvent(content).body, '<Cite ids="S01" />');
    assert.deepEqual(sourcesOf(content), [{ id: 'S01', title: 'Fixture mill built', publisher: 'youtube.com', url: 'https://www.youtube.com/watch?v=Fixture00001', kind: 'blog' }]);
  });

  it('keeps a Wikipedia page as its URL, a source titled by its credit when it has no caption', () => {
    const content = importJson(withMedia({ url: 'https://en.wikipedia.org/wiki/Mill', credit: 'Wikipedia' }));
    assert.deepEqual(sourcesOf(content), [{ id: 'S01', title: 'Wikipedia', publisher: 'en.wikipedia.org', url: 'https://en.wikipedia.org/wiki/Mill', kind: 'blog' }]);
  });

  it('reads a protocol-relative URL as https', () => {
    assert.deepEqual(onlyEvent(importJson(withMedia({ url: '//example.org/mill.jpg' }))).data.media, { url: 'https://example.org/mill.jpg' });
  });

  it('copies a local file into media/, is no source, and checks that it exists', () => {
    const seen: string[] = [];
    const content = importJson(withMedia({ url: 'images/mill.jpg', thumbnail: './images/mill-small.jpg' }), {
      mediaExists: (path) => {
        seen.push(path);
        return true;
      },
    });
    assert.deepEqual(onlyEvent(content).data.media, { url: '../media/mill.jpg', alt: 'Fixture mill built', thumbnail: '../media/mill-small.jpg' });
    assert.deepEqual(onlyEvent(content).data.sources, []);
    assert.deepEqual(content.copies, [
      { from: 'images/mill.jpg', to: 'media/mill.jpg' },
      { from: 'images/mill-small.jpg', to: 'media/mill-small.jpg' },
    ]);
    assert.deepEqual(seen, ['images/mill.jpg', 'images/mill-small.jpg']);
    assert.deepEqual(sourcesOf(content), []);
  });

  it('gives two local files of the same name different names, and one file used twice one copy', () => {
    const content = importJson({
      events: [slide(1900, 'One', { media: { url: 'a/mill.jpg' } }), slide(1901, 'Two', { media: { url: 'b/mill.jpg' } }), slide(1902, 'Three', { media: { url: 'a/mill.jpg' } }), slide(1903, 'Four', { media: { url: 'Old Mill (1900).JPG' } })],
    });
    assert.deepEqual(content.copies, [
      { from: 'a/mill.jpg', to: 'media/mill.jpg' },
      { from: 'b/mill.jpg', to: 'media/mill-2.jpg' },
      { from: 'Old Mill (1900).JPG', to: 'media/old-mill-1900.jpg' },
    ]);
  });

  it('stops on a local file that does not exist, naming the slide', () => {
    assert.deepEqual(problemsOf(() => importJson(withMedia({ url: 'images/no-such-mill.png' }), { mediaExists: () => false })), [
      'story.json events[0] media.url: "images/no-such-mill.png" is not a file next to story.json (the slide "Fixture mill built")',
    ]);
  });

  it('stops on a media URL that is neither a web address nor a relative path', () => {
    assert.deepEqual(problemsOf(() => importJson(withMedia({ url: 'ftp://example.org/mill.jpg' }))), ['story.json events[0] media.url: "ftp://example.org/mill.jpg" is neither an http(s) URL nor a path to a file next to story.json']);
    assert.deepEqual(problemsOf(() => importJson(withMedia({ url: '/images/mill.jpg' }))), ['story.json events[0] media.url: "/images/mill.jpg" is an absolute path: give a full URL, or a path relative to story.json']);
    assert.deepEqual(problemsOf(() => importText(sheet([{ Year: '1900', Headline: 'One', Media: 'javascript:alert(1)' }]), 'story.csv')), ['story.csv:2 Media: "javascript:alert(1)" is neither an http(s) URL nor a path to a file next to story.csv']);
  });

  it('shows the title slide’s media with the overview: a web address cited after the text, a local image copied and named from it', () => {
    const web = importJson({ title: { text: { headline: 'Story', text: '<p>About.</p>' }, media: { url: 'https://example.org/cover.jpg', caption: 'Cover' } }, events: [slide(1900, 'One')] });
    assert.equal(mdx(fileOf(web, 'overview.mdx')).body, 'About. <Cite ids="S01" />');
    assert.deepEqual(mdx(fileOf(web, 'overview.mdx')).data.media, { url: 'https://example.org/cover.jpg', caption: 'Cover' });
    const local = importJson({ title: { text: { headline: 'Story' }, media: { url: 'cover.jpg' } }, events: [slide(1900, 'One')] });
    assert.deepEqual(local.copies, [{ from: 'cover.jpg', to: 'media/cover.jpg' }]);
    assert.deepEqual(mdx(fileOf(local, 'overview.mdx')).data.media, { url: './media/cover.jpg', alt: 'Story' });
  });
});

describe('sources', () => {
  it('lists each distinct web address once, numbered in order of first appearance across slides', () => {
    const content = importJson({
      events: [
        slide(1900, 'One', { text: { headline: 'One', text: '<p><a href="https://www.example.org/a">First A</a> <a href="mailto:x@example.org">mail</a></p>' }, media: { url: 'https://example.com/one.jpg', caption: 'One picture' } }),
        slide(1901, 'Two', { text: { headline: 'Two', text: '<p><a href="https://example.com/b">B</a> and <a href="https://www.example.org/a">Second A</a></p>' } }),
      ],
    });
    assert.deepEqual(sourcesOf(content), [
      { id: 'S01', title: 'First A', publisher: 'example.org', url: 'https://www.example.org/a', kind: 'blog' },
      { id: 'S02', title: 'One picture', publisher: 'example.com', url: 'https://example.com/one.jpg', kind: 'blog' },
      { id: 'S03', title: 'B', publisher: 'example.com', url: 'https://example.com/b', kind: 'blog' },
    ]);
    assert.deepEqual(eventsOf(content).get('1901-two')!.data.sources, ['S03', 'S01']);
  });

  it('numbers S01 to S99, then S100 to S999, as the engine ids allow', () => {
    assert.deepEqual([1, 9, 99, 100, 999].map(sourceId), ['S01', 'S09', 'S99', 'S100', 'S999']);
    for (const n of [1, 99, 100, 999]) assert.match(sourceId(n), SOURCE_ID_PATTERN);
  });

  it('stops on more than 999 sources', () => {
    const links = (from: number) => Array.from({ length: 500 }, (_, i) => `<a href="https://example.org/${from + i}">${from + i}</a>`).join(' ');
    const events = [0, 500].map((from, i) => slide(1900 + i, `Links ${i}`, { text: { headline: `Links ${i}`, text: `<p>${links(from)}</p>` } }));
    assert.deepEqual(problemsOf(() => importJson({ events })), ['story.json: 1000 distinct links and media URLs, but source ids stop at S999']);
  });

  it('writes an empty list when the story cites nothing', () => {
    assert.deepEqual(parseSourceList(fileOf(importJson({ events: [slide(1900, 'One')] }), 'sources.yaml'), 'sources.yaml'), []);
  });
});
