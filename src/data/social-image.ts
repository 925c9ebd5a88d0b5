/**
 * Open Graph / Twitter card images, drawn at build time: satori lays the card out as SVG,
 * sharp (which Astro's image service installs anyway) turns it into PNG off the main
 * thread, so the build renders the next pages meanwhile. The colours and type follow the
 * site's light theme. Drawing a card is most of a large build's time, so each PNG is kept
 * in the build cache under a hash of all that decides its pixels: the card's tree, the
 * fonts, and the versions of satori, sharp and the libraries sharp draws with.
 */
import { LOCALES, strings, type Locale } from '../i18n/index.ts';
import satori from 'satori';
import sharp from 'sharp';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { ThreadId } from '../lib/threads.ts';
import { SITE } from './site.ts';

export const SOCIAL_IMAGE = { width: 1200, height: 630 };

// Resolved from the project (the build runs there), not from wherever this module was bundled to.
const require = createRequire(join(process.cwd(), 'package.json'));
const font = (subset: 'latin' | 'cyrillic', weight: 400 | 700) =>
  readFileSync(require.resolve(`@fontsource/source-sans-3/files/source-sans-3-${subset}-${weight}-normal.woff`));
// The font ships one file per script. Satori falls back from family to family, not between
// files of one family (it would draw Cyrillic as empty boxes), so each script is its own family.
const FAMILIES = { latin: 'Source Sans 3', cyrillic: 'Source Sans 3 Cyrillic' } as const;
const FONTS = (['latin', 'cyrillic'] as const).flatMap((subset) =>
  ([400, 700] as const).map((weight) => ({ name: FAMILIES[subset], data: font(subset, weight), weight, style: 'normal' as const })),
);

/**
 * Whether the cards can be drawn in a language: satori lays text out left to right only, and
 * the fonts cover Latin and Cyrillic. A language they cannot draw gets the default
 * language's cards.
 */
export function canDrawCardsIn(locale: Locale): boolean {
  const t = strings(locale);
  return LOCALES[locale].dir === 'ltr' && /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Common}\p{Script=Inherited}]*$/u.test(t.site.name + t.site.subject + t.site.tagline);
}

/** The build cache (astro.config.mjs sets the same folder) and what, besides a card's tree, decides its pixels. */
const CACHE = resolve(process.env.CACHE_DIR ?? 'node_modules/.astro', 'social-images');
const version = (name: string) => (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
const RENDERER = createHash('sha256')
  .update(`satori ${version('satori')} ${JSON.stringify(sharp.versions)}`)
  .update(JSON.stringify(FONTS.map(({ name, weight }) => [name, weight])))
  .update(Buffer.concat(FONTS.map((f) => f.data)))
  .digest('hex');

/** Thread colours of the light theme, as the story names them (content/site.yaml). */
const THREAD_COLOURS: Record<ThreadId, string> = Object.fromEntries(SITE.threads.map((thread) => [thread.id, thread.colour.light]));

interface Card {
  /** The card's language: the site's name and strapline are written in it. */
  locale: Locale;
  /** Small capitals above the title: the date label, or the site's strapline. */
  kicker: string;
  title: string;
  /** The thread's name, shown as a badge in its colour. */
  badge?: { label: string; thread: ThreadId } | undefined;
}

type Node = { type: string; props: Record<string, unknown> & { children?: Node | Node[] | string } };
const el = (type: string, style: Record<string, unknown>, children?: Node['props']['children']): Node => ({ type, props: { style, children } });

export async function socialImage({ locale, kicker, title, badge }: Card): Promise<Buffer> {
  const t = strings(locale);
  const tree = el('div', { width: SOCIAL_IMAGE.width, height: SOCIAL_IMAGE.height, display: 'flex', flexDirection: 'column', justifyContent: 'space-between', boxSizing: 'border-box', background: '#fbfaf7', color: '#1d1f22', padding: '64px 72px', fontFamily: `${FAMILIES.latin}, ${FAMILIES.cyrillic}`, borderTop: `16px solid ${badge ? THREAD_COLOURS[badge.thread] : '#1f4f99'}` }, [
    el('div', { display: 'flex', flexDirection: 'column', gap: '20px' }, [
      el('div', { fontSize: 30, letterSpacing: 3, textTransform: 'uppercase', color: '#55595f' }, kicker),
      el('div', { fontSize: title.length > 50 ? 64 : 76, fontWeight: 700, lineHeight: 1.08 }, title),
    ]),
    el('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'center', fontSize: 30 }, [
      el('div', { fontWeight: 700, color: '#1d1f22' }, t.site.name),
      badge
        ? el('div', { display: 'flex', alignItems: 'center', gap: '12px', border: '2px solid #d9d5cc', borderRadius: 999, padding: '6px 22px' }, [
            el('div', { width: 20, height: 20, borderRadius: 10, background: THREAD_COLOURS[badge.thread] }),
            el('div', {}, badge.label),
          ])
        : el('div', { color: '#55595f' }, t.site.tagline),
    ]),
  ]);
  const key = createHash('sha256').update(RENDERER).update(JSON.stringify(tree)).digest('hex').slice(0, 40);
  const cached = join(CACHE, `${key}.png`);
  try {
    return readFileSync(cached);
  } catch {
    // Not drawn before: draw it below.
  }
  const svg = await satori(tree as never, { ...SOCIAL_IMAGE, fonts: FONTS });
  // Satori draws text as paths, so no font is involved here. Sharp works off the main thread.
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  // Written whole, then renamed: a build stopped halfway never leaves half a PNG in the cache.
  mkdirSync(CACHE, { recursive: true });
  const partial = `${cached}.${process.pid}.part`;
  writeFileSync(partial, png);
  renameSync(partial, cached);
  return png;
}
