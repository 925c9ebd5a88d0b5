import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { comparableText, correctionQuoteProblems, readableText } from './correction-quotes.ts';

describe('readableText', () => {
  it('reads the article only, without tags, citation marks or claim tags', () => {
    const html =
      '<header><a>Menu</a></header><article><h1>Title</h1><p>Dmitriev proposed<sup class="cite" id="c1">[<a href="#r1">1</a>]</sup> a <span class="claim">tunnel under $8&nbsp;billion</span> <span class="claim-tag">(his claim)</span> there.</p></article><footer>Footer</footer>';
    assert.equal(readableText(html), 'TitleDmitriev proposed a tunnel under $8 billion there.');
  });
  it('decodes named and numeric entities', () => {
    assert.equal(readableText('<article>Russia&#39;s &amp; &#x201C;Alaska&#x201D;</article>'), `Russia's & "Alaska"`);
  });
});

describe('comparableText', () => {
  it('makes curly and straight quotes alike and every space one space', () => {
    assert.equal(comparableText('“I’m not\u00a0happy”\n  with\u202fit'), `"I'm not happy" with it`);
  });
});

describe('correctionQuoteProblems', () => {
  const page = 'Zelensky answered: “I’m not happy with this idea.” The Reuters story is by Andrew Osborn.';
  it('finds nothing when the page carries every now and none of the was', () => {
    assert.deepEqual(correctionQuoteProblems({ now: ["I'm not happy with this idea", 'Andrew Osborn'], was: ["I'm not happy about this"] }, page), []);
  });
  it('names each now the page lacks', () => {
    assert.deepEqual(correctionQuoteProblems({ now: ['dated 7 April 2012'], was: [] }, page), ['now: the page does not say "dated 7 April 2012"']);
  });
  it('names each was the page still carries, in any quote style', () => {
    assert.deepEqual(correctionQuoteProblems({ now: [], was: ['"I\'m not happy with this idea."'] }, page), ['was: the page still says ""I\'m not happy with this idea.""']);
  });
  it('holds a Russian retraction against the Russian text', () => {
    const ru = 'Источники говорят о российском экономическом ведомстве.';
    assert.deepEqual(correctionQuoteProblems({ now: [], was: ['Министерство экономического развития'] }, ru), []);
    assert.equal(correctionQuoteProblems({ now: [], was: ['экономическом ведомстве'] }, ru).length, 1);
  });
});
