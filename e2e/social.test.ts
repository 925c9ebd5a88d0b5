/** Link previews and structured data: Open Graph and Twitter meta, card images, JSON-LD. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distDir } from './built-pages.ts';

const html = (page: string) => readFileSync(join(distDir, page.endsWith('/') ? `${page}index.html` : page), 'utf8');
const meta = (text: string, key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(text)?.[1];
const jsonLd = (text: string) => {
  const match = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(text);
  return match ? JSON.parse(match[1]!) : undefined;
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  assert.equal(bytes.subarray(1, 4).toString(), 'PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('link previews', () => {
  for (const page of ['/', '/story/', '/timeline/', ...builtPages().filter((p) => p.startsWith('/events/'))]) {
    it(`${page} has Open Graph and Twitter meta with an absolute 1200×630 card image`, () => {
      const text = html(page);
      for (const key of ['og:title', 'og:description', 'og:url', 'og:type', 'og:image', 'og:image:alt', 'twitter:card', 'twitter:image']) {
        assert.ok(meta(text, key), `${key} is set`);
      }
      const image = meta(text, 'og:image')!;
      assert.match(image, /^https?:\/\//);
      assert.match(meta(text, 'og:url')!, /^https?:\/\//);
      assert.equal(meta(text, 'twitter:card'), 'summary_large_image');
      assert.deepEqual(pngSize(join(distDir, new URL(image).pathname)), [1200, 630]);
      if (page.startsWith('/events/')) {
        assert.equal(meta(text, 'og:type'), 'article');
        assert.match(image, new RegExp(`/og/${page.split('/')[2]}\\.png$`));
      }
    });
  }
});

describe('structured data', () => {
  it('describes the site as a WebSite', () => {
    assert.equal(jsonLd(html('/'))['@type'], 'WebSite');
  });
  it('describes the story as an Article made of its events', () => {
    const data = jsonLd(html('/story/'));
    assert.equal(data['@type'], 'Article');
    assert.equal(data.hasPart.length, builtPages().filter((p) => p.startsWith('/events/')).length);
  });
  it('describes each event page as an article about a dated event, citing its sources', () => {
    const text = html('/events/1904-siberia-alaska-railway/');
    const data = jsonLd(text);
    assert.equal(data['@context'], 'https://schema.org');
    assert.equal(data.about['@type'], 'Event');
    assert.equal(data.about.startDate, '1902');
    assert.equal(data.about.endDate, '1907');
    assert.equal(data.citation.length, [...text.matchAll(/<li id="1904-siberia-alaska-railway-ref-\d+"/g)].length);
    for (const citation of data.citation) assert.match(citation.url, /^https?:\/\//);
  });
});
