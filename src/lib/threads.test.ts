import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { THREAD_IDS } from './threads.ts';

describe('threads', () => {
  it('every thread has a colour in the light and the dark theme', () => {
    const css = readFileSync(new URL('../styles/global.css', import.meta.url), 'utf8');
    for (const id of THREAD_IDS) {
      assert.match(css, new RegExp(`--thread-${id}: light-dark\\(#[0-9a-f]{6}, #[0-9a-f]{6}\\);`), `--thread-${id} in light and dark`);
      assert.match(css, new RegExp(`\\.thread-${id} \\{ --thread: var\\(--thread-${id}\\); \\}`));
    }
  });
});
