/** Writes `_headers` (src/lib/headers-file.ts) once the build knows its editions and page sections. */
import type { AstroIntegration } from 'astro';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../lib/headers-file.ts';
import { DEFAULT_LOCALE } from '../i18n/locales.ts';
import { EDITIONS } from '../data/site.ts';

/** Folders that hold no pages of their own, or are ruled separately. */
const NOT_SECTIONS = new Set(['_astro', 'data', 'embed', 'oembed', 'og', 'pagefind', ...EDITIONS]);

export function headers(): AstroIntegration {
  return {
    name: 'headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        const sections = readdirSync(out).filter((name) => !NOT_SECTIONS.has(name) && statSync(join(out, name)).isDirectory());
        const editions = EDITIONS.map((locale) => (locale === DEFAULT_LOCALE ? '' : `/${locale}`));
        writeFileSync(join(out, '_headers'), headersFile({ editions, sections }));
      },
    },
  };
}
