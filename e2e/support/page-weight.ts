/**
 * What a built page makes the browser download at load, gzipped: its HTML, its
 * stylesheets, and its module scripts with everything they import statically (not what
 * they import later, on demand, such as the search or the embed builder).
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
}

const gz = (buffer: Buffer) => gzipSync(buffer, { level: 9 }).length;

/** A site path ('/_astro/x.js') to its file in dist. */
const fileOf = (dist: string, path: string) => join(dist, decodeURIComponent(path));

export function pageWeight(dist: string, page: string): PageWeight {
  const htmlFile = join(dist, page.endsWith('/') ? `${page}index.html` : page);
  const html = readFileSync(htmlFile);
  const text = html.toString('utf8');
  const styles = [...text.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
  const entries = [...text.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(fileOf(dist, path), 'utf8');
    // Static imports only: `import ... from "./x.js"` and `import "./x.js"`, not `import("./x.js")`.
    for (const [, spec] of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']([^"']+\.js)["']/g)) {
      visit(posix.join(posix.dirname(path), spec!));
    }
  };
  entries.forEach(visit);
  return {
    html: gz(html),
    css: styles.reduce((sum, path) => sum + gz(readFileSync(fileOf(dist, path))), 0),
    js: [...seen].reduce((sum, path) => sum + gz(readFileSync(fileOf(dist, path))), 0),
  };
}

