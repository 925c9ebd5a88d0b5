import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseEmbedOptions, embedQuery } from './embed-options.ts';
import { embedSnippet } from './embed-snippet.ts';
/** A story's threads, in lane order. */
const THREAD_IDS = ['railway', 'bridge', 'tunnel', 'corridor', 'politics', 'context'];

const ids = new Set(['2007-tkm-world-link']);

describe('parseEmbedOptions', () => {
  it('reads every documented option', () => {
    assert.deepEqual(parseEmbedOptions('?event=2007-tkm-world-link&theme=dark&from=1950&to=2025&threads=tunnel,bridge&controls=0&card=0&links=top', ids, THREAD_IDS), {
      event: '2007-tkm-world-link', theme: 'dark', from: 1950, to: 2025, threads: ['bridge', 'tunnel'], controls: false, card: false, links: 'top',
    });
  });
  it('falls back to the defaults for hostile, unknown or malformed values', () => {
    const options = parseEmbedOptions('?event=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&theme=%3Cscript%3E&from=19x5&to=0&threads=%3Cb%3E&controls=javascript:&card=%3Cb%3E&links=_blank', ids, THREAD_IDS);
    assert.deepEqual(options, { event: undefined, theme: 'auto', from: undefined, to: undefined, threads: undefined, controls: true, card: true, links: 'new' });
  });
  it('reads years before the common era as content writes them, and no year 0', () => {
    assert.deepEqual([parseEmbedOptions('?from=-3500&to=-44', ids, THREAD_IDS)].map((o) => [o.from, o.to]), [[-3500, -44]]);
    assert.equal(parseEmbedOptions('?from=0', ids, THREAD_IDS).from, undefined);
    assert.equal(parseEmbedOptions('?from=--5', ids, THREAD_IDS).from, undefined);
  });
  it('drops a span that ends before it starts', () => {
    const options = parseEmbedOptions('?from=2000&to=1900', ids, THREAD_IDS);
    assert.equal(options.from, undefined);
    assert.equal(options.to, undefined);
  });
  it('writes back only what differs from the defaults', () => {
    assert.equal(embedQuery({ theme: 'auto', controls: true, threads: [...THREAD_IDS] }, THREAD_IDS.length), '');
    assert.equal(embedQuery({ event: '2007-tkm-world-link', theme: 'dark', controls: false }), '?event=2007-tkm-world-link&theme=dark&controls=0');
    assert.equal(embedQuery({ card: false, links: 'top' }), '?card=0&links=top');
  });
});

describe('embedSnippet', () => {
  it('is an iframe with a title and lazy loading, and the host script', () => {
    const html = embedSnippet({ src: 'https://example.org/embed/?event=a&theme=dark', title: 'Timeline: "x"', height: 640, script: 'https://example.org/embed.js', name: 'across-the-strait' });
    assert.match(html, /^<iframe src="https:\/\/example.org\/embed\/\?event=a&amp;theme=dark" title="Timeline: &quot;x&quot;" loading="lazy" height="640"/);
    assert.match(html, /<script src="https:\/\/example.org\/embed.js" async><\/script>$/);
  });
});
