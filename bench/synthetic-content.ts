/**
 * Writes a synthetic content folder of `count` events: spread over 1857–2025 in every
 * thread, with ranges, dates known only to the year or month, disputed dates, and a
 * cluster in October 2025 like the real story's. Seeded, so every run writes the same.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSiteFile } from '../src/lib/site-file.ts';

/** The documentary's own identity and threads, which the synthetic events spread over. */
const SITE_FILE = new URL('../content/site.yaml', import.meta.url);
const THREAD_IDS = parseSiteFile(readFileSync(SITE_FILE, 'utf8'), 'content/site.yaml').threads.map((thread) => thread.id);

/** A small linear congruential generator (the constants of Numerical Recipes). */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

export function writeSyntheticContent(dir: string, count: number): void {
  const next = random(count);
  mkdirSync(join(dir, 'events'), { recursive: true });
  writeFileSync(
    join(dir, 'sources.yaml'),
    ['S01', 'S02', 'S03']
      .map((id) => `- id: ${id}\n  title: "Synthetic source ${id}"\n  publisher: "Benchmark"\n  url: "https://example.org/${id}"\n  kind: newspaper\n`)
      .join(''),
  );
  mkdirSync(join(dir, 'eras'), { recursive: true });
  copyFileSync(SITE_FILE, join(dir, 'site.yaml'));
  writeFileSync(join(dir, 'eras', 'all.mdx'), '---\ntitle: Every synthetic event\nstart: 1800\n---\n\nOne era for the benchmark. <Cite ids="S01" />\n');
  writeFileSync(join(dir, 'overview.mdx'), '---\ntitle: The story in brief\n---\n\nA synthetic overview. <Cite ids="S01" />\n');
  writeFileSync(join(dir, 'corrections.yaml'), '- date: 2026-11-24\n  kind: addition\n  what: "Synthetic events written."\n  why: "For the benchmark."\n');
  for (let i = 0; i < count; i++) {
    const cluster = i >= count - Math.max(3, Math.round(count * 0.01));
    const year = cluster ? 2025 : 1857 + Math.floor(next() * 168);
    const month = cluster ? 10 : 1 + Math.floor(next() * 12);
    const day = cluster ? 14 + Math.floor(next() * 10) : 1 + Math.floor(next() * 28);
    const precision = cluster ? 2 : Math.floor(next() * 3);
    const start = precision === 0 ? `${year}` : precision === 1 ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
    const range = !cluster && next() < 0.1 && year < 2020 ? `\n  end: ${year + 1 + Math.floor(next() * 5)}` : '';
    const disputed = next() < 0.1 ? `disputedDates:\n  - start: ${Math.min(year + 1, 2025)}\n    note: A synthetic alternative.\n    sources: [S02]\n` : '';
    const thread = THREAD_IDS[Math.floor(next() * THREAD_IDS.length)];
    const words = 2 + Math.floor(next() * 6);
    const title = `Synthetic ${thread} event ${i + 1}${' with a longer title'.repeat(words > 5 ? 1 : 0)}`;
    writeFileSync(
      join(dir, 'events', `e${String(i).padStart(5, '0')}.mdx`),
      `---\ntitle: "${title}"\nsummary: "A synthetic event for the benchmark."\nupdated: 2026-11-24\ndate:\n  start: ${start}${range}\n${disputed}thread: ${thread}\ncore: ${i % 97 === 0}\nconfidence:\n  level: high\n  reason: Synthetic.\nsources: [S01]\n---\n\nA synthetic body sentence. <Cite ids="S01 S03" />\n`,
    );
  }
}
