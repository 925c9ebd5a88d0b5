/**
 * The site's languages. English is the default and lives at `/`; every other language
 * lives under its own prefix (`/ru/`). The one list every page, route and test reads.
 */
export const LOCALES = {
  en: { name: 'English', intl: 'en-GB', og: 'en_GB', dir: 'ltr', typograf: undefined },
  /**
   * `intl`: the locale Intl formats dates, numbers, lists and plurals in; `og`: the page's
   * `og:locale`; `dir`: which way its text runs (`<html dir>`; the CSS uses logical
   * properties, so a right-to-left edition mirrors without styles of its own);
   * `typograf`: the language's rules in the Typograf library, which set its no-break
   * spaces (1904 г., 65 млрд, Т. Я. Линь).
   */
  ru: { name: 'Русский', intl: 'ru', og: 'ru_RU', dir: 'ltr', typograf: 'ru' },
} as const;

export type Locale = keyof typeof LOCALES;

export const DEFAULT_LOCALE = 'en' as const satisfies Locale;

export const LOCALE_IDS = Object.keys(LOCALES) as Locale[];

/** Every language but the default: the translated editions, each under its own prefix. */
export type OtherLocale = Exclude<Locale, typeof DEFAULT_LOCALE>;

export const OTHER_LOCALES = /* @__PURE__ */ LOCALE_IDS.filter((locale): locale is OtherLocale => locale !== DEFAULT_LOCALE);

/** The kinds of content a translated edition has, each a collection per language. */
export const TRANSLATED_KINDS = ['Events', 'Eras', 'Overview', 'Corrections'] as const;
export type TranslatedKind = (typeof TRANSLATED_KINDS)[number];

/** The name of an edition's collection of a kind: translationCollection('ru', 'Events') is 'ruEvents'. */
export function translationCollection<L extends OtherLocale, K extends TranslatedKind>(locale: L, kind: K): `${L}${K}` {
  return `${locale}${kind}`;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(LOCALES, value);
}

/** The locale Astro reports for a page (`Astro.currentLocale`), English when it reports none. */
export function localeOf(current: string | undefined): Locale {
  return isLocale(current) ? current : DEFAULT_LOCALE;
}

/** A site path in a locale: localizedPath('ru', '/story/') is '/ru/story/'; English paths stay as they are. */
export function localizedPath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return locale === DEFAULT_LOCALE ? clean : `/${locale}${clean}`;
}

/** The inverse: splits '/ru/story/#x' into the locale and the path it has in every language ('/story/#x'). */
export function splitLocale(path: string): { locale: Locale; path: string } {
  const match = /^\/([a-z]{2})(\/.*|$)/.exec(path);
  if (match && isLocale(match[1]) && match[1] !== DEFAULT_LOCALE) return { locale: match[1], path: match[2] || '/' };
  return { locale: DEFAULT_LOCALE, path };
}
