import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { plural, formatNumber, formatList } from './format.ts';
import { strings } from './index.ts';

describe('plural', () => {
  const sources = { one: '{n} источник', few: '{n} источника', many: '{n} источников', other: '{n} источника' };
  it('picks the Russian form by the number', () => {
    assert.equal(plural('ru', 1, sources), '1 источник');
    assert.equal(plural('ru', 3, sources), '3 источника');
    assert.equal(plural('ru', 5, sources), '5 источников');
    assert.equal(plural('ru', 11, sources), '11 источников');
    assert.equal(plural('ru', 21, sources), '21 источник');
    assert.equal(plural('ru', 1.5, sources), '1,5 источника');
  });
  it('picks the English form by the number', () => {
    assert.equal(plural('en', 1, strings('en').search.results), '1 result');
    assert.equal(plural('en', 2, strings('en').search.results), '2 results');
    assert.equal(plural('ru', 2, strings('ru').search.results), '2 результата');
    assert.equal(plural('ru', 25, strings('ru').search.results), '25 результатов');
  });
});

describe('numbers', () => {
  it('group thousands the way each language does', () => {
    assert.equal(formatNumber('en', 6000), '6,000');
    assert.equal(formatNumber('ru', 6000), '6\u00a0000');
    assert.equal(formatNumber('ru', 3.8), '3,8');
  });
  it('join a list of names as a sentence does', () => {
    assert.equal(formatList('en', ['A', 'B', 'C']), 'A, B and C');
    assert.equal(formatList('ru', ['А', 'Б', 'В']), 'А, Б и В');
  });
});
