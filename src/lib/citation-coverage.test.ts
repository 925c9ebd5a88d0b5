import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sentences, uncitedSentences } from './citation-coverage.ts';

const split = (text: string, locale = 'en-GB') => sentences(text, locale).map((s) => s.sentence.trim());

describe('sentences', () => {
  it('does not end a sentence at an initial, a title or U.S.', () => {
    assert.deepEqual(split('The engineer T. Y. Lin drew it. Rep. Anna Paulina Luna posted it in the U.S. in 2025. St Petersburg agreed.'), [
      'The engineer T. Y. Lin drew it.',
      'Rep. Anna Paulina Luna posted it in the U.S. in 2025.',
      'St Petersburg agreed.',
    ]);
  });
  it('does not end a Russian sentence at г., млрд or т. е.', () => {
    assert.deepEqual(split('В 1904 г. царь, по сообщениям, одобрил план. Это 65 млрд. долл., т. е. много. Инженер Т. Я. Линь предложил мост.', 'ru'), [
      'В 1904 г. царь, по сообщениям, одобрил план.',
      'Это 65 млрд. долл., т. е. много.',
      'Инженер Т. Я. Линь предложил мост.',
    ]);
  });
  it('keeps a quotation of several sentences in the sentence that quotes it', () => {
    assert.deepEqual(split('A note says the bridge "could and should be built. At once." Then it ends.'), ['A note says the bridge "could and should be built. At once."', 'Then it ends.']);
    assert.deepEqual(split('Он сказал: «Это возможно. Это можно сделать». Конец.', 'ru'), ['Он сказал: «Это возможно. Это можно сделать».', 'Конец.']);
  });
  it('keeps a bracketed translation with the headline it follows', () => {
    assert.deepEqual(split('The headline read «Is it a tunnel?» («Это тоннель?»). Next.', 'ru'), ['The headline read «Is it a tunnel?» («Это тоннель?»).', 'Next.']);
  });
});

describe('uncitedSentences', () => {
  const text = 'One sentence. Two sentence. Three sentence.';
  it('gives a mark after a full stop to the sentence before it', () => {
    // Marks stand after "One sentence." and after "Three sentence.".
    assert.deepEqual(uncitedSentences(text, [13, 43], 'en-GB'), [{ sentence: 'Two sentence.', offset: 14 }]);
  });
  it('gives a mark inside a sentence to that sentence', () => {
    assert.deepEqual(uncitedSentences(text, [5, 17, 30], 'en-GB'), []);
  });
  it('reports a sentence whose only citation belongs to the next sentence', () => {
    const others = 'Others joined in. The historian called for a tunnel.';
    assert.deepEqual(uncitedSentences(others, [others.length], 'en-GB'), [{ sentence: 'Others joined in.', offset: 0 }]);
  });
  it('reports every sentence of a block with no citation, and none of stray punctuation', () => {
    assert.deepEqual(uncitedSentences('Uncited. Also uncited.', [], 'en-GB'), [{ sentence: 'Uncited.', offset: 0 }, { sentence: 'Also uncited.', offset: 9 }]);
    assert.deepEqual(uncitedSentences(' — ', [], 'en-GB'), []);
  });
});
