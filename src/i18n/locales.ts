/**
 * The site's languages. English is the default and lives at `/`; every other language
 * lives under its own prefix (`/ru/`). The one list every page, route and test reads.
 */
export const LOCALES = {
  en: { name: 'English', intl: 'en-GB', typograf: undefined },
  /** `typograf`: the language's rules in the Typograf library, which set its no-break spaces (1904 г., 65 млрд, Т. Я. Линь). */
  ru: { name: 'Русский', intl: 'ru', typograf: 'ru' },
} as const;

export type Locale = keyof typeof LOCALES;

export const DEFAULT_LOCALE: Locale = 'en';

export const LOCALE_IDS = Object.keys(LOCALES) as Locale[];

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

/** `getStaticPaths` entries for a page under `src/pages/[...lang]/`: one per locale, English without a prefix. */
export function localeParams(): { params: { lang: string | undefined }; props: { locale: Locale } }[] {
  return LOCALE_IDS.map((locale) => ({ params: { lang: locale === DEFAULT_LOCALE ? undefined : locale }, props: { locale } }));
}
