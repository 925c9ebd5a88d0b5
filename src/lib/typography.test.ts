import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { smartQuotes } from './typography.ts';

describe('smartQuotes', () => {
  it('opens a double quote at the start of a word and closes it after one', () => {
    assert.equal(smartQuotes('The "1904 Siberia–Alaska railway"'), 'The “1904 Siberia–Alaska railway”');
    assert.equal(smartQuotes('"Putin–Trump Tunnel"'), '“Putin–Trump Tunnel”');
  });
  it('turns an apostrophe into a closing single quote', () => {
    assert.equal(smartQuotes("Russia's 2007 plan"), 'Russia’s 2007 plan');
    assert.equal(smartQuotes("Lobel's"), 'Lobel’s');
  });
  it('opens a single quote after a space or dash', () => {
    assert.equal(smartQuotes("the 'World Peace Bridge' sketch"), 'the ‘World Peace Bridge’ sketch');
  });
  it('leaves text without straight quotes alone', () => {
    assert.equal(smartQuotes('18–23 October 2025'), '18–23 October 2025');
  });
});
