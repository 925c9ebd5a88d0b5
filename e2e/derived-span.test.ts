/**
 * Nothing that depends on today's content is written into the code: a chronology that ends
 * in 1999 says 1999 in every title, feed and embed, and the timeline has no crowded
 * stretch to jump to.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, projectRoot } from './support/build-site.ts';

describe('a chronology that ends in 1999', () => {
  const dir = mkdtempSync(join(tmpdir(), 'strait-1999-'));
  let dist = '';
  const read = (path: string) => readFileSync(join(dist, path), 'utf8');

  before(() => {
    cpSync(join(projectRoot, 'e2e/fixtures/minimal-content'), join(dir, 'content'), { recursive: true });
    const second = join(dir, 'content/events/2007-second.mdx');
    writeFileSync(second, readFileSync(second, 'utf8').replace('start: 2007-04-18', 'start: 1999-04-18'));
    const result = buildSite({ CONTENT_DIR: join(dir, 'content') }, dir);
    assert.equal(result.status, 0, result.output.slice(-3000));
    dist = result.dist;
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('says 1890–1999 in the timeline, the embed, oEmbed, the feed and the open data', () => {
    assert.match(read('timeline/index.html'), /How the idea evolved, 1890–1999<\/h1>/);
    assert.match(read('embed/index.html'), /evolved, 1890–1999<\/h1>/);
    assert.match(JSON.parse(read('oembed/timeline.json')).title, /1890–1999$/);
    assert.match(read('rss.xml'), /<description>[^<]*1890–1999[^<]*<\/description>/);
    assert.match(JSON.parse(read('data/timelinejs.json')).title.text.text, /1890–1999/);
  });

  it('describes the timeline page by the same span, with no year after it', () => {
    const description = /<meta name="description" content="([^"]*)"/.exec(read('timeline/index.html'))![1]!;
    assert.match(description, /1890–1999/);
    assert.doesNotMatch(description, /20\d\d/);
  });

  it('offers no button to jump to crowded weeks when there are none', () => {
    assert.doesNotMatch(read('timeline/index.html'), /data-zoom="latest"/);
  });
});
