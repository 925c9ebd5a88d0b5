// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { resolve } from 'node:path';
import { citationNumbering } from './src/markdown/citation-numbering.ts';
import { citationCoverage } from './src/markdown/citation-coverage.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { localized404 } from './src/integrations/localized-404.ts';
import { modulePreloads } from './src/integrations/module-preloads.ts';
import { threadColours } from './src/integrations/thread-colours.ts';
import { sourcingReport } from './src/integrations/sourcing-report.ts';
import { headers } from './src/integrations/headers.ts';
import { DEFAULT_LOCALE } from './src/i18n/locales.ts';
import { EDITIONS, OTHER_EDITIONS } from './src/data/site.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // The default language at the root, every other edition under its own prefix: the languages
  // the engine has words for (src/i18n/locales.ts) that the story is told in (site.yaml).
  i18n: { locales: [...EDITIONS], defaultLocale: DEFAULT_LOCALE, routing: { prefixDefaultLocale: false } },
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  // Pages render several at a time: while link-preview images are rasterised off the main
  // thread (src/data/social-image.ts), the next pages are laid out. 8 builds 1,000 events
  // about 7% faster than 4 on 2 cores; 16 is no faster than 8.
  build: { concurrency: 8 },
  markdown: {
    processor: satteri({ mdastPlugins: [citationCoverage, citationNumbering] }),
  },
  // Embed pages are noindex (they are for iframes); the sitemap lists the full pages only.
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !page.includes('/embed/') && !/\/404\/$/.test(page), i18n: { defaultLocale: DEFAULT_LOCALE, locales: Object.fromEntries(EDITIONS.map((l) => [l, l])) } }),
    localized404(OTHER_EDITIONS),
    searchIndex(),
    modulePreloads(),
    sourcingReport(),
    headers(),
  ],
  vite: {
    plugins: [tailwindcss(), threadColours()],
    // The story's folder, for the prose components it may bring (src/prose/index.ts).
    resolve: { alias: { '@story': resolve(process.env.CONTENT_DIR ?? './content') } },
    build: {
      // Never inline a small script into the HTML: the site's Content-Security-Policy
      // allows scripts from the site's own files only (public/_headers).
      assetsInlineLimit: 0,
      rollupOptions: {
        // Every MDX module carries this directive; the warning is harmless (withastro/astro#18087).
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
