/**
 * The long passages of a few pages (home, method, estimates, map). A story writes its own
 * per language as components in its content folder, `<content>/prose/<language>/<Name>.astro`
 * (this documentary's cite their sources); a language without one shows the default
 * language's, marked as such; a story without any shows the engine's (./defaults/), which
 * says only what the chronology shows.
 */
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';

/** The passages a story may write. */
export type ProseName = 'HomeLede' | 'About' | 'EstimatesText' | 'MapText';

/** Any passage: the page hands each the props it needs (the method page its counts). */
type ProseComponent = (props: any) => unknown;
const STORY = import.meta.glob<ProseComponent>('@story/prose/*/*.astro', { eager: true, import: 'default' });
const DEFAULTS = import.meta.glob<ProseComponent>('./defaults/*.astro', { eager: true, import: 'default' });

/** The story's passage in a language, found by the end of its path (the alias's prefix varies). */
const storyProse = (locale: Locale, name: ProseName) => Object.entries(STORY).find(([path]) => path.endsWith(`/prose/${locale}/${name}.astro`))?.[1];

/** The passage in `locale`, the default language's, or the engine's; `lang` says which language it is in. */
export function prose(name: ProseName, locale: Locale): { Component: ProseComponent; lang: Locale } {
  const own = storyProse(locale, name);
  if (own) return { Component: own, lang: locale };
  const english = storyProse(DEFAULT_LOCALE, name);
  if (english) return { Component: english, lang: DEFAULT_LOCALE };
  return { Component: DEFAULTS[`./defaults/${name}.astro`]!, lang: locale };
}
