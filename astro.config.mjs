// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { citationNumbering } from './src/markdown/citation-numbering.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  markdown: {
    processor: satteri({ mdastPlugins: [citationNumbering] }),
  },
  integrations: [mdx()],
  vite: {
    plugins: [tailwindcss()],
  },
});
