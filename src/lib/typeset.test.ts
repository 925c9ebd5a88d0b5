import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { typesetHtml } from './typeset.ts';

const shown = (html: string) => html.replace(/\u00a0/g, '⍽');

describe('typesetHtml', () => {
  it('sets Russian no-break spaces before г., млрд and км, between initials and in dates', () => {
    assert.equal(shown(typesetHtml('<p>В 1904 г. — 65 млрд долл. и 100 км; Т. Я. Линь, 16 октября.</p>', 'ru')), '<p>В 1904⍽г. — 65⍽млрд долл. и 100⍽км; Т.⍽Я.⍽Линь, 16⍽октября.</p>');
  });
  it('leaves quotes, dashes, attributes, scripts and code as they are', () => {
    const html = '<p title="1904 г.">Он сказал: "да" - и «нет»</p><script type="application/json">{"a":"1904 г."}</script><code>1904 г.</code>';
    assert.equal(typesetHtml(html, 'ru'), html);
  });
  it('leaves a language without rules unchanged', () => {
    assert.equal(typesetHtml('<p>In 1904 the Tsar, 16 October.</p>', undefined), '<p>In 1904 the Tsar, 16 October.</p>');
  });
});
