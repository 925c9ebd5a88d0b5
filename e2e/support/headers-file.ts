/**
 * Reads a Netlify / Cloudflare Pages `_headers` file: a path pattern on its own line,
 * then indented `Name: value` lines. Patterns may end in `*`, which matches the rest.
 */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split('\n').forEach((line, index) => {
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      return;
    }
    const match = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    const rule = rules.at(-1);
    if (!match || !rule) throw new Error(`_headers line ${index + 1}: expected "Name: value" under a path`);
    rule.headers[match[1]!] = rule.headers[match[1]!] ? `${rule.headers[match[1]!]}, ${match[2]}` : match[2]!;
  });
  return rules;
}

function matches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}

/**
 * The headers for a path as Netlify and Cloudflare Pages send them: every matching rule
 * applies, and a header set by several rules has their values joined with commas (so two
 * overlapping Content-Security-Policy rules would both be enforced).
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules.filter((r) => matches(r.pattern, path))) {
    for (const [name, value] of Object.entries(rule.headers)) headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}
