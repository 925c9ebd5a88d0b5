import { test, expect, type APIRequestContext } from '@playwright/test';
import { builtPages } from './built-pages.ts';

/** Ids on each fetched page, so each target page is read once per worker. */
const idsByPage = new Map<string, Set<string>>();

async function idsOf(request: APIRequestContext, path: string): Promise<Set<string> | undefined> {
  if (!idsByPage.has(path)) {
    const response = await request.get(path);
    if (!response.ok()) return undefined;
    idsByPage.set(path, new Set([...(await response.text()).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
  }
  return idsByPage.get(path);
}

for (const path of builtPages()) {
  test(`every internal link and anchor on ${path} resolves, and nothing loads from another origin`, async ({ page, request, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const offsite: string[] = [];
    page.on('request', (req) => {
      if (new URL(req.url()).origin !== origin) offsite.push(req.url());
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(offsite, 'requests to other origins').toEqual([]);

    // Attributes resolved by hand: an SVG <a>'s .href is not a string.
    const targets = await page.$$eval('[href], [src]', (elements) =>
      elements.map((el) => new URL(el.getAttribute('href') ?? el.getAttribute('src')!, document.baseURI).href),
    );
    const broken: string[] = [];
    for (const target of new Set(targets)) {
      const url = new URL(target);
      if (url.origin !== origin) continue;
      const ids = await idsOf(request, url.pathname);
      if (!ids && !(await request.get(url.pathname)).ok()) broken.push(`${url.pathname} (not found)`);
      else if (url.hash && !ids?.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${url.pathname}${url.hash} (no such anchor)`);
    }
    expect(broken).toEqual([]);
  });
}
