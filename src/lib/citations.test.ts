import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { firstAppearanceOrder, referenceList, unknownIds, referenceAnchor, citationAnchor } from './citations.ts';
import { splitIds } from './sources.ts';

describe('referenceList', () => {
  it('numbers the body citations first, in the order first cited', () => {
    assert.deepEqual(referenceList(['S13', 'S05'], [['S05', 'S01']]), ['S13', 'S05', 'S01']);
  });
  it('adds the sources only the frontmatter names after the body citations, each once', () => {
    assert.deepEqual(referenceList([], [['S77', 'S78'], ['S78', 'S80']]), ['S77', 'S78', 'S80']);
  });
});

describe('firstAppearanceOrder', () => {
  it('keeps each id once, where it first appears', () => {
    assert.deepEqual(firstAppearanceOrder([['S02', 'S01'], ['S01', 'S03', 'S02']]), ['S02', 'S01', 'S03']);
  });
});

describe('unknownIds', () => {
  it('lists the cited ids the bibliography does not have, each once', () => {
    assert.deepEqual(unknownIds(['S01', 'S999', 'S02', 'S999'], new Set(['S01', 'S02'])), ['S999']);
    assert.deepEqual(unknownIds(['S01'], new Set(['S01'])), []);
  });
});

describe('anchors', () => {
  it('scopes reference and citation anchors to their event, so a page can show many events', () => {
    assert.equal(referenceAnchor('2007-tkm-world-link', 3), '2007-tkm-world-link-ref-3');
    assert.equal(citationAnchor('2007-tkm-world-link', 12), '2007-tkm-world-link-cite-12');
  });
});

describe('splitIds', () => {
  it('accepts ids separated by spaces or commas', () => {
    assert.deepEqual(splitIds('S05 S13'), ['S05', 'S13']);
    assert.deepEqual(splitIds(' S05,S13 ,  G01 '), ['S05', 'S13', 'G01']);
  });
});
