/**
 * npm run audit: Lighthouse (mobile emulation, the Chromium the tests use) on one page of
 * each type of the built site, in every language, served on loopback with its _headers.
 * Prints the four category scores per page, with total blocking time and layout shift.
 * Measured, not asserted. Lighthouse is not in the default
 * install (it is large): `npm install --no-save lighthouse@13` first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../e2e/support/static-server.ts';
import { parseHeadersFile } from '../e2e/support/headers-file.ts';
import { LOCALE_IDS, localizedPath } from '../src/i18n/locales.ts';

const dist = new URL('../dist/', import.meta.url).pathname;
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PAGES: Record<string, string> = {
  home: '/',
  story: '/story/',
  event: '/events/2007-tkm-world-link/',
  timeline: '/timeline/',
  embed: '/embed/',
};
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

// Module names in variables: Lighthouse is an optional install, so its types may be absent.
const optional = { lighthouse: 'lighthouse', launcher: 'chrome-launcher' };
let lighthouse: (url: string, flags: object) => Promise<{ lhr: { categories: Record<string, { score: number | null } | undefined>; audits: Record<string, { numericValue?: number } | undefined> } } | undefined>;
let launch: (options: object) => Promise<{ port: number; kill(): Promise<void> }>;
try {
  lighthouse = (await import(optional.lighthouse)).default;
  ({ launch } = await import(optional.launcher));
} catch {
  console.error('Lighthouse is not installed (it is kept out of the default install). Run:\n  npm install --no-save lighthouse@13\nthen npm run audit again.');
  process.exit(1);
}

const { server, origin } = await serve(dist, { headers: parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8')), compress: true });
const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
const rows: string[][] = [];
try {
  for (const locale of LOCALE_IDS) {
    for (const [type, page] of Object.entries(PAGES)) {
      const path = localizedPath(locale, page);
      const result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      const { categories, audits } = result!.lhr;
      const tbt = `${Math.round(audits['total-blocking-time']?.numericValue ?? 0)} ms`;
      const cls = (audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3);
      rows.push([type, path, ...CATEGORIES.map((c) => String(Math.round((categories[c]?.score ?? 0) * 100))), tbt, cls]);
      process.stderr.write(`${path} done\n`);
    }
  }
} finally {
  await chrome.kill();
  server.close();
}
const header = ['page', 'path', 'performance', 'accessibility', 'best practices', 'SEO', 'total blocking time', 'layout shift'];
console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}`);
