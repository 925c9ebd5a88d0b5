/** oEmbed: a static document per embeddable page, discovered from the full page's head. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distDir } from './built-pages.ts';

const html = (path: string) => readFileSync(join(distDir, path, 'index.html'), 'utf8');
const discovery = (page: string) => /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="[^"]+">/.exec(html(page))?.[1];

describe('oEmbed', () => {
  const pages = ['/timeline/', ...builtPages().filter((p) => p.startsWith('/events/'))];
  for (const page of pages) {
    it(`${page} links a valid rich oEmbed document for its embed`, () => {
      const href = discovery(page);
      assert.ok(href, 'discovery link in the head');
      const file = join(distDir, new URL(href).pathname);
      assert.ok(existsSync(file), `${href} exists`);
      const doc = JSON.parse(readFileSync(file, 'utf8'));
      assert.equal(doc.version, '1.0');
      assert.equal(doc.type, 'rich');
      assert.ok(Number.isInteger(doc.width) && Number.isInteger(doc.height));
      assert.equal(typeof doc.title, 'string');
      assert.equal(typeof doc.provider_name, 'string');
      assert.match(doc.html, /^<iframe src="[^"]+\/embed\/[^"]*" title="[^"]+" loading="lazy"/);
      assert.match(doc.html, /<script src="[^"]+\/embed\.js" async><\/script>$/);
      const src = /src="([^"]+)"/.exec(doc.html)![1]!;
      assert.ok(existsSync(join(distDir, new URL(src.replace(/&amp;/g, '&')).pathname, 'index.html')), `${src} is built`);
    });
  }
});
