import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseSiteFile, inLanguage, MAX_THREADS } from './site-file.ts';
import { THREAD_PALETTE } from './thread-palette.ts';

const minimal = (threads: string) => `name: { en: A Story }\nsubject: { en: a subject }\ntagline: { en: A timeline }\ndescription: { en: a timeline of a subject }\nthreads:\n${threads}`;

describe('site.yaml', () => {
  it('reads the identity and the threads, and sourcing is open unless the story says strict', () => {
    const site = parseSiteFile(minimal('  - id: events\n    label: { en: Events, ru: События }\n'), 'site.yaml');
    assert.equal(site.sourcing, 'open');
    assert.equal(inLanguage(site.name, 'ru'), 'A Story', 'a language without its own words falls back to English');
    assert.equal(inLanguage(site.threads[0]!.label, 'ru'), 'События');
  });

  it('gives a thread without a colour the next palette colour no other thread uses', () => {
    const site = parseSiteFile(minimal(`  - id: a\n    label: { en: A }\n    colour: { light: '${THREAD_PALETTE[0]!.light}', dark: '#000000' }\n  - id: b\n    label: { en: B }\n`), 'site.yaml');
    assert.deepEqual(site.threads[1]!.colour, THREAD_PALETTE[1]);
  });

  it('names the file, the field and its line when something is wrong', () => {
    assert.throws(() => parseSiteFile(minimal('  - id: Bad Id\n    label: { en: A }\n'), 'content/site.yaml'), /^ContentError: content\/site\.yaml: threads\.0\.id \(line 6\): is not an id/);
    assert.throws(() => parseSiteFile('name: { en: A }\n', 'site.yaml'), /site\.yaml: subject \(line \?|site\.yaml: subject \(line 1\): is missing/);
    assert.throws(() => parseSiteFile(minimal('  - id: a\n    label: { en: A }\n  - id: a\n    label: { en: B }\n'), 'site.yaml'), /threads\.1\.id: "a" is used by an earlier thread/);
    assert.throws(() => parseSiteFile('name: [unclosed\n', 'site.yaml'), /site\.yaml: line \d/);
  });

  it(`refuses more than ${MAX_THREADS} threads, naming the limit`, () => {
    const many = Array.from({ length: MAX_THREADS + 1 }, (_, i) => `  - id: t${i}\n    label: { en: T${i} }\n`).join('');
    assert.throws(() => parseSiteFile(minimal(many), 'site.yaml'), new RegExp(`threads \\(line 6\\): has more than ${MAX_THREADS} threads`));
  });
});
