import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { shorten, withEllipsis } from './ellipsis.ts';

describe('withEllipsis', () => {
  it('ends a cut text with "…", leaving no dangling space or punctuation before it', () => {
    assert.equal(withEllipsis('Alaska summit and'), 'Alaska summit and…');
    assert.equal(withEllipsis('Razbegin,'), 'Razbegin…');
    assert.equal(withEllipsis('Siberia – '), 'Siberia…');
  });
});

describe('shorten', () => {
  it('cuts at a word boundary and ends with an ellipsis, within the length', () => {
    assert.equal(shorten('The Kennedy–Khrushchev ‘World Peace Bridge’ sketch', 42), 'The Kennedy–Khrushchev ‘World Peace…');
    assert.ok(shorten('The Kennedy–Khrushchev ‘World Peace Bridge’ sketch', 42).length <= 42);
  });
  it('keeps a text that fits', () => {
    assert.equal(shorten('Short title', 42), 'Short title');
    assert.equal(shorten('Exactly twelve', 14), 'Exactly twelve');
  });
  it('cuts inside a word only when the first word alone is too long', () => {
    assert.equal(shorten('Intercontinental bridge', 8), 'Interco…');
  });
});
