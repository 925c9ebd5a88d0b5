import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { withBase, url, absoluteUrl, eventUrl, storyUrl, sourceUrl } from './urls.ts';

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
    assert.equal(eventUrl('1890-gilpin-cosmopolitan-railway'), '/events/1890-gilpin-cosmopolitan-railway/');
    assert.equal(storyUrl('1890-gilpin-cosmopolitan-railway'), '/story/#1890-gilpin-cosmopolitan-railway');
    assert.equal(storyUrl(), '/story/');
    assert.equal(sourceUrl('S05'), '/sources/#S05');
    assert.equal(absoluteUrl('/data/events.json'), 'http://localhost:4321/data/events.json');
  });
});
