/**
 * The story's identity, read once at build time from `<content>/site.yaml` (CONTENT_DIR
 * points at another story's folder): its words, how strictly it is sourced, its threads.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseSiteFile } from '../lib/site-file.ts';
import { embedProtocolName } from '../lib/embed-protocol.ts';
import { ContentError } from '../lib/content-error.ts';
import { DEFAULT_LOCALE, LOCALE_IDS, type Locale, type OtherLocale } from '../i18n/locales.ts';

const file = join(process.env.CONTENT_DIR ?? './content', 'site.yaml');

/** The file, as error messages name it. */
export const SITE_FILE = relative(process.cwd(), file) || file;

export const SITE = parseSiteFile(readFileSync(file, 'utf8'), SITE_FILE);

/** The story's thread ids, in the order of the timeline's lanes. */
export const THREAD_IDS: readonly string[] = SITE.threads.map((thread) => thread.id);

for (const language of SITE.languages ?? []) {
  if (!(LOCALE_IDS as string[]).includes(language)) {
    throw new ContentError(relative(process.cwd(), file) || file, 'languages', `the engine has no interface words for "${language}" (it has ${LOCALE_IDS.join(', ')}; README, "Adding a language")`);
  }
}

/** The editions the story is told in: the languages site.yaml lists, or every one the engine has words for. */
export const EDITIONS: readonly Locale[] = SITE.languages ? LOCALE_IDS.filter((locale) => SITE.languages!.includes(locale)) : LOCALE_IDS;

/** Every edition but the default one, each under its own prefix. */
export const OTHER_EDITIONS = EDITIONS.filter((locale): locale is OtherLocale => locale !== DEFAULT_LOCALE);

/** `getStaticPaths` entries for a page under `src/pages/[...lang]/`: one per edition, the default without a prefix. */
export function localeParams(): { params: { lang: string | undefined }; props: { locale: Locale } }[] {
  return EDITIONS.map((locale) => ({ params: { lang: locale === DEFAULT_LOCALE ? undefined : locale }, props: { locale } }));
}

/** The embed protocol's name (src/lib/embed-protocol.ts), from the story's English name. */
export const EMBED_NAME = embedProtocolName(SITE.name.en);
