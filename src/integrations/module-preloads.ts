/**
 * After the build, gives each page a modulepreload link for every module its scripts import
 * (why: src/lib/module-preloads.ts). The bundler writes no such links for an Astro page's
 * scripts, and only the built chunks say what imports what.
 */
import type { AstroIntegration } from 'astro';
import { init, parse } from 'es-module-lexer';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { withModulePreloads } from '../lib/module-preloads.ts';

export function modulePreloads(): AstroIntegration {
  let base = '/';
  return {
    name: 'module-preloads',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        await init;
        const outDir = fileURLToPath(dir);
        const imports = new Map<string, string[]>();
        /** A script's static imports, as URLs under the site's base like the script's own. */
        const staticImports = (url: string) => {
          let found = imports.get(url);
          if (!found) {
            const source = readFileSync(join(outDir, url.slice(base.length)), 'utf8');
            found = parse(source)[0]
              .filter((entry) => entry.type === 'static' && entry.specifier.startsWith('.'))
              .map((entry) => new URL(entry.specifier!, `http://site${url}`).pathname);
            imports.set(url, found);
          }
          return found;
        };
        let pages = 0;
        for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
          if (!file.endsWith('.html')) continue;
          const html = readFileSync(join(outDir, file), 'utf8');
          const preloaded = withModulePreloads(html, staticImports);
          if (preloaded === html) continue;
          writeFileSync(join(outDir, file), preloaded);
          pages++;
        }
        logger.info(`module preloads: ${pages} pages`);
      },
    },
  };
}
