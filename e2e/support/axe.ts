/**
 * axe-core run inside the page: injected once per document and run on the document alone,
 * reporting violations only. (AxeBuilder's frame-by-frame partial runs, finished in a page
 * of their own, took 3-6 times as long on this site's pages, which have no iframes to visit.)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.x A and AA rules the site is held to. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The rules a change of colour scheme can break: after the first full run, a second theme needs only these. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Each violation as `rule: help (selectors)`, for a readable assertion. `rules` narrows the
 * run to those rules; by default every WCAG 2.x A/AA rule runs.
 */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: WCAG_TAGS };
  return page.evaluate(async (runOnly) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const { violations } = await axe.run(document, { runOnly, resultTypes: ['violations'] });
    return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')})`);
  }, runOnly);
}
