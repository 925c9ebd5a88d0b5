import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { localizedPath, splitLocale, localeOf } from './locales.ts';
import { localeParams } from '../data/site.ts';

describe('locale paths', () => {
  it('put Russian pages under /ru/ and leave English at the root', () => {
    assert.equal(localizedPath('ru', '/story/'), '/ru/story/');
    assert.equal(localizedPath('en', '/story/'), '/story/');
    assert.equal(localizedPath('ru', '/'), '/ru/');
  });
  it('split a path back into its language and the path every language shares', () => {
    assert.deepEqual(splitLocale('/ru/events/x/'), { locale: 'ru', path: '/events/x/' });
    assert.deepEqual(splitLocale('/ru/'), { locale: 'ru', path: '/' });
    assert.deepEqual(splitLocale('/ru'), { locale: 'ru', path: '/' });
    assert.deepEqual(splitLocale('/events/x/'), { locale: 'en', path: '/events/x/' });
    assert.deepEqual(splitLocale('/rus/'), { locale: 'en', path: '/rus/' }, 'only a whole segment is a language');
  });
  it('read an unknown or missing locale as English', () => {
    assert.equal(localeOf('ru'), 'ru');
    assert.equal(localeOf('de'), 'en');
    assert.equal(localeOf(undefined), 'en');
  });
  it('give one static path per language, English without a prefix', () => {
    assert.deepEqual(localeParams().map((p) => p.params.lang), [undefined, 'ru']);
  });
});
