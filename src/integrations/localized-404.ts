/**
 * Astro writes only the root 404 page as `404.html`; a translated edition's 404 page
 * (src/pages/[lang]/404.astro, one per language in LOCALES) comes out as `ru/404/index.html`.
 * Hosts that look for the nearest `404.html` (Cloudflare Pages, S3 with per-prefix error
 * documents) need `ru/404.html`, so the file is moved there after the build.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export function localized404(locales: readonly string[]): AstroIntegration {
  return {
    name: 'localized-404',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const outDir = fileURLToPath(dir);
        for (const locale of locales) {
          const built = join(outDir, locale, '404', 'index.html');
          if (!existsSync(built)) continue;
          await rename(built, join(outDir, locale, '404.html'));
          await rm(join(outDir, locale, '404'), { recursive: true });
        }
      },
    },
  };
}
