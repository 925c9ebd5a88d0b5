import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distDir } from './built-pages.ts';

/** axe's time grows with the page: the long read takes seconds where an event page takes one. */
const timeFor = (path: string) => {
  const file = join(distDir, path.endsWith('/') ? `${path}index.html` : path);
  return 30_000 + Math.ceil(statSync(file).size / 10_000) * 1_500;
};

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const path of builtPages()) {
      test(`axe reports no WCAG A/AA violations on ${path}`, async ({ page }) => {
        test.setTimeout(timeFor(path));
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')})`);
        expect(summary).toEqual([]);
      });
    }
  });
}
