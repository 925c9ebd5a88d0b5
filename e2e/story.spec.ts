import { test, expect, type Page } from '@playwright/test';

/** A selector for an element id; event ids start with a digit, which `#id` selectors do not allow. */
const byId = (id: string) => `[id="${id}"]`;

/** The events of the long read, in page order: id, machine-readable start date, title. */
async function storyEvents(page: Page) {
  await page.goto('/story/');
  return page.$$eval('article.story-event', (sections) =>
    sections.map((s) => ({
      id: s.id,
      datetime: s.querySelector('header time')!.getAttribute('datetime')!,
      title: s.querySelector('h3')!.textContent!.trim(),
    })),
  );
}

test.describe('the story', () => {
  test('lists every event in date order', async ({ page }) => {
    const events = await storyEvents(page);
    expect(events.length).toBeGreaterThanOrEqual(20);
    // Partial ISO dates (1904, 2007-04, 2025-10-16) sort as text in date order.
    const dates = events.map((e) => e.datetime);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]! < '1900').toBe(true);
    expect(dates.at(-1)! >= '2025-10').toBe(true);
  });

  test('includes the five core events with their dates as the research gives them', async ({ page }) => {
    await page.goto('/story/');
    const label = (id: string) => page.locator(`${byId(id)} header time`).first();
    await expect(label('1904-siberia-alaska-railway')).toHaveText(/1904, as Dmitriev cites it/);
    await expect(label('1963-kennedy-khrushchev-world-peace-bridge')).toHaveText(/1963/);
    await expect(label('2007-tkm-world-link')).toHaveText('18 April 2007');
    await expect(label('2025-10-16-dmitriev-putin-trump-tunnel')).toHaveText('16 October 2025');
    await expect(label('2025-10-17-trump-zelensky-exchange')).toHaveText('17 October 2025');
  });

  test('has a table of contents that links to every event section', async ({ page }) => {
    const events = await storyEvents(page);
    const tocTargets = await page.locator('nav.toc ol ol a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(tocTargets).toEqual(events.map((e) => `#${e.id}`));
  });

  test('links every event to its page, and each page links back to its place in the story', async ({ page }) => {
    const events = await storyEvents(page);
    test.setTimeout(30_000 + events.length * 1_500);
    const permalinks = await page
      .getByRole('link', { name: /Figures, sources and permalink/ })
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(permalinks).toEqual(events.map((e) => `/events/${e.id}/`));
    for (const event of events) {
      await page.goto(`/events/${event.id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
      await expect(page.getByRole('link', { name: 'Read it in the story' })).toHaveAttribute('href', `/story/#${event.id}`);
    }
  });

  test('a reader can go from the story to an event page and back to the same place', async ({ page }) => {
    const id = '2007-tkm-world-link';
    await page.goto('/story/');
    await page.locator(byId(id)).getByRole('link', { name: /Figures, sources and permalink/ }).click();
    await expect(page).toHaveURL(new RegExp(`/events/${id}/$`));
    await page.getByRole('link', { name: 'Read it in the story' }).click();
    await expect(page).toHaveURL(new RegExp(`/story/#${id}$`));
    await expect(page.locator(byId(id)).getByRole('heading', { level: 3 }).first()).toBeInViewport();
  });
});

test.describe('the long read and its deep links', () => {
  /** Where the event's section stands from the top of the viewport. */
  const topOf = (page: Page, id: string) => page.evaluate((id) => Math.round(document.getElementById(id)!.getBoundingClientRect().top), id);
  const idle = (page: Page) => page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
  /** 1rem of scroll margin above a target (global.css). */
  const MARGIN = 18;

  test('leaves events far below the first screen unlaid until the reader nears them', async ({ page }) => {
    const [first] = await storyEvents(page);
    const last = (await storyEvents(page)).at(-1)!;
    expect(await page.locator(byId(first!.id)).evaluate((e) => getComputedStyle(e).contentVisibility)).toBe('auto');
    // Skipped content reports no layout of its own: its headline has no height yet.
    expect(await page.locator(byId(last.id)).locator('h3').evaluate((h) => h.checkVisibility({ contentVisibilityAuto: true }))).toBe(false);
  });

  for (const width of [412, 1280]) {
    test(`a deep link to an event lands on it at once and stays there while the page settles, at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      const ids = (await storyEvents(page)).map((e) => e.id);
      for (const id of [ids[Math.floor(ids.length / 2)]!, ids.at(-1)!]) {
        await page.goto(`/story/#${id}`, { waitUntil: 'load' });
        expect(await topOf(page, id), id).toBe(MARGIN);
        await idle(page);
        await idle(page);
        expect(await topOf(page, id), `${id}, settled`).toBe(MARGIN);
      }
    });
  }

  test('a link in the contents lands exactly on its event, gliding or not', async ({ page }) => {
    const ids = (await storyEvents(page)).map((e) => e.id);
    const id = ids.at(-3)!;
    for (const reducedMotion of ['reduce', 'no-preference'] as const) {
      await page.emulateMedia({ reducedMotion });
      await page.goto('/story/', { waitUntil: 'load' });
      const landed = page.evaluate(() => new Promise((resolve) => addEventListener('scrollend', resolve, { once: true })));
      await page.locator(`nav.toc a[href="#${id}"]`).click();
      await landed;
      expect(await topOf(page, id), reducedMotion).toBe(MARGIN);
    }
  });

  test('finds words of an event far down the page with find-in-page, and prints every event', async ({ page }) => {
    const last = (await storyEvents(page)).at(-1)!;
    // window.find is the browser's find-in-page: it searches content not yet laid out too.
    expect(await page.evaluate((title) => (window as unknown as { find: (text: string) => boolean }).find(title), last.title)).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator(byId(last.id)).evaluate((e) => getComputedStyle(e).contentVisibility)).toBe('visible');
  });
});

test.describe('event pages', () => {
  test('previous and next follow the chronology in both directions', async ({ page }) => {
    const ids = (await storyEvents(page)).map((e) => e.id);
    // Two page loads per event: the time allowed grows with the chronology.
    test.setTimeout(30_000 + ids.length * 2_000);
    await page.goto(`/events/${ids[0]}/`);
    await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
    for (const id of ids.slice(1)) {
      await page.locator('a[rel="next"]').click();
      await expect(page).toHaveURL(new RegExp(`/events/${id}/$`));
    }
    await expect(page.locator('a[rel="next"]')).toHaveCount(0);
    for (const id of [...ids].reverse().slice(1)) {
      await page.locator('a[rel="prev"]').click();
      await expect(page).toHaveURL(new RegExp(`/events/${id}/$`));
    }
    await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
  });

  test('a citation leads to its source, which leads to the original and back to the text', async ({ page }) => {
    await page.goto('/events/2007-tkm-world-link/');
    const firstCitation = page.locator('.prose-body sup.cite a').first();
    await expect(firstCitation).toHaveText('source 1');
    await firstCitation.click();
    await expect(page).toHaveURL(/#2007-tkm-world-link-ref-1$/);
    const reference = page.locator(byId('2007-tkm-world-link-ref-1'));
    await expect(reference).toBeInViewport();
    await expect(reference.locator('a.source-url')).toHaveAttribute('href', /^https?:\/\//);
    await reference.getByRole('link', { name: /Back to the text/ }).click();
    await expect(page).toHaveURL(/#2007-tkm-world-link-cite-1$/);
  });

  test('every numbered citation on every event page points at an entry of that page\'s source list', async ({ page }) => {
    const ids = (await storyEvents(page)).map((e) => e.id);
    test.setTimeout(30_000 + ids.length * 1_500);
    for (const id of ids) {
      await page.goto(`/events/${id}/`);
      // Numbered citations point into the page's own list; the lineage panel's citations of other events' sources go to the bibliography.
      const hrefs = await page.locator('sup.cite a[href^="#"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      expect(hrefs.length, `${id} cites its sources`).toBeGreaterThan(0);
      const references = await page.locator('.references li').count();
      for (const href of hrefs) {
        const match = href.match(new RegExp(`^#${id}-ref-(\\d+)$`));
        expect(match, `${id}: ${href}`).not.toBeNull();
        expect(Number(match![1])).toBeLessThanOrEqual(references);
      }
    }
  });

  test('a quote reported in several wordings shows every wording, not one', async ({ page }) => {
    await page.goto('/events/2025-10-17-trump-zelensky-exchange/');
    const quote = page.locator('figure.quote', { has: page.locator('figcaption', { hasText: /^— Volodymyr Zelensky/ }) });
    await expect(quote.locator('.wording q')).toContainText(['I’m not happy with this idea', 'I’m not happy with it']);
    await expect(quote.locator('.quote-variants')).toContainText('wordings');
    // The wording of a widely shared summary that no source carries.
    await expect(page.getByText(/not happy with that idea/)).toHaveCount(0);
  });

  test('a claim is marked with whose claim it is', async ({ page }) => {
    await page.goto('/events/2025-10-16-dmitriev-putin-trump-tunnel/');
    await expect(page.locator('.claim-tag', { hasText: 'Dmitriev' }).first()).toBeVisible();
  });
});
