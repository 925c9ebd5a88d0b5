/** The in-page axe run the accessibility tests rely on finds what it is meant to find. */
import { test, expect } from '@playwright/test';
import { axeViolations, COLOUR_RULES } from './support/axe.ts';

test('axe reports an image without alternative text and a button without a name', async ({ page }) => {
  await page.setContent('<!doctype html><html lang="en"><title>t</title><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><button></button></main></html>');
  const violations = await axeViolations(page);
  expect(violations.some((v) => v.startsWith('image-alt:'))).toBe(true);
  expect(violations.some((v) => v.startsWith('button-name:'))).toBe(true);
});

test('the colour rules alone report text too faint for its background, and nothing else', async ({ page }) => {
  await page.setContent('<!doctype html><html lang="en"><title>t</title><main><p style="color:#777;background:#888">Faint</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></html>');
  const violations = await axeViolations(page, COLOUR_RULES);
  expect(violations.map((v) => v.split(':')[0])).toEqual(['color-contrast']);
});
