import { test, expect } from '@playwright/test';

const DMITRIEV = '2025-10-16-dmitriev-putin-trump-tunnel';
const RAILWAY = '1904-siberia-alaska-railway';
const PLAN = '2007-tkm-world-link';

test.describe('the lineage of the idea', () => {
  test('selecting Dmitriev’s proposal draws arcs to the 1904 railway and the 2007 plan, hidden from assistive technology', async ({ page }) => {
    await page.goto(`/timeline/#event=${DMITRIEV}`);
    const arcs = page.locator('.tl-lineage path.lineage-arc');
    await expect(arcs.first()).toBeVisible();
    const targets = await arcs.evaluateAll((paths) => paths.filter((p) => p.getAttribute('data-from') === '2025-10-16-dmitriev-putin-trump-tunnel').map((p) => p.getAttribute('data-to')));
    expect(targets).toEqual(expect.arrayContaining([RAILWAY, PLAN]));
    await expect(page.locator('.tl-lineage')).toHaveAttribute('aria-hidden', 'true');
    // The card lists the same links as links.
    await expect(page.locator('[data-card] .tl-card-lineage a', { hasText: 'Siberia–Alaska railway' })).toHaveCount(1);
  });

  test('"Show every link" draws every link at once, and only then', async ({ page }) => {
    await page.goto('/timeline/');
    const arcs = page.locator('.tl-lineage path.lineage-arc');
    await expect(page.locator('.tl-enhanced')).toHaveCount(1);
    await expect(arcs).toHaveCount(0);
    await page.getByLabel('Show every link').check();
    const listed = await page.locator('.tl-lineage-list li').count();
    await expect(arcs).toHaveCount(listed);
    await page.getByLabel('Show every link').uncheck();
    await expect(arcs).toHaveCount(0);
  });

  test('the proposal’s page lists what it drew on, and the 2007 page lists it under "Drawn on by"', async ({ page }) => {
    await page.goto(`/events/${DMITRIEV}/`);
    const drewOn = page.locator('.lineage-panel h3:text-is("Drew on") + ul');
    await expect(drewOn.locator(`a[href="/events/${RAILWAY}/"]`)).toHaveCount(1);
    await expect(drewOn.locator(`a[href="/events/${PLAN}/"]`)).toHaveCount(1);
    await expect(drewOn.locator('li').first().locator('sup')).not.toHaveCount(0);
    await page.goto(`/events/${PLAN}/`);
    const drawnOnBy = page.locator('.lineage-panel h3:text-is("Drawn on by") + ul');
    await expect(drawnOnBy.locator(`a[href="/events/${DMITRIEV}/"]`)).toHaveCount(1);
  });

  test('without JavaScript, the timeline page lists every link in plain HTML', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/timeline/');
    const items = page.locator('.tl-lineage-list li');
    expect(await items.count()).toBeGreaterThanOrEqual(8);
    await expect(items.locator(`a[href="/events/${DMITRIEV}/"]`).first()).toBeAttached();
    await context.close();
  });
});
