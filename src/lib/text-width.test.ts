import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fitText, rememberWidths, type MeasureText } from './text-width.ts';
import { estimateTextWidth, ESTIMATE_MARGIN } from './text-estimate.ts';

/** Ten pixels a character: easy to reason about. */
const mono: MeasureText = (text) => text.length * 10;
const style = { fontSize: 12 };

describe('fitText', () => {
  it('keeps a text that fits', () => {
    assert.equal(fitText('Russia’s 2007 plan', 180, style, mono), 'Russia’s 2007 plan');
  });
  it('cuts at a word and marks the cut, within the room', () => {
    assert.equal(fitText('Alaska summit and advocates', 200, style, mono), 'Alaska summit and…');
    assert.ok(mono(fitText('Alaska summit and advocates', 200, style, mono), style) <= 200);
  });
  it('leaves no dangling punctuation before the ellipsis', () => {
    assert.equal(fitText('Razbegin, the design and costs', 120, style, mono), 'Razbegin…');
  });
  it('gives nothing when not even one word fits', () => {
    assert.equal(fitText('Intercontinental bridge', 60, style, mono), '');
  });
});

describe('estimateTextWidth', () => {
  it('measures each character by its own width, not a flat average', () => {
    assert.ok(estimateTextWidth('WWWW', style) > 2 * estimateTextWidth('iiii', style));
  });
  it('knows Cyrillic and runs wider in bold', () => {
    const russian = estimateTextWidth('Тоннель Путина — Трампа', style);
    assert.ok(russian > 0);
    assert.ok(estimateTextWidth('Тоннель Путина — Трампа', { ...style, bold: true }) > russian);
  });
  it('scales with the font size and adds its margin', () => {
    assert.ok(Math.abs(estimateTextWidth('Bering', { fontSize: 24 }) - 2 * estimateTextWidth('Bering', style)) < 1e-9);
    assert.ok(ESTIMATE_MARGIN > 1);
  });
  it('gives a character it has no width for the width of an "e"', () => {
    assert.equal(estimateTextWidth('中', style), estimateTextWidth('e', style));
  });
});

describe('rememberWidths', () => {
  it('measures each text once per style, and gives the same widths as the measure it wraps', () => {
    const asked: string[] = [];
    const measure: MeasureText = (text, style) => {
      asked.push(`${style.bold ? 'b' : 'r'}${style.fontSize} ${text}`);
      return (text.length * (style.bold ? 8 : 7) * style.fontSize) / 12;
    };
    const remembered = rememberWidths(measure);
    assert.equal(remembered('Bering', { fontSize: 12 }), 42);
    assert.equal(remembered('Bering', { fontSize: 12 }), 42);
    assert.equal(remembered('Bering', { fontSize: 12, bold: true }), 48);
    assert.equal(remembered('Bering', { fontSize: 24 }), 84);
    assert.equal(remembered('Bering', { fontSize: 12, bold: true }), 48);
    assert.deepEqual(asked, ['r12 Bering', 'b12 Bering', 'r24 Bering']);
  });
});
