/** public/_headers as Netlify and Cloudflare Pages would apply it to the built site. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHeadersFile, headersFor } from './support/headers-file.ts';
import { builtPages, distDir, isEmbedPage as isEmbed } from './built-pages.ts';

const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));

describe('_headers', () => {
  it('parses into rules, each with headers', () => {
    assert.ok(rules.length > 5);
    for (const rule of rules) assert.ok(Object.keys(rule.headers).length > 0, rule.pattern);
  });

  for (const path of builtPages()) {
    it(`gives ${path} one Content-Security-Policy, without unsafe-inline, framable ${isEmbed(path) ? 'by anyone' : 'by the site only'}`, () => {
      const headers = headersFor(rules, path);
      const csp = headers['Content-Security-Policy'];
      assert.ok(csp, 'has a policy');
      assert.equal(csp.match(/frame-ancestors/g)?.length, 1, 'exactly one policy applies');
      assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
      assert.match(csp, isEmbed(path) ? /frame-ancestors \*$/ : /frame-ancestors 'self'$/);
      assert.equal(headers['X-Content-Type-Options'], 'nosniff');
      assert.ok(headers['Referrer-Policy']);
      assert.ok(headers['Permissions-Policy']);
      assert.equal(headers['X-Frame-Options'], undefined, 'no X-Frame-Options: it cannot allow framing by anyone');
    });
  }

  it('finds no inline script on any page, which the policy would block', () => {
    for (const path of builtPages()) {
      const html = readFileSync(join(distDir, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
      const inline = [...html.matchAll(/<script\b([^>]*)>/g)].filter(([, attributes]) => !/\bsrc=/.test(attributes!) && !/type="application\/(ld\+)?json"/.test(attributes!));
      assert.equal(inline.length, 0, `${path} has an inline script`);
    }
  });

  it('caches hashed assets for a year, and nothing else', () => {
    for (const file of readdirSync(join(distDir, '_astro'))) {
      assert.match(headersFor(rules, `/_astro/${file}`)['Cache-Control'] ?? '', /max-age=31536000, immutable/);
    }
    assert.equal(headersFor(rules, '/story/')['Cache-Control'], undefined);
  });

  it('lets other sites read the open data and oEmbed documents', () => {
    assert.equal(headersFor(rules, '/data/events.json')['Access-Control-Allow-Origin'], '*');
    assert.equal(headersFor(rules, '/oembed/timeline.json')['Access-Control-Allow-Origin'], '*');
  });
});
