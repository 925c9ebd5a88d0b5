/**
 * The long passages of a few pages (home, method, estimates, map). A story writes its own
 * per language as MDX in its content folder, `<content>/prose/<language>/<Name>.mdx` (this
 * documentary's cite their sources with <SourceRef>); a language without one shows the
 * default language's, marked as such; a story without any shows the engine's, where it has
 * one (./defaults/: the method page, from the counts), and nothing otherwise.
 */
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import About from './defaults/About.astro';

/**
 * The passages a story may write, each the MDX file of that name: the home page's lede, the
 * method page (handed the counts of src/prose/method-counts.ts as props), the estimates
 * page's lede, analysis and note under the lengths chart, and the map page's lede, note
 * under the map and closing line.
 */
export const PROSE_NAMES = ['HomeLede', 'About', 'EstimatesLede', 'EstimatesAnalysis', 'EstimatesLengths', 'MapLede', 'MapNote', 'MapClosing'] as const;
export type ProseName = (typeof PROSE_NAMES)[number];

/** Any passage: the page hands each the props it needs (the method page its counts). */
type ProseComponent = (props: any) => unknown;
const STORY = import.meta.glob<ProseComponent>('@story/prose/*/*.mdx', { eager: true, import: 'default' });
const DEFAULTS: Partial<Record<ProseName, ProseComponent>> = { About };

/** The story's passage in a language, found by the end of its path (the alias's prefix varies). */
const storyProse = (locale: Locale, name: ProseName) => Object.entries(STORY).find(([path]) => path.endsWith(`/prose/${locale}/${name}.mdx`))?.[1];

/**
 * The passage in `locale`, the default language's, or the engine's; `lang` says which
 * language it is in. Undefined where neither the story nor the engine has one.
 */
export function prose(name: ProseName, locale: Locale): { Component: ProseComponent; lang: Locale } | undefined {
  const own = storyProse(locale, name);
  if (own) return { Component: own, lang: locale };
  const english = storyProse(DEFAULT_LOCALE, name);
  if (english) return { Component: english, lang: DEFAULT_LOCALE };
  const engine = DEFAULTS[name];
  return engine && { Component: engine, lang: locale };
}
