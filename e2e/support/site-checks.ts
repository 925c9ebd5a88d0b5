/**
 * Checks of a built site that need no browser: every internal link, anchor and asset
 * resolves; nothing in the markup loads from another origin; every page is valid HTML.
 * For this site (e2e/subpath.test.ts, e2e/valid-html.test.ts) and another story
 * (e2e/another-story.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, formatterFactory } from 'html-validate';
import { builtPages } from '../built-pages.ts';

/**
 * Crawls every page of the build served at `origin` under `base`, and every page they link,
 * and returns each broken link as "from → to (why)". `site` is the site's own absolute URL
 * origin (canonical links and feeds name it), read as the server's.
 */
export async function brokenLinks(dist: string, origin: string, base: string, site: string): Promise<{ broken: string[]; crawled: number }> {
  const pages = new Map<string, { status: number; ids: Set<string>; html: string }>();
  const fetchPage = async (path: string) => {
    if (!pages.has(path)) {
      const response = await fetch(origin + path);
      const text = response.headers.get('content-type')?.includes('html') ? await response.text() : '';
      pages.set(path, { status: response.status, ids: new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)), html: text });
    }
    return pages.get(path)!;
  };
  // Start from every page of the build (embeds too, which no page links), then follow links.
  const queue = builtPages(dist).map((page) => `${base}${page.slice(1)}`);
  const seen = new Set<string>();
  const broken: string[] = [];
  while (queue.length > 0) {
    const from = queue.shift()!;
    if (seen.has(from)) continue;
    seen.add(from);
    const page = await fetchPage(from);
    // data-summaries: the file the timeline's script fetches its card summaries from.
    for (const [, raw] of page.html.matchAll(/\s(?:href|src|data-summaries)="([^"]+)"/g)) {
      // Absolute URLs on the site's own origin (canonical, feeds) must be right too.
      const target = new URL(raw!.replace(/&amp;/g, '&').replace(site, origin), origin + from);
      if (target.origin !== origin) continue;
      const linked = await fetchPage(target.pathname);
      if (linked.status !== 200) broken.push(`${from} → ${target.pathname} (${linked.status})`);
      else if (target.hash && !linked.ids.has(decodeURIComponent(target.hash.slice(1))) && !target.hash.includes('=')) {
        broken.push(`${from} → ${target.pathname}${target.hash} (no such anchor)`);
      }
      if (linked.html && !seen.has(target.pathname)) queue.push(target.pathname);
    }
  }
  return { broken, crawled: seen.size };
}

/** Every script, style, image, frame or preload in the markup whose address is not the site's own, as "page: tag". */
export function offsiteLoads(dist: string, base: string, site: string): string[] {
  const offsite: string[] = [];
  for (const page of builtPages(dist)) {
    const html = readFileSync(join(dist, page.endsWith('/') ? `${page}index.html` : page), 'utf8');
    for (const [tag] of html.matchAll(/<(?:script|link|img|iframe|source|video|audio|embed|object)\b[^>]*>/g)) {
      // Links that name another address rather than load it (canonical, alternates) are not loads.
      if (/^<link\b/.test(tag) && /\srel="(?:canonical|alternate)"/.test(tag)) continue;
      for (const [, raw] of tag.matchAll(/\s(?:src|href|srcset|data)="([^"]+)"/g)) {
        const target = new URL(raw!.split(/\s/)[0]!.replace(/&amp;/g, '&'), `${site}${base}`);
        if (target.origin !== site) offsite.push(`${page}: ${tag.slice(0, 80)}`);
      }
    }
  }
  return offsite;
}

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements without a closing slash and minifies whitespace; neither is an error.
    'void-style': 'off',
    // Text like "1904–1907" and typographic quotes are fine as characters.
    'no-raw-characters': 'off',
    // HTML allows ids that start with a digit; event ids are dated slugs ("2007-tkm-world-link").
    'valid-id': ['error', { relaxed: true }],
    // The layout keeps titles within 70 characters; this rule counts an entity such as &#39; as five.
    'long-title': 'off',
    // The timeline's thread filters are checkboxes sharing one name, as a multi-valued field is written.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
});
const format = formatterFactory('text');

/** The html-validate report of a built page: undefined when it is valid. */
export async function htmlProblems(dist: string, path: string): Promise<string | undefined> {
  const report = await validator.validateFile(join(dist, path.endsWith('/') ? `${path}index.html` : path));
  return report.valid ? undefined : format(report.results);
}
