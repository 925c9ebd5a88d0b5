declare namespace App {
  interface Locals {
    /** The language of the page being built, from its URL (src/middleware/locale.ts). */
    locale: import('./i18n/locales.ts').Locale;
    /** The page's interface strings, in its language. */
    t: import('./i18n/index.ts').UiStrings;
  }
}

/** The story's thread colours (src/integrations/thread-colours.ts). */
declare module 'virtual:thread-colours.css';
