/**
 * The long passages of a few pages (home, method, estimates, map), written per language as
 * components with their citations, in `src/prose/<language>/<Name>.astro`. A language that
 * has not written one yet shows the default language's, marked as such.
 */
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import type HomeLede from './en/HomeLede.astro';

/** The passages every language may write; English writes all of them. */
export type ProseName = 'HomeLede' | 'About' | 'EstimatesText' | 'MapText';

type ProseComponent = typeof HomeLede;
const FILES = import.meta.glob<ProseComponent>('./*/*.astro', { eager: true, import: 'default' });

/** The passage in `locale`, or in the default language where `locale` has none; `lang` says which. */
export function prose(name: ProseName, locale: Locale): { Component: ProseComponent; lang: Locale } {
  const own = FILES[`./${locale}/${name}.astro`];
  if (own) return { Component: own, lang: locale };
  return { Component: FILES[`./${DEFAULT_LOCALE}/${name}.astro`]!, lang: DEFAULT_LOCALE };
}
