import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { threadColoursCss } from './thread-colours.ts';

describe('thread colours', () => {
  it('give every thread a colour in the light and the dark theme, and a class that makes it the element’s thread colour', () => {
    const css = threadColoursCss([
      { id: 'railway', colour: { light: '#8a4b08', dark: '#e0a15a' } },
      { id: 'sea-route', colour: { light: '#1f6f8b', dark: '#6cc2de' } },
    ]);
    assert.match(css, /--thread-railway: light-dark\(#8a4b08, #e0a15a\);/);
    assert.match(css, /--thread-sea-route: light-dark\(#1f6f8b, #6cc2de\);/);
    assert.match(css, /\.thread-sea-route \{ --thread: var\(--thread-sea-route\); \}/);
  });
});
