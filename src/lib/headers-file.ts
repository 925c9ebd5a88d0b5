/**
 * The `_headers` file Netlify and Cloudflare Pages read (GitHub Pages ignores it; see
 * README): security headers everywhere, a Content-Security-Policy per page that lets any
 * site frame an embed and only the site frame the rest, CORS for the open data and oEmbed,
 * a year's cache for hashed assets. Written for the editions and sections the build made,
 * because where several rules match a path both hosts send all their headers, joining
 * repeated ones with commas: each page must get its policy from exactly one rule.
 */
const POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors";

export interface HeadersInput {
  /** Each edition's prefix: '' for the default language, '/ru' for Russian. */
  editions: readonly string[];
  /** The page sections under every edition, by folder: 'story', 'timeline', 'events'… */
  sections: readonly string[];
}

export function headersFile({ editions, sections }: HeadersInput): string {
  const csp = (framing: string) => `  Content-Security-Policy: ${POLICY} ${framing}`;
  const lines = [
    '# Headers for Netlify and Cloudflare Pages (GitHub Pages ignores this file; see README).',
    '# Where several rules match a path, both hosts send all of their headers, joining repeated',
    '# ones with commas: so each page gets its Content-Security-Policy from exactly one rule.',
    '# Written by the build (src/lib/headers-file.ts) for the editions and pages it made.',
    '',
    '# Hashed build assets never change: cache them for a year.',
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
    '/*',
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    '',
    '# Open data and oEmbed documents: readable by other sites\' scripts.',
    '/data/*',
    '  Access-Control-Allow-Origin: *',
    ...editions.flatMap((edition) => [`${edition}/oembed/*`, '  Access-Control-Allow-Origin: *']),
    '',
    '# Embeds may be framed by any site.',
    ...editions.flatMap((edition) => [`${edition}/embed/*`, csp('*')]),
    '',
    // A rule for /ru/* would overlap /ru/embed/*: each section has its own.
    '# Every other page only by the site itself.',
    ...editions.flatMap((edition) => [
      ...[`${edition}/`, ...sections.map((section) => `${edition}/${section}/*`), `${edition}/404.html`].flatMap((pattern) => [pattern, csp("'self'")]),
    ]),
  ];
  return `${lines.join('\n')}\n`;
}
