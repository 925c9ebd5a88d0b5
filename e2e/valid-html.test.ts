/** Every page of the built site is valid HTML (e2e/support/site-checks.ts has the rules). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { builtPages, distDir } from './built-pages.ts';
import { htmlProblems } from './support/site-checks.ts';

describe('the built HTML', () => {
  for (const path of builtPages()) {
    it(`is valid on ${path}`, async () => {
      const problems = await htmlProblems(distDir, path);
      if (problems) assert.fail(problems);
    });
  }
});
