import { test, expect } from '@playwright/test';

test('the language switch keeps the reader on the same event in the timeline', async ({ page }) => {
  await page.goto('/timeline/#event=2007-tkm-world-link');
  await expect(page.locator('.timeline[data-timeline]')).toHaveAttribute('data-zoom', 'ready');
  await page.getByRole('link', { name: 'Читать по-русски' }).click();
  await expect(page).toHaveURL(/\/ru\/timeline\/#event=2007-tkm-world-link$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('a.tl-event[data-id="2007-tkm-world-link"]')).toHaveAttribute('tabindex', '0');
});

test('the language switch keeps the reader’s place in the story, both ways', async ({ page }) => {
  await page.goto('/story/#1904-siberia-alaska-railway');
  await page.getByRole('link', { name: 'Читать по-русски' }).click();
  await expect(page).toHaveURL(/\/ru\/story\/#1904-siberia-alaska-railway$/);
  await expect(page.locator('[id="1904-siberia-alaska-railway"] h3')).toBeInViewport();
  await page.getByRole('link', { name: 'Read in English' }).click();
  await expect(page).toHaveURL(/\/story\/#1904-siberia-alaska-railway$/);
  await expect(page).not.toHaveURL(/\/ru\//);
});

test('a reader of the Russian edition finds Dmitriev’s events by his name in Russian', async ({ page }) => {
  await page.goto('/ru/');
  await page.getByRole('button', { name: 'Поиск' }).click();
  const dialog = page.getByRole('dialog', { name: 'Поиск' });
  await expect(dialog).toBeVisible();
  await page.getByLabel('Искать по истории, событиям и источникам').fill('Дмитриев');
  const results = dialog.locator('[data-search-results] a');
  await expect(results.first()).toBeVisible();
  await expect(dialog.getByRole('status')).toHaveText(/^\d+ результат(а|ов)?$/);
  const hrefs = await results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  expect(hrefs.length).toBeGreaterThan(0);
  // Only Russian pages: Pagefind searched the Russian index.
  for (const href of hrefs) expect(href).toMatch(/^\/ru\//);
  expect(hrefs.some((href) => href.startsWith('/ru/events/'))).toBe(true);
  await expect(dialog.getByRole('link', { name: /Дмитриев|Путина — Трампа/ }).first()).toBeVisible();
});

test('the Russian timeline speaks Russian: controls, lanes, axis and the details card', async ({ page }) => {
  await page.goto('/ru/timeline/');
  await expect(page.locator('.timeline[data-timeline]')).toHaveAttribute('data-zoom', 'ready');
  await expect(page.getByRole('button', { name: 'Показать всё' })).toBeVisible();
  await expect(page.locator('.tl-lane-label').first()).toHaveText('Железная дорога');
  await page.getByRole('button', { name: /^октябрь/ }).click();
  await expect(page.locator('.tl-tick text').filter({ hasText: /окт\./ }).first()).toBeVisible();
  const mark = page.locator('a.tl-event[data-id="2025-10-16-dmitriev-putin-trump-tunnel"]');
  // A keyboard reader's card: the pointer left where the click put it could end up over
  // another mark once focusing scrolls the page, and hovering shows that mark's card.
  await page.mouse.move(0, 0);
  await mark.focus();
  await expect(page.locator('[data-card]')).toContainText('Открыть событие');
  const summaries = await (await page.request.get('/ru/timeline/summaries.json')).json();
  const { summary } = summaries['2025-10-16-dmitriev-putin-trump-tunnel'];
  expect(summary).toMatch(/[а-я]/);
  await expect(page.locator('[data-card] .tl-card-summary')).toHaveText(summary);
});
