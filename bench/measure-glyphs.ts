/**
 * Writes src/lib/glyph-widths.json: how wide each character is in the site's sans-serif
 * stack, regular and bold, as Chromium draws it on this machine. The build uses the table
 * to estimate label widths deterministically (src/lib/text-width.ts); the browser measures
 * the real text. Run after changing --font-sans: `node bench/measure-glyphs.ts`.
 */
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const css = await import('node:fs').then((fs) => fs.readFileSync(new URL('../src/styles/global.css', import.meta.url), 'utf8'));
const fontSans = /--font-sans: ([^;]+);/.exec(css)![1]!;

const ranges: [number, number][] = [
  [0x20, 0x7e], // ASCII
  [0xa0, 0xff], // Latin-1 (no-break space, accented letters, «»)
  [0x400, 0x45f], // Cyrillic
  [0x2010, 0x2026], // dashes, quotes, ellipsis
  [0x2032, 0x2033], // primes
];
const characters = ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)));

const browser = await chromium.launch({ executablePath });
const page = await browser.newPage();
const widths = await page.evaluate(
  ({ characters, fontSans }) => {
    const context = document.createElement('canvas').getContext('2d')!;
    const measure = (weight: number) => {
      context.font = `${weight} 100px ${fontSans}`;
      return Object.fromEntries(characters.map((c) => [c, Math.round(context.measureText(c).width)]));
    };
    return { regular: measure(400), bold: measure(700) };
  },
  { characters, fontSans },
);
await browser.close();

const file = new URL('../src/lib/glyph-widths.json', import.meta.url);
const note = `Widths in hundredths of an em of ${fontSans}, as Chromium drew it (bench/measure-glyphs.ts).`;
// One line per table: the file is data, not something to read line by line.
writeFileSync(file, `{\n"note": ${JSON.stringify(note)},\n"regular": ${JSON.stringify(widths.regular)},\n"bold": ${JSON.stringify(widths.bold)}\n}\n`);
console.log(`wrote ${characters.length} characters to ${file.pathname}`);
