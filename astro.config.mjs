// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { citationNumbering } from './src/markdown/citation-numbering.ts';
import { searchIndex } from './src/integrations/search-index.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  markdown: {
    processor: satteri({ mdastPlugins: [citationNumbering] }),
  },
  // Embed pages are noindex (they are for iframes); the sitemap lists the full pages only.
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/embed/') }), searchIndex()],
  vite: {
    plugins: [tailwindcss()],
    build: {
      rollupOptions: {
        // Every MDX module carries this directive; the warning is harmless (withastro/astro#18087).
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
