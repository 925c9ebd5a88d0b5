/** Each page type loads no more than its budget (e2e/budgets.ts). Sizes are deterministic, so this is a test. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BUDGETS } from './budgets.ts';
import { pageWeight } from './support/page-weight.ts';
import { distDir } from './built-pages.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('page weight budgets (gzipped)', () => {
  for (const [type, budget] of Object.entries(BUDGETS)) {
    it(`the ${type} page (${budget.page}) stays within its budget`, () => {
      const weight = pageWeight(distDir, budget.page);
      for (const kind of ['html', 'css', 'js'] as const) {
        assert.ok(weight[kind] <= budget[kind], `${kind}: ${kb(weight[kind])} is over the budget of ${kb(budget[kind])} (${budget.reason})`);
      }
    });
  }
});
