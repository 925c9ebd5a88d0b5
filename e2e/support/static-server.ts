/**
 * A minimal static server for a built site on loopback, as a static host would serve it:
 * under a base path, with 404.html for what is missing, and optionally with the headers
 * of a Netlify/Cloudflare `_headers` file. Used by the benchmark and the hosting tests.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, type HeaderRule } from './headers-file.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface ServeOptions {
  /** The sub-path the site is served from, e.g. '/across-the-strait/'. */
  base?: string;
  /** Header rules to apply, from a `_headers` file. */
  headers?: HeaderRule[];
  /** The port to listen on; 0 picks a free one. */
  port?: number;
  /** The loopback host name, so two servers can be two origins. */
  host?: string;
  /** Gzip responses when the client accepts it, as static hosts do. */
  compress?: boolean;
}

export function serve(root: string, options: ServeOptions = {}): Promise<{ server: Server; origin: string }> {
  const base = options.base ?? '/';
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const inside = pathname.startsWith(base);
    const path = normalize(`/${inside ? pathname.slice(base.length) : ''}`).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    const headers = options.headers ? headersFor(options.headers, pathname) : {};
    try {
      if (!inside) throw new Error('outside the base path');
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (options.compress && /gzip/.test(String(request.headers['accept-encoding'])) && !type.startsWith('image/png')) {
        response.writeHead(200, { ...headers, 'content-type': type, 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
        response.end(gzipSync(body));
      } else {
        response.writeHead(200, { ...headers, 'content-type': type });
        response.end(body);
      }
    } catch {
      const notFound = await readFile(join(root, '404.html')).catch(() => Buffer.from('not found'));
      response.writeHead(404, { ...headers, 'content-type': TYPES['.html']! });
      response.end(notFound);
    }
  });
  return new Promise((resolve) => {
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, origin: `http://${options.host ?? '127.0.0.1'}:${port}` });
    });
  });
}
