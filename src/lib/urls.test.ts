import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { withBase, url, absoluteUrl, eventUrl, storyUrl, sourceUrl, pageUrl, absolutePageUrl } from './urls.ts';

describe('withBase', () => {
  it('serves from the root by default', () => {
    assert.equal(withBase('/', '/story/'), '/story/');
    assert.equal(withBase('/', '/'), '/');
  });
  it('puts every path under a sub-path, with or without slashes at the joint', () => {
    assert.equal(withBase('/across-the-strait/', '/story/'), '/across-the-strait/story/');
    assert.equal(withBase('/across-the-strait', 'story/'), '/across-the-strait/story/');
    assert.equal(withBase('/across-the-strait/', '/'), '/across-the-strait/');
    assert.equal(withBase('/across-the-strait/', '/favicon.svg'), '/across-the-strait/favicon.svg');
  });
});

describe('site URLs', () => {
  it('link an event, its place in the story and a source', () => {
    assert.equal(url('/about/'), '/about/');
    assert.equal(eventUrl('en', '1890-gilpin-cosmopolitan-railway'), '/events/1890-gilpin-cosmopolitan-railway/');
    assert.equal(storyUrl('en', '1890-gilpin-cosmopolitan-railway'), '/story/#1890-gilpin-cosmopolitan-railway');
    assert.equal(storyUrl('en'), '/story/');
    assert.equal(sourceUrl('en', 'S05'), '/sources/#S05');
    assert.equal(absoluteUrl('/data/events.json'), 'http://localhost:4321/data/events.json');
  });
});

describe('pages in another language', () => {
  it('live under the language prefix, English at the root', () => {
    assert.equal(pageUrl('ru', '/'), '/ru/');
    assert.equal(pageUrl('en', '/'), '/');
    assert.equal(eventUrl('ru', '1904-siberia-alaska-railway'), '/ru/events/1904-siberia-alaska-railway/');
    assert.equal(storyUrl('ru', '1904-siberia-alaska-railway'), '/ru/story/#1904-siberia-alaska-railway');
    assert.equal(sourceUrl('ru', 'S05'), '/ru/sources/#S05');
    assert.equal(absolutePageUrl('ru', '/rss.xml'), 'http://localhost:4321/ru/rss.xml');
  });
});
